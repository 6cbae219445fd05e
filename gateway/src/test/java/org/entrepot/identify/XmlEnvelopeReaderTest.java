package org.entrepot.identify;

import static org.entrepot.identify.TestDocuments.accepted;
import static org.entrepot.identify.TestDocuments.rejected;
import static org.entrepot.identify.TestDocuments.sample;
import static org.entrepot.identify.TestDocuments.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.entrepot.document.Outcome;
import org.entrepot.document.Position;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.entrepot.document.Syntax;
import org.junit.jupiter.api.Test;

class XmlEnvelopeReaderTest {

    static final String UBL_OPEN = "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\""
            + " xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\""
            + " xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">";
    static final String SUPPLIER = "<cac:AccountingSupplierParty><cac:Party>"
            + "<cbc:EndpointID schemeID=\"0088\">4012345000009</cbc:EndpointID></cac:Party></cac:AccountingSupplierParty>";
    static final String CUSTOMER = "<cac:AccountingCustomerParty><cac:Party>"
            + "<cbc:EndpointID schemeID=\"0088\">5012345000008</cbc:EndpointID></cac:Party></cac:AccountingCustomerParty>";

    private final XmlEnvelopeReader reader = new XmlEnvelopeReader();

    private Outcome<Envelope> read(String text) {
        return reader.read(utf8(text));
    }

    @Test
    void aUblInvoiceNamesItsPartiesByEndpointId() {
        Envelope envelope = accepted(reader.read(sample("xml/ubl-2.1/invoice-lakeside-globex.xml")));
        assertEquals(Syntax.XML, envelope.syntax());
        assertEquals("0060", envelope.senderQualifier());
        assertEquals("123456789", envelope.senderId(), "EndpointID wins over PartyIdentification");
        assertEquals("0088", envelope.receiverQualifier());
        assertEquals("5012345000008", envelope.receiverId());
        assertEquals("LS-2026-0042", envelope.controlReference());
        assertEquals(List.of("LS-2026-0042"), envelope.messageReferences());
        assertEquals("Invoice", envelope.messageType());
        assertEquals("2.1", envelope.messageVersion());
        assertEquals(XmlEnvelopeReader.UBL_INVOICE, envelope.syntaxIdentifier());
        assertEquals("1.0", envelope.syntaxVersion());
        assertEquals(StandardCharsets.UTF_8, envelope.charset());
        assertNull(envelope.delimiters());
    }

    @Test
    void positionsCarryThePathAndLineOfEachParty() {
        EnvelopePositions positions = accepted(reader.read(sample("xml/ubl-2.1/invoice-lakeside-globex.xml"))).positions();
        assertEquals(Position.xml("/Invoice/cac:AccountingSupplierParty/cac:Party/cbc:EndpointID", 14), positions.sender());
        assertEquals(Position.xml("/Invoice/cac:AccountingCustomerParty/cac:Party/cbc:EndpointID", 25), positions.receiver());
    }

    @Test
    void withoutEndpointIdTheFirstNonBlankPartyIdentificationNamesTheParty() {
        Envelope envelope = accepted(reader.read(sample("xml/ubl-2.1/invoice-yuanhang-globex-party-identification.xml")));
        assertEquals("GLN", envelope.senderQualifier());
        assertEquals("6901234000009", envelope.senderId());
        assertEquals("0088", envelope.receiverQualifier());
        assertEquals("5012345000008", envelope.receiverId(), "CDATA is text too");
        assertEquals("YH-UBL-7", envelope.controlReference(), "the line's cbc:ID is not the invoice's");
        assertEquals("2.1", envelope.messageVersion(), "UBL 2.1 is assumed without cbc:UBLVersionID");
        assertEquals("/inv:Invoice/a:AccountingSupplierParty/a:Party/a:PartyIdentification/b:ID",
                envelope.positions().sender().path());
    }

    @Test
    void anyWellFormedXmlYieldsAnEnvelopeNamingItsRoot() {
        Envelope envelope = accepted(read("<?xml version=\"1.0\"?><Order xmlns=\"urn:example:order\"><ID>1</ID></Order>"));
        assertEquals("Order", envelope.messageType());
        assertEquals("urn:example:order", envelope.syntaxIdentifier());
        assertEquals("", envelope.senderId());
    }

    @Test
    void aUblInvoiceWithoutPartiesOrIdIsRejectedNamingWhatIsMissing() {
        Outcome<Envelope> outcome = read(UBL_OPEN + "\n<cbc:IssueDate>2026-01-15</cbc:IssueDate></Invoice>");
        assertEquals(List.of(Position.xml("/Invoice/cbc:ID", 1),
                        Position.xml("/Invoice/cac:AccountingSupplierParty/cac:Party", 1),
                        Position.xml("/Invoice/cac:AccountingCustomerParty/cac:Party", 1)),
                outcome.rejections().stream().map(Rejection::position).toList());
        assertTrue(outcome.rejections().stream().allMatch(r -> r.reason() == Reason.BAD_INTERCHANGE_HEADER));
    }

    @Test
    void aByteOrderMarkAndBlankLinesBeforeTheDeclarationAreTolerated() {
        Envelope envelope = accepted(read("\uFEFF\n\n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + UBL_OPEN
                + "<cbc:ID>A1</cbc:ID>\n" + SUPPLIER + CUSTOMER + "</Invoice>"));
        assertEquals("A1", envelope.controlReference());
        assertEquals(5, envelope.positions().sender().line(), "lines count from the start of the document");
    }

    @Test
    void theDeclaredEncodingIsTheDocumentsCharset() {
        byte[] latin1 = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + UBL_OPEN + "<cbc:ID>Ä1</cbc:ID>"
                + SUPPLIER + CUSTOMER + "</Invoice>").getBytes(StandardCharsets.ISO_8859_1);
        Envelope envelope = accepted(reader.read(latin1));
        assertEquals(StandardCharsets.ISO_8859_1, envelope.charset());
        assertEquals("Ä1", envelope.controlReference());
    }

    @Test
    void utf16XmlIsRead() {
        byte[] utf16 = ("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + UBL_OPEN + "<cbc:ID>远航</cbc:ID>"
                + SUPPLIER + CUSTOMER + "</Invoice>").getBytes(StandardCharsets.UTF_16BE);
        assertEquals("远航", accepted(reader.read(utf16)).controlReference());
    }

    @Test
    void xmlThatIsNotWellFormedIsMalformedWithItsLine() {
        Rejection rejection = rejected(read("<Invoice>\n<cbc:ID>1</cbc:ID>\n</Invoice>"), Reason.MALFORMED_XML,
                Position.xml("/Invoice", 2));
        assertTrue(rejection.message().startsWith("the XML is not well-formed: "), rejection.message());
        assertFalse(rejection.message().contains("\n"));
        rejected(read("<Invoice><a></b></Invoice>"), Reason.MALFORMED_XML, Position.xml("/Invoice/a", 1));
        rejected(read("<"), Reason.MALFORMED_XML, Position.xml("/", 1));
    }

    @Test
    void absurdNestingIsRefused() {
        String deep = "<a>".repeat(XmlEnvelopeReader.MAX_DEPTH + 1) + "</a>".repeat(XmlEnvelopeReader.MAX_DEPTH + 1);
        Rejection rejection = rejected(read(deep), Reason.MALFORMED_XML,
                Position.xml("/" + String.join("/", java.util.Collections.nCopies(XmlEnvelopeReader.MAX_DEPTH, "a")), 1));
        assertEquals("elements are nested deeper than 200 levels", rejection.message());
    }

    @Test
    void bytesThatAreNotValidInTheDeclaredEncodingAreMalformedAtTheirOffset() {
        byte[] document = utf8("<?xml version=\"1.0\"?>\n<Invoice>xx</Invoice>");
        document[31] = (byte) 0xC3;
        document[32] = (byte) 0x28;
        Rejection rejection = rejected(reader.read(document), Reason.MALFORMED_XML, Position.offset(31));
        assertEquals("the document is not valid UTF-8: malformed bytes at byte 31", rejection.message());
    }

    @Test
    void anEncodingJavaDoesNotKnowIsRefused() {
        Rejection rejection = rejected(read("<?xml version=\"1.0\" encoding=\"X-KLINGON\"?><a/>"), Reason.MALFORMED_XML,
                Position.xml("/", 1));
        assertEquals("the declared encoding 'X-KLINGON' is not supported", rejection.message());
    }

    @Test
    void hostileBytesLeaveNoTraceOnStandardError() {
        java.io.PrintStream original = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            reader.read(new byte[] {'<', 'a', '>', (byte) 0xC3, (byte) 0x28, '<', '/', 'a', '>'});
            reader.read(utf8("<a><b></a>"));
        } finally {
            System.setErr(original);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }

    @Test
    void emptyInputIsAnEmptyDocument() {
        rejected(reader.read(new byte[0]), Reason.EMPTY_DOCUMENT, Position.NONE);
    }
}
