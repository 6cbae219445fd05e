package org.entrepot.identify;

import static org.entrepot.identify.TestDocuments.accepted;
import static org.entrepot.identify.TestDocuments.at;
import static org.entrepot.identify.TestDocuments.rejected;
import static org.entrepot.identify.TestDocuments.sample;
import static org.entrepot.identify.TestDocuments.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.entrepot.document.DocumentType;
import org.entrepot.document.Outcome;
import org.entrepot.document.Position;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.entrepot.document.Syntax;
import org.entrepot.partner.DemoCommunity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The identify stage against the demo community of samples/partners.yaml. */
class IdentifierTest {

    private static final String MESSAGE = "UNH+1+INVOIC:D:96A:UN'UNT+2+1'UNZ+1+R1'";

    private final Identifier identifier = new Identifier(DemoCommunity.directory());

    private Outcome<Identification> identify(String text) {
        return identifier.identify(utf8(text));
    }

    private static String unb(String sender, String receiver) {
        return "UNB+UNOC:3+" + sender + "+" + receiver + "+260115:1030+R1'";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "edifact/d96a/invoic-meridian-nordwind.edi, EDIFACT, meridian, nordwind, meridian-nordwind-invoice",
        "edifact/d96a/invoic-una-unusual-separators.edi, EDIFACT, meridian, nordwind, meridian-nordwind-invoice",
        "edifact/d96a/invoic-unow-yuanhang-globex.edi, EDIFACT, yuanhang, globex, yuanhang-globex-invoice",
        "x12/004010/810-nordwind-atlas.x12, X12, nordwind, atlas, nordwind-atlas-invoice",
        "x12/005010/810-meridian-atlas.x12, X12, meridian, atlas, meridian-atlas-invoice",
        "xml/ubl-2.1/invoice-lakeside-globex.xml, XML, lakeside, globex, lakeside-globex-invoice",
        "xml/ubl-2.1/invoice-yuanhang-globex-party-identification.xml, XML, yuanhang, globex, yuanhang-globex-invoice",
    })
    void everySampleIsIdentifiedAsAnInvoiceUnderItsAgreement(String name, Syntax syntax, String sender, String receiver,
                                                            String agreement) {
        Identification identification = accepted(identifier.identify(sample(name)));
        assertEquals(syntax, identification.envelope().syntax());
        assertEquals(DocumentType.INVOICE, identification.documentType());
        assertEquals(sender, identification.sender().id());
        assertEquals(receiver, identification.receiver().id());
        assertEquals(agreement, identification.agreement().id());
    }

    @Test
    void anEmptyDocumentIsRejectedAsEmpty() {
        rejected(identifier.identify(new byte[0]), Reason.EMPTY_DOCUMENT, Position.NONE);
        rejected(identifier.identify(null), Reason.EMPTY_DOCUMENT, Position.NONE);
        rejected(identify("\uFEFF \r\n\t"), Reason.EMPTY_DOCUMENT, Position.NONE);
    }

    @Test
    void garbageIsAnUnknownSyntaxQuotedSafely() {
        byte[] garbage = {' ', 0x00, 0x1B, 'P', 'K', 0x03, 0x04, (byte) 0xFF, 0x7F, 'x', 'y'};
        Rejection rejection = rejected(identifier.identify(garbage), Reason.UNKNOWN_SYNTAX, Position.offset(1));
        assertEquals("the document starts with '\\u0000\\u001BPK\\u0003\\u0004ÿ\\u007F', not with UNA/UNB (EDIFACT),"
                + " ISA (X12) or '<' (XML)", rejection.message());
    }

    @Test
    void aMessageTypeOtherThanAnInvoiceIsNamedInTheRejection() {
        Rejection rejection = rejected(identify(unb("8712345000004:14", "4012345000009:14")
                + "UNH+1+DELFOR:D:96A:UN'UNT+2+1'UNZ+1+R1'"), Reason.UNKNOWN_DOCUMENT_TYPE, at(2, "UNH", 2, 1));
        assertTrue(rejection.message().startsWith("message type 'DELFOR' is not a supported document type; supported: "),
                rejection.message());
        assertTrue(rejection.message().contains("INVOIC") && rejection.message().contains("PAYMUL"), rejection.message());
    }

    @Test
    void anUnsupportedX12TransactionSetIsNamedInTheRejection() {
        String x12 = new String(sample("x12/004010/810-nordwind-atlas.x12"), java.nio.charset.StandardCharsets.US_ASCII)
                .replace("ST*810*0001", "ST*862*0001");
        Rejection rejection = rejected(identify(x12), Reason.UNKNOWN_DOCUMENT_TYPE, at(3, "ST", 1, 0));
        assertTrue(rejection.message().startsWith("transaction set '862' is not a supported document type; supported: "),
                rejection.message());
        assertTrue(rejection.message().contains("810") && rejection.message().contains("850"), rejection.message());
    }

    @Test
    void anXmlDocumentThatIsNotAUblInvoiceIsNamedByRootAndNamespace() {
        // a UBL document no family maps; the list of supported kinds grows with every family
        Rejection rejection = rejected(identify("<Catalogue xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Catalogue-2\"/>"),
                Reason.UNKNOWN_DOCUMENT_TYPE, Position.xml("/Catalogue", 1));
        assertTrue(rejection.message().startsWith("root element 'Catalogue' in namespace 'urn:oasis:names:specification:ubl:schema:xsd:Catalogue-2'"
                + " is not a supported document type; supported: "), rejection.message());
        assertTrue(rejection.message().contains("UBL Invoice"), rejection.message());
    }

    @Test
    void anUnknownSenderIsRejectedAtTheSenderElementNamingIdAndQualifier() {
        Rejection rejection = rejected(identify(unb("4000000000006:14", "4012345000009:14") + MESSAGE),
                Reason.UNKNOWN_PARTNER, at(1, "UNB", 2, 1));
        assertEquals("unknown sender: no partner has GLN '4000000000006' (qualifier '14')", rejection.message());
    }

    @Test
    void anUnknownReceiverIsRejectedAtTheReceiverElement() {
        Rejection rejection = rejected(identify(unb("8712345000004:14", "999999999:16") + MESSAGE),
                Reason.UNKNOWN_PARTNER, at(1, "UNB", 3, 1));
        assertEquals("unknown receiver: no partner has DUNS '999999999' (qualifier '16')", rejection.message());
    }

    @Test
    void bothUnknownSidesAreReported() {
        Outcome<Identification> outcome = identify(unb("X:ZZZ", "Y:ZZZ") + MESSAGE);
        assertEquals(List.of(at(1, "UNB", 2, 1), at(1, "UNB", 3, 1)),
                outcome.rejections().stream().map(Rejection::position).toList());
    }

    @Test
    void aQualifierTheGatewayDoesNotKnowIsRejectedListingTheKnownOnes() {
        Rejection rejection = rejected(identify(unb("8712345000004:92", "4012345000009:14") + MESSAGE),
                Reason.UNKNOWN_PARTNER, at(1, "UNB", 2, 1));
        assertEquals("unknown sender: qualifier '92' is not one of 14 GLN, 16 DUNS, ZZZ MUTUAL (identifier '8712345000004')",
                rejection.message());
    }

    @Test
    void anIdentifierUnderTheWrongSchemeIsNotThePartner() {
        rejected(identify(unb("8712345000004:16", "4012345000009:14") + MESSAGE), Reason.UNKNOWN_PARTNER,
                at(1, "UNB", 2, 1));
    }

    @Test
    void withoutAQualifierAnIdentifierNamingOnePartnerIsEnough() {
        Identification identification = accepted(identify(unb("8712345000004", "4012345000009") + MESSAGE));
        assertEquals("meridian", identification.sender().id());
        assertEquals("nordwind", identification.receiver().id());
    }

    @Test
    void twoKnownPartnersWithoutAnAgreementAreRejectedAtTheInterchangeHeader() {
        Rejection rejection = rejected(identify(unb("5012345000008:14", "4012345000009:14") + MESSAGE),
                Reason.NO_AGREEMENT, Position.segment(1, "UNB"));
        assertEquals("no agreement covers INVOICE from globex to nordwind", rejection.message());
    }

    @Test
    void anAgreementCoversOneDirectionOnly() {
        Rejection rejection = rejected(identify(unb("4012345000009:14", "8712345000004:14") + MESSAGE),
                Reason.NO_AGREEMENT, Position.segment(1, "UNB"));
        assertEquals("no agreement covers INVOICE from nordwind to meridian", rejection.message());
    }

    @Test
    void aUblInvoiceWithAnUnknownSupplierPointsAtTheEndpointId() {
        String xml = new String(sample("xml/ubl-2.1/invoice-lakeside-globex.xml"), java.nio.charset.StandardCharsets.UTF_8)
                .replace(">123456789<", ">111111111<");
        rejected(identify(xml), Reason.UNKNOWN_PARTNER,
                Position.xml("/Invoice/cac:AccountingSupplierParty/cac:Party/cbc:EndpointID", 14));
    }

    @Test
    void envelopeRejectionsPassThroughUnchanged() {
        rejected(identify("UNB+UNOC:3++5012345000008:14+260115:1030+R1'" + MESSAGE), Reason.BAD_INTERCHANGE_HEADER,
                at(1, "UNB", 2, 1));
        rejected(identify("<!DOCTYPE x [<!ENTITY a 'b'>]><x>&a;</x>"), Reason.MALFORMED_XML, Position.xml("/", 1));
    }
}
