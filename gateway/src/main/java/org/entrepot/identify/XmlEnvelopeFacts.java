package org.entrepot.identify;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.namespace.QName;
import org.entrepot.document.Outcome;
import org.entrepot.document.Position;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.entrepot.document.Syntax;

/**
 * What the XML stream has shown so far: the open elements (for positions), the root, and the
 * fields the envelope needs, at the places its {@link XmlDocumentKind} names. Fed one event at a
 * time by {@link XmlEnvelopeReader}, so nothing but these few values is kept in memory.
 */
final class XmlEnvelopeFacts {

    /** Identifiers are short; a longer text is kept only up to here. */
    private static final int MAX_VALUE = 512;

    private final XmlDocumentKinds kinds;
    private final int lineOffset;
    private final List<QName> open = new ArrayList<>();
    private final List<String> openAsWritten = new ArrayList<>();
    private QName root;
    private Field rootField;
    private XmlDocumentKind kind;
    private final Field id = new Field();
    private final Field version = new Field();
    private Field[] senders = new Field[0];
    private Field[] receivers = new Field[0];
    private Field capturing;
    private int captureDepth;

    XmlEnvelopeFacts(XmlDocumentKinds kinds, int lineOffset) {
        this.kinds = kinds;
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
            kind = kinds.forRoot(name).orElse(null);
            if (kind != null) {
                senders = fields(kind.sender());
                receivers = fields(kind.receiver());
            }
            return;
        }
        if (kind != null) {
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

    private static Field[] fields(List<XmlDocumentKind.PartyPath> paths) {
        Field[] fields = new Field[paths.size()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = new Field();
            fields[i].fixedScheme = paths.get(i).scheme();
        }
        return fields;
    }

    private Field fieldAt(List<QName> below) {
        if (below.equals(kind.idPath())) {
            return id;
        } else if (below.equals(kind.versionPath())) {
            return version;
        }
        for (int i = 0; i < senders.length; i++) {
            if (below.equals(kind.sender().get(i).path())) {
                return senders[i];
            }
        }
        for (int i = 0; i < receivers.length; i++) {
            if (below.equals(kind.receiver().get(i).path())) {
                return receivers[i];
            }
        }
        return null;
    }

    /** Where the alternatives for a party meet: the element a missing party is reported at. */
    private static List<QName> commonParent(List<XmlDocumentKind.PartyPath> paths) {
        List<QName> common = paths.get(0).path().subList(0, paths.get(0).path().size() - 1);
        for (XmlDocumentKind.PartyPath path : paths) {
            int same = 0;
            while (same < common.size() && same < path.path().size() && common.get(same).equals(path.path().get(same))) {
                same++;
            }
            common = common.subList(0, same);
        }
        return common;
    }

    private static Optional<Field> firstFound(Field[] fields) {
        for (Field field : fields) {
            if (field.hasValue()) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** The envelope once the document has been read to its end. */
    Outcome<Envelope> envelope(Charset charset, String xmlVersion) {
        if (root == null) {
            // StAX parsers refuse a document without a root element; this keeps that promise here too.
            return Outcome.rejected(Rejection.of(Reason.MALFORMED_XML, Position.xml("/", 1), "the document has no root element"));
        }
        Position rootPosition = rootField.position();
        if (kind == null) {
            // Not ours to judge here: the identifier names the unsupported root.
            return Outcome.accepted(new Envelope(Syntax.XML, "", "", "", "", "", "", "",
                    root.getLocalPart(), "", "", root.getNamespaceURI(), xmlVersion, charset, false, null, List.of(),
                    new EnvelopePositions(rootPosition, rootPosition, rootPosition, rootPosition)));
        }
        Optional<Field> sender = firstFound(senders);
        Optional<Field> receiver = firstFound(receivers);
        List<Rejection> problems = new ArrayList<>();
        String name = kind.message();
        if (!id.hasValue()) {
            problems.add(missing(rootPosition, XmlDocumentKinds.written(kind.idPath()),
                    "the " + name + " has no identifier (" + XmlDocumentKinds.written(kind.idPath()) + ")"));
        }
        if (sender.isEmpty()) {
            problems.add(missing(rootPosition, XmlDocumentKinds.written(commonParent(kind.sender())),
                    "the " + name + " names no sender: expected " + XmlDocumentKind.describe(kind.sender())));
        }
        if (receiver.isEmpty()) {
            problems.add(missing(rootPosition, XmlDocumentKinds.written(commonParent(kind.receiver())),
                    "the " + name + " names no receiver: expected " + XmlDocumentKind.describe(kind.receiver())));
        }
        if (!problems.isEmpty()) {
            return Outcome.rejected(problems);
        }
        Field from = sender.get();
        Field to = receiver.get();
        String messageVersion = version.hasValue() ? version.value : kind.version();
        return Outcome.accepted(new Envelope(Syntax.XML,
                from.scheme, from.value, to.scheme, to.value,
                id.value, "", "",
                kind.message(), messageVersion, "",
                root.getNamespaceURI(), xmlVersion, charset, false, null, List.of(id.value),
                new EnvelopePositions(rootPosition, from.position(), to.position(), rootPosition)));
    }

    private static Rejection missing(Position root, String below, String message) {
        return Rejection.of(Reason.BAD_INTERCHANGE_HEADER, Position.xml(root.path() + "/" + below, root.line()), message);
    }

    /** One value read from the document, with where it was found. */
    private static final class Field {
        private final StringBuilder text = new StringBuilder();
        private String scheme = "";
        private String fixedScheme = "";
        private String value;
        private int line;
        private String path;

        void found(String schemeId, int line, String path) {
            this.scheme = !fixedScheme.isEmpty() ? fixedScheme : schemeId == null ? "" : schemeId.strip();
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
