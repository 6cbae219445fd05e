package org.entrepot.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every problem in a partner file is reported with the file, the line and the key. */
class PartnerFileErrorsTest {

    /** Two valid partners; tests append or replace lines to break one thing at a time. */
    private static final String PARTNERS = """
            # a small community
            partners:
              - id: nordwind
                name: Nordwind Handel GmbH
                identifiers:
                  - { scheme: GLN, value: "4012345000009" }
                  - { scheme: DUNS, value: "313000001" }
                http: true
              - id: globex
                name: Globex Retail Ltd
                identifiers:
                  - { scheme: GLN, value: "5012345000008" }
            """;

    @TempDir
    Path folder;

    private PartnerConfigException loadFails(String yaml) throws IOException {
        Path file = folder.resolve("partners.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return assertThrows(PartnerConfigException.class, () -> PartnerDirectory.load(file));
    }

    private void assertProblem(PartnerConfigException e, int line, String key, String problem) {
        assertEquals(folder.resolve("partners.yaml") + " line " + line + ", " + key + ": " + problem, e.getMessage());
        assertEquals(line, e.line());
        assertEquals(key, e.key());
    }

    @Test
    void aDunsOfTheWrongLengthIsReportedAtItsValue() throws IOException {
        PartnerConfigException e = loadFails(PARTNERS.replace("313000001", "31300001"));
        assertProblem(e, 7, "partners[0].identifiers[1].value", "DUNS must be 9 digits");
    }

    @Test
    void aGlnWithAWrongCheckDigitIsReportedAtItsValue() throws IOException {
        PartnerConfigException e = loadFails(PARTNERS.replace("5012345000008", "5012345000007"));
        assertProblem(e, 12, "partners[1].identifiers[0].value", "GLN 5012345000007 has a wrong GS1 check digit");
    }

    @Test
    void aMisspelledKeyIsNotSilentlyIgnored() throws IOException {
        PartnerConfigException e = loadFails(PARTNERS.replace("    http: true", "    htpp: true"));
        assertProblem(e, 8, "partners[0].htpp", "unknown key; expected one of certificates, channels, http, id, identifiers, name");
    }

    @Test
    void aMisspelledTopLevelKeyIsNotSilentlyIgnored() throws IOException {
        PartnerConfigException e = loadFails(PARTNERS + "agreement:\n  - id: x\n");
        assertProblem(e, 13, "agreement", "unknown key; expected one of agreements, partners");
    }

    @Test
    void aPartnerIdThatCouldEscapeItsFolderIsRefused() throws IOException {
        PartnerConfigException e = loadFails(PARTNERS.replace("id: globex", "id: ../globex"));
        assertProblem(e, 9, "partners[1].id", "ids are 1 to 64 of a-z, 0-9 and '-', starting with a letter or digit");
    }

    @Test
    void aDuplicatePartnerIdIsRefused() throws IOException {
        PartnerConfigException e = loadFails(PARTNERS.replace("id: globex", "id: nordwind"));
        assertProblem(e, 9, "partners[1].id", "partner nordwind is defined twice");
    }

    @Test
    void anIdentifierSharedByTwoPartnersIsRefused() throws IOException {
        PartnerConfigException e = loadFails(PARTNERS.replace("5012345000008", "4012345000009"));
        assertProblem(e, 12, "partners[1].identifiers[0].value", "GLN 4012345000009 already identifies partner nordwind");
    }

    @Test
    void aMissingNameIsReportedAtThePartner() throws IOException {
        PartnerConfigException e = loadFails(PARTNERS.replace("    name: Globex Retail Ltd\n", ""));
        assertProblem(e, 9, "partners[1].name", "is missing");
    }

    @Test
    void anUnknownSchemeListsTheKnownOnes() throws IOException {
        PartnerConfigException e = loadFails(PARTNERS.replace("scheme: DUNS", "scheme: duns"));
        assertProblem(e, 7, "partners[0].identifiers[1].scheme", "unknown value duns; expected one of GLN, DUNS, MUTUAL, BIC");
    }

    @Test
    void aYesNoBooleanIsRefusedAsAmbiguous() throws IOException {
        PartnerConfigException e = loadFails(PARTNERS.replace("http: true", "http: yes"));
        assertProblem(e, 8, "partners[0].http", "must be true or false");
    }

    @Test
    void anAgreementNamingAnUnknownPartnerIsRefused() throws IOException {
        PartnerConfigException e = loadFails(PARTNERS + """
                agreements:
                  - id: nordwind-globex-invoice
                    sender: nordwind
                    receiver: globx
                    document: INVOICE
                    deliverAs: ubl
                """);
        assertProblem(e, 16, "agreements[0].receiver", "no partner has the id globx");
    }

    @Test
    void anAgreementForAnUnknownDocumentTypeIsRefused() throws IOException {
        PartnerConfigException e = loadFails(PARTNERS + """
                agreements:
                  - { id: a, sender: nordwind, receiver: globex, document: PURCHASE_REQUISITION, deliverAs: ubl }
                """);
        assertProblem(e, 14, "agreements[0].document", "unknown value PURCHASE_REQUISITION; expected one of " + String.join(", ", java.util.Arrays.stream(org.entrepot.document.DocumentType.values()).map(Enum::name).toList()));
    }

    @Test
    void anAgreementForAnUnknownFormatIsRefused() throws IOException {
        PartnerConfigException e = loadFails(PARTNERS + """
                agreements:
                  - { id: a, sender: nordwind, receiver: globex, document: INVOICE, deliverAs: pdf }
                """);
        assertProblem(e, 14, "agreements[0].deliverAs", "unknown format pdf; expected one of cii, edifact, entrepot, iso20022, ubl, x12, xml");
    }

    @Test
    void anX12MessageThatDoesNotCarryTheDocumentIsRefused() throws IOException {
        PartnerConfigException e = loadFails(PARTNERS + """
                agreements:
                  - { id: a, sender: nordwind, receiver: globex, document: TRANSPORT_STATUS, deliverAs: x12, message: "316" }
                """);
        assertProblem(e, 14, "agreements[0].message", "message 316 does not carry TRANSPORT_STATUS in x12; expected one of 214, 315");
    }

    @Test
    void anUnknownDeliveryChannelIsRefused() throws IOException {
        PartnerConfigException e = loadFails(PARTNERS + """
                agreements:
                  - id: a
                    sender: nordwind
                    receiver: globex
                    document: INVOICE
                    deliverAs: ubl
                    deliver: { channel: carrier-pigeon }
                """);
        assertProblem(e, 19, "agreements[0].deliver.channel", "unknown channel carrier-pigeon; expected one of as2, directory, rest, sftp, soap");
    }

    @Test
    void twoAgreementsForTheSameExchangeAreRefused() throws IOException {
        PartnerConfigException e = loadFails(PARTNERS + """
                agreements:
                  - { id: first, sender: nordwind, receiver: globex, document: INVOICE, deliverAs: ubl }
                  - { id: second, sender: nordwind, receiver: globex, document: INVOICE, deliverAs: edifact }
                """);
        assertProblem(e, 15, "agreements[1]", "agreement first already covers nordwind -> globex INVOICE");
    }

    @Test
    void aKeyGivenTwiceIsRefused() throws IOException {
        PartnerConfigException e = loadFails(PARTNERS.replace("    http: true", "    http: true\n    http: false"));
        assertProblem(e, 9, "partners[0].http", "appears twice");
    }

    @Test
    void brokenYamlIsReportedWithItsLine() throws IOException {
        PartnerConfigException e = loadFails(PARTNERS.replace("{ scheme: DUNS, value: \"313000001\" }",
                "{ scheme: DUNS, value: \"313000001\""));
        assertEquals(folder.resolve("partners.yaml").toString(), e.source());
        assertEquals("", e.key());
        assertEquals(8, e.line());
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        PartnerConfigException e = loadFails("# nothing here\n");
        assertEquals(folder.resolve("partners.yaml") + ": is empty; expected partners and agreements", e.getMessage());
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() throws IOException {
        Path file = folder.resolve("partners.yaml");
        Files.write(file, "partners:\n  - id: a\n    name: M\u00fcller\n".getBytes(StandardCharsets.ISO_8859_1));
        PartnerConfigException e = assertThrows(PartnerConfigException.class, () -> PartnerDirectory.load(file));
        assertEquals(file + ": is not UTF-8 text", e.getMessage());
    }

    @Test
    void aMissingFileIsAConfigurationError() {
        Path file = folder.resolve("absent.yaml");
        PartnerConfigException e = assertThrows(PartnerConfigException.class, () -> PartnerDirectory.load(file));
        assertEquals(file.toString(), e.source());
    }

    private static final String INVOICES_BY_AS2 = """
            agreements:
              - id: nordwind-globex-invoice
                sender: nordwind
                receiver: globex
                document: INVOICE
                deliverAs: ubl
                deliver: { channel: as2 }
            """;

    @Test
    void aMisspelledChannelSettingIsReportedAtItsLine() throws IOException {
        PartnerConfigException e = loadFails(PARTNERS.replace("      - { scheme: GLN, value: \"5012345000008\" }\n",
                "      - { scheme: GLN, value: \"5012345000008\" }\n    channels:\n      as2: { url: \"https://as2.globex.example\", as2Idd: GLOBEX }\n"));
        assertEquals(14, e.line());
        assertEquals("partners[1].channels.as2.as2Idd", e.key());
        assertTrue(e.getMessage().contains("unknown key; expected one of"), e.getMessage());
    }

    @Test
    void aNetworkChannelTheReceiverHasNoSettingsForIsRefused() throws IOException {
        PartnerConfigException e = loadFails(PARTNERS + INVOICES_BY_AS2);
        assertProblem(e, 19, "agreements[0].deliver.channel",
                "partner globex has no as2 settings: add them under its channels, or here");
    }

    @Test
    void anAgreementsDeliverySettingMustBelongToItsChannel() throws IOException {
        PartnerConfigException e = loadFails(PARTNERS + INVOICES_BY_AS2.replace("{ channel: as2 }",
                "{ channel: as2, url: \"https://x.example\", hostKey: \"SHA256:abc\" }"));
        assertEquals(19, e.line());
        assertEquals("agreements[0].deliver.hostKey", e.key());
        assertTrue(e.getMessage().contains("is not a setting of channel as2"), e.getMessage());
    }

    @Test
    void aRetryScheduleWhoseLongestWaitIsShorterThanItsFirstIsRefused() throws IOException {
        PartnerConfigException e = loadFails(PARTNERS + INVOICES_BY_AS2.replace("{ channel: as2 }",
                "{ channel: as2, url: \"https://x.example\", retry: { first: PT10M, max: PT1M } }"));
        assertEquals("agreements[0].deliver.retry", e.key());
        assertTrue(e.getMessage().endsWith("max must not be shorter than first"), e.getMessage());
    }
}
