package org.entrepot.translate;

import static org.entrepot.translate.CustomsDeclarationTest.assertSameMessages;
import static org.entrepot.translate.CustomsDeclarationTest.assertSameXml;
import static org.entrepot.translate.CustomsDocuments.translateOne;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.entrepot.customs.response.ErrorType;
import org.entrepot.customs.response.ResponseType;
import org.entrepot.document.Outcome;
import org.entrepot.document.Reason;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The customs authority's response and CUSRES (D.96A, D.01B), both ways. */
class CustomsResponseTest {

    private static final String ACCEPTED = "customs/zoll-hanse-response-accepted.xml";
    private static final String REJECTED = "customs/zoll-hanse-response-rejected.xml";

    private static MappingCatalog mappings;
    private static Translator translator;

    @BeforeAll
    static void loadMappings() {
        mappings = Samples.mappings();
        translator = CustomsDocuments.translator(mappings);
    }

    @AfterAll
    static void close() {
        mappings.close();
    }

    @Test
    void theResponseWithAnMrnBecomesACusresForTheBroker() {
        CustomsDocuments.response(Samples.read(ACCEPTED));
        byte[] cusres = translateOne(translator, Samples.read(ACCEPTED), new Target(Format.EDIFACT, "D96A"));

        MessageFacts facts = MessageFacts.read(cusres, StandardCharsets.ISO_8859_1);
        assertEquals(List.of(), facts.problems(), "valid against the D.96A CUSRES structure");
        assertAll(
                () -> assertEquals("DE004851", facts.envelope().get("UNB/e02_01"), "from the customs office"),
                () -> assertEquals("DE987654321000000", facts.envelope().get("UNB/e03_01"), "to the broker"),
                () -> assertEquals("CUSRES", facts.envelope().get("UNH/e02_01")),
                () -> assertEquals("DE004851-R-2026-88231", facts.get("BGM[1]/e02")),
                () -> assertEquals("29", facts.get("BGM[1]/e03"), "accepted"),
                () -> assertEquals("ACC", facts.get("GIS[1]/e01_01")),
                () -> assertEquals("20261120", facts.get("DTM[1]/e01_02")),
                () -> assertEquals("DE987654321000000", facts.get("NAD[1]/e02_01")),
                () -> assertEquals("ABO", facts.get("SG5[1]/RFF[1]/e01_01")),
                () -> assertEquals("HZS-2026-000417", facts.get("SG5[1]/RFF[1]/e01_02"), "the declaration answered"),
                () -> assertEquals("ABT", facts.get("SG5[2]/RFF[1]/e01_01")),
                () -> assertEquals("26DE004851000417E1", facts.get("SG5[2]/RFF[1]/e01_02"), "the MRN"));
    }

    @Test
    void aCusresBecomesASchemaValidResponseWithItsMrn() {
        ResponseType response = CustomsDocuments.response(
                translateOne(translator, Samples.read("customs/zoll-hanse-cusres-d96a.edi"), Target.of(Format.XML)));

        assertAll(
                () -> assertEquals("29", response.getFunctionCode()),
                () -> assertEquals("ACC", response.getStatusCode()),
                () -> assertEquals("DE004851-R-2026-88231", response.getID()),
                () -> assertEquals("2026-11-20", response.getIssueDate().toXMLFormat()),
                () -> assertEquals("DE004851", response.getDeclarationOffice().getID()),
                () -> assertEquals("DE987654321000000", response.getDeclarant().getID()),
                () -> assertEquals("Hanse Zollservice GmbH", response.getDeclarant().getName()),
                () -> assertEquals("HZS-2026-000417", response.getFunctionalReferenceID()),
                () -> assertEquals("26DE004851000417E1", response.getMRN()),
                () -> assertEquals(List.of(), response.getError()));
    }

    @Test
    void aD01bRejectionKeepsEachErrorWithItsPointer() {
        ResponseType response = CustomsDocuments.response(translateOne(translator,
                Samples.read("customs/zoll-hanse-cusres-d01b-rejected.edi"), Target.of(Format.XML)));

        ErrorType net = response.getError().get(0);
        ErrorType tariff = response.getError().get(1);
        assertAll(
                () -> assertEquals("27", response.getFunctionCode()),
                () -> assertEquals("REJ", response.getStatusCode()),
                () -> assertNull(response.getMRN(), "a rejected declaration gets no MRN"),
                () -> assertEquals(2, response.getError().size()),
                () -> assertEquals("R0412", net.getValidationCode()),
                () -> assertEquals("Net mass 698.250 kg exceeds gross mass 640.000 kg", net.getDescription()),
                () -> assertEquals("GDS", net.getPointer().getDocumentSectionCode()),
                () -> assertEquals(BigInteger.TWO, net.getPointer().getSequenceNumeric()),
                () -> assertEquals("MEA", net.getPointer().getTagID()),
                () -> assertEquals("C0035", tariff.getValidationCode()),
                () -> assertEquals("Commodity code 85444291 is not in the tariff (TARIC, valid from 2026-01-01)",
                        tariff.getDescription(), "a description longer than one FTX component is rejoined"),
                () -> assertEquals("CST", tariff.getPointer().getTagID()));
    }

    @ParameterizedTest(name = "{0} through CUSRES {1}")
    @CsvSource({"zoll-hanse-response-accepted.xml, D96A", "zoll-hanse-response-accepted.xml, D01B",
            "zoll-hanse-response-rejected.xml, D96A", "zoll-hanse-response-rejected.xml, D01B"})
    void theResponseComesBackFromCusresWithEveryValue(String sample, String directory) {
        byte[] original = Samples.read("customs/" + sample);
        byte[] cusres = translateOne(translator, original, new Target(Format.EDIFACT, directory));

        assertEquals(List.of(), MessageFacts.read(cusres, StandardCharsets.ISO_8859_1).problems());
        assertSameXml(original, translateOne(translator, cusres, Target.of(Format.XML)), 9);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"zoll-hanse-cusres-d96a.edi, D96A", "zoll-hanse-cusres-d01b-rejected.edi, D01B"})
    void aCusresComesBackFromTheResponseWithEveryValue(String sample, String directory) {
        byte[] original = Samples.read("customs/" + sample);
        byte[] xml = translateOne(translator, original, Target.of(Format.XML));

        assertSameMessages(MessageFacts.read(original, StandardCharsets.ISO_8859_1),
                MessageFacts.read(translateOne(translator, xml, new Target(Format.EDIFACT, directory)),
                        StandardCharsets.ISO_8859_1), 12);
    }

    @Test
    void anErrorWithoutAPointerGoesToD01bButStopsTheD96aMappingThatCannotCarryIt() {
        byte[] withoutPointers = new String(Samples.read(REJECTED), StandardCharsets.UTF_8)
                .replaceAll("(?s)\\s*<Pointer>.*?</Pointer>", "").getBytes(StandardCharsets.UTF_8);

        Outcome<List<TranslatedDocument>> d96a = translator.translate(withoutPointers, new Target(Format.EDIFACT, "D96A"));
        assertEquals(Reason.MAPPING_FAILED, d96a.rejections().get(0).reason());
        assertTrue(d96a.rejections().get(0).message().contains("error R0412 has no Pointer"), d96a.rejections().toString());

        byte[] d01b = translateOne(translator, withoutPointers, new Target(Format.EDIFACT, "D01B"));
        assertEquals(List.of(), MessageFacts.read(d01b, StandardCharsets.ISO_8859_1).problems());
        assertSameXml(withoutPointers, translateOne(translator, d01b, Target.of(Format.XML)), 9);
    }
}
