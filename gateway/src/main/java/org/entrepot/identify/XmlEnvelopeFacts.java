package org.entrepot.identify;

import static org.entrepot.identify.XmlEnvelopeReader.UblNames.CUSTOMER;
import static org.entrepot.identify.XmlEnvelopeReader.UblNames.ENDPOINT;
import static org.entrepot.identify.XmlEnvelopeReader.UblNames.ID;
import static org.entrepot.identify.XmlEnvelopeReader.UblNames.PARTY_ID;
import static org.entrepot.identify.XmlEnvelopeReader.UblNames.SUPPLIER;
import static org.entrepot.identify.XmlEnvelopeReader.UblNames.VERSION;
import static org.entrepot.identify.XmlEnvelopeReader.UblNames.concat;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.entrepot.document.Outcome;
import org.entrepot.document.Position;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.entrepot.document.Syntax;

/**
 * What the XML stream has shown so far: the open elements (for positions), the root, and the
 * UBL invoice fields the envelope needs. Fed one event at a time by {@link XmlEnvelopeReader},
 * so nothing but these few values is kept in memory.
 */
final class XmlEnvelopeFacts {

    /** Identifiers are short; a longer text is kept only up to here. */
    private static final int MAX_VALUE = 512;

    private static final List<QName> SUPPLIER_ENDPOINT = concat(SUPPLIER, List.of(ENDPOINT));
    private static final List<QName> SUPPLIER_PARTY_ID = concat(SUPPLIER, PARTY_ID);
    private static final List<QName> CUSTOMER_ENDPOINT = concat(CUSTOMER, List.of(ENDPOINT));
    private static final List<QName> CUSTOMER_PARTY_ID = concat(CUSTOMER, PARTY_ID);

    private final int lineOffset;
    private final List<QName> open = new ArrayList<>();
    private final List<String> openAsWritten = new ArrayList<>();
    private QName root;
    private Field rootField;
    private final Field id = new Field();
    private final Field version = new Field();
    private final Field supplierEndpoint = new Field();
    private final Field supplierPartyId = new Field();
    private final Field customerEndpoint = new Field();
    private final Field customerPartyId = new Field();
    private Field capturing;
    private int captureDepth;

    XmlEnvelopeFacts(int lineOffset) {
        this.lineOffset = lineOffset;
    }

    int lineOffset() {
        return lineOffset;
    }

    int depth() {
        return open.size();
    }

    /** Path of the innermost open element, e.g. {@code /Invoice/cac:AccountingSupplierParty}. */
    String path() {
        return open.isEmpty() ? "/" : "/" + String.join("/", openAsWritten);
    }

    void start(QName name, String schemeId, int line) {
        open.add(name);
        openAsWritten.add(name.getPrefix().isEmpty() ? name.getLocalPart() : name.getPrefix() + ":" + name.getLocalPart());
        if (open.size() == 1) {
            root = name;
            rootField = new Field();
            rootField.found(null, line, path());
            return;
        }
        if (isUblInvoice()) {
            Field target = fieldAt(open.subList(1, open.size()));
            if (target != null && !target.hasValue()) {
                target.found(schemeId, line, path());
                capturing = target;
                captureDepth = open.size();
            }
        }
    }

    void text(String text) {
        if (capturing != null && open.size() == captureDepth && capturing.text.length() < MAX_VALUE) {
            capturing.text.append(text, 0, Math.min(text.length(), MAX_VALUE - capturing.text.length()));
        }
    }

    void end() {
        if (capturing != null && open.size() == captureDepth) {
            capturing.finish();
            capturing = null;
        }
        if (!open.isEmpty()) {
            open.remove(open.size() - 1);
            openAsWritten.remove(openAsWritten.size() - 1);
        }
    }

    private Field fieldAt(List<QName> below) {
        if (below.equals(ID)) {
            return id;
        } else if (below.equals(VERSION)) {
            return version;
        } else if (below.equals(SUPPLIER_ENDPOINT)) {
            return supplierEndpoint;
        } else if (below.equals(SUPPLIER_PARTY_ID)) {
            return supplierPartyId;
        } else if (below.equals(CUSTOMER_ENDPOINT)) {
            return customerEndpoint;
        } else if (below.equals(CUSTOMER_PARTY_ID)) {
            return customerPartyId;
        }
        return null;
    }

    private boolean isUblInvoice() {
        return root != null && root.getLocalPart().equals("Invoice")
                && root.getNamespaceURI().equals(XmlEnvelopeReader.UBL_INVOICE);
    }

    /** The envelope once the document has been read to its end. */
    Outcome<Envelope> envelope(Charset charset, String xmlVersion) {
        if (root == null) {
            // StAX parsers refuse a document without a root element; this keeps that promise here too.
            return Outcome.rejected(Rejection.of(Reason.MALFORMED_XML, Position.xml("/", 1), "the document has no root element"));
        }
        Position rootPosition = rootField.position();
        if (!isUblInvoice()) {
            // Not ours to judge here: the identifier names the unsupported root.
            return Outcome.accepted(new Envelope(Syntax.XML, "", "", "", "", "", "", "",
                    root.getLocalPart(), "", "", root.getNamespaceURI(), xmlVersion, charset, false, null, List.of(),
                    new EnvelopePositions(rootPosition, rootPosition, rootPosition, rootPosition)));
        }
        Field sender = supplierEndpoint.hasValue() ? supplierEndpoint : supplierPartyId;
        Field receiver = customerEndpoint.hasValue() ? customerEndpoint : customerPartyId;
        List<Rejection> problems = new ArrayList<>();
        if (!id.hasValue()) {
            problems.add(missing(rootPosition, "cbc:ID", "the invoice has no identifier (cbc:ID)"));
        }
        if (!sender.hasValue()) {
            problems.add(missing(rootPosition, "cac:AccountingSupplierParty/cac:Party",
                    "the invoice names no supplier: expected cbc:EndpointID or cac:PartyIdentification/cbc:ID"));
        }
        if (!receiver.hasValue()) {
            problems.add(missing(rootPosition, "cac:AccountingCustomerParty/cac:Party",
                    "the invoice names no customer: expected cbc:EndpointID or cac:PartyIdentification/cbc:ID"));
        }
        if (!problems.isEmpty()) {
            return Outcome.rejected(problems);
        }
        String ublVersion = version.hasValue() ? version.value : XmlEnvelopeReader.DEFAULT_UBL_VERSION;
        return Outcome.accepted(new Envelope(Syntax.XML,
                sender.scheme, sender.value, receiver.scheme, receiver.value,
                id.value, "", "",
                root.getLocalPart(), ublVersion, "",
                root.getNamespaceURI(), xmlVersion, charset, false, null, List.of(id.value),
                new EnvelopePositions(rootPosition, sender.position(), receiver.position(), rootPosition)));
    }

    private static Rejection missing(Position root, String below, String message) {
        return Rejection.of(Reason.BAD_INTERCHANGE_HEADER, Position.xml(root.path() + "/" + below, root.line()), message);
    }

    /** One value read from the document, with where it was found. */
    private static final class Field {
        private final StringBuilder text = new StringBuilder();
        private String scheme = "";
        private String value;
        private int line;
        private String path;

        void found(String schemeId, int line, String path) {
            this.scheme = schemeId == null ? "" : schemeId.strip();
            this.line = line;
            this.path = path;
            text.setLength(0);
        }

        /** A blank element does not count, so a later sibling may still supply the value. */
        void finish() {
            String read = text.toString().strip();
            value = read.isEmpty() ? null : read;
        }

        boolean hasValue() {
            return value != null;
        }

        Position position() {
            return Position.xml(path, line);
        }
    }
}
