package org.entrepot.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.entrepot.document.Syntax;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdSchemeTest {

    @ParameterizedTest
    @ValueSource(strings = {"4012345000009", "5012345000008", "6901234000009", "8712345000004", "0000000000000"})
    void theDemoGlnsCarryCorrectCheckDigits(String gln) {
        assertEquals(Optional.empty(), IdScheme.GLN.problemWith(gln));
    }

    @Test
    void aGlnWithAWrongCheckDigitIsRefused() {
        assertEquals(Optional.of("GLN 4012345000008 has a wrong GS1 check digit"),
                IdScheme.GLN.problemWith("4012345000008"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"401234500000", "40123450000090", "401234500000X", " 4012345000009", "４０１２３４５０００００９"})
    void aGlnMustBeThirteenAsciiDigits(String value) {
        assertEquals(Optional.of("GLN must be 13 digits"), IdScheme.GLN.problemWith(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31300000", "3130000011", "31300000A"})
    void aDunsMustBeNineDigits(String value) {
        assertEquals(Optional.of("DUNS must be 9 digits"), IdScheme.DUNS.problemWith(value));
    }

    @Test
    void aMutualIdentifierMayBeAnyShortTokenButNotBlankOrSpaced() {
        assertEquals(Optional.empty(), IdScheme.MUTUAL.problemWith("上海远航"));
        assertTrue(IdScheme.MUTUAL.problemWith("").isPresent());
        assertTrue(IdScheme.MUTUAL.problemWith("two words").isPresent());
        assertTrue(IdScheme.MUTUAL.problemWith("x".repeat(36)).isPresent());
    }

    @Test
    void eachSchemeHasItsQualifierInEachSyntax() {
        assertEquals(Optional.of("14"), IdScheme.GLN.qualifier(Syntax.EDIFACT));
        assertEquals(Optional.of("16"), IdScheme.DUNS.qualifier(Syntax.EDIFACT));
        assertEquals(Optional.of("ZZZ"), IdScheme.MUTUAL.qualifier(Syntax.EDIFACT));
        assertEquals(Optional.of("14"), IdScheme.GLN.qualifier(Syntax.X12));
        assertEquals(Optional.of("01"), IdScheme.DUNS.qualifier(Syntax.X12));
        assertEquals(Optional.of("ZZ"), IdScheme.MUTUAL.qualifier(Syntax.X12));
        assertEquals(Optional.of("0088"), IdScheme.GLN.qualifier(Syntax.XML));
        assertEquals(Optional.of("0060"), IdScheme.DUNS.qualifier(Syntax.XML));
        assertEquals(Optional.empty(), IdScheme.MUTUAL.qualifier(Syntax.XML));
    }

    @Test
    void envelopeQualifiersMapBackToSchemes() {
        assertEquals(Optional.of(IdScheme.DUNS), IdScheme.forQualifier(Syntax.EDIFACT, "16"));
        assertEquals(Optional.of(IdScheme.MUTUAL), IdScheme.forQualifier(Syntax.EDIFACT, "ZZ"));
        assertEquals(Optional.of(IdScheme.DUNS), IdScheme.forQualifier(Syntax.X12, "01"));
        assertEquals(Optional.of(IdScheme.MUTUAL), IdScheme.forQualifier(Syntax.X12, "ZZ "));
        assertEquals(Optional.of(IdScheme.GLN), IdScheme.forQualifier(Syntax.XML, "0088"));
        assertEquals(Optional.of(IdScheme.GLN), IdScheme.forQualifier(Syntax.XML, "GLN"));
        assertEquals(Optional.of(IdScheme.DUNS), IdScheme.forQualifier(Syntax.XML, "DUNS"));
        assertEquals(Optional.empty(), IdScheme.forQualifier(Syntax.X12, "16"));
        assertEquals(Optional.empty(), IdScheme.forQualifier(Syntax.EDIFACT, ""));
        assertEquals(Optional.empty(), IdScheme.forQualifier(Syntax.UNKNOWN, "14"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ELBUDEHH", "ELBUDEHHXXX", "COBADEFFXXX", "BOFAUS3N", "HSBCHKHHHKH"})
    void aBicHasEightOrElevenCharacters(String bic) {
        assertEquals(Optional.empty(), IdScheme.BIC.problemWith(bic));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ELBUDEH", "ELBUDEHHXX", "ELBUDEHHXXXX", "elbudehh", "ELBU1EHH", "ELBU DEHH"})
    void aMalformedBicIsRefused(String value) {
        assertTrue(IdScheme.BIC.problemWith(value).orElseThrow().startsWith("BIC must be 8 or 11 characters"));
    }

    @Test
    void aBicHasNoEnvelopeQualifierButIsNamedInXml() {
        assertEquals(Optional.empty(), IdScheme.BIC.qualifier(Syntax.EDIFACT));
        assertEquals(Optional.empty(), IdScheme.BIC.qualifier(Syntax.X12));
        assertEquals(Optional.of("0021"), IdScheme.BIC.qualifier(Syntax.XML));
        assertEquals(Optional.of(IdScheme.BIC), IdScheme.forQualifier(Syntax.XML, "BIC"));
        assertEquals(Optional.of(IdScheme.BIC), IdScheme.forQualifier(Syntax.XML, "0021"));
    }
}
