package org.entrepot.identify;

import java.io.CharArrayReader;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.entrepot.document.Outcome;
import org.entrepot.document.Position;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;

/**
 * Reads the envelope facts of an XML document by streaming it once: the root element and its
 * namespace, and for a document the gateway knows ({@link XmlDocumentKinds}) its sender, receiver,
 * identifier and version. Any well-formed XML yields an envelope (the identifier decides whether its type is
 * supported); a DOCTYPE never does, because DTDs are how entity expansion and external
 * entity attacks get in.
 *
 * <p>Positions carry the element path and the line on which the element's start tag ends.
 */
public final class XmlEnvelopeReader implements EnvelopeReader {

    /** Root namespace of a UBL 2.x invoice. */
    public static final String UBL_INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    /** Nesting beyond this is not a trade document but an attempt to exhaust the reader. */
    static final int MAX_DEPTH = 200;

    private static final int MAX_MESSAGE = 200;

    /**
     * The JDK's own StAX implementation, never the one found on the classpath (Smooks brings
     * Aalto, which ignores some of these properties), with DTDs and external entities off.
     * A new factory per document: cheap, and StAX does not promise factories are thread-safe.
     */
    private static XMLInputFactory hardenedFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }

    private final XmlDocumentKinds kinds;

    public XmlEnvelopeReader() {
        this(XmlDocumentKinds.packaged());
    }

    public XmlEnvelopeReader(XmlDocumentKinds kinds) {
        this.kinds = kinds;
    }

    @Override
    public Outcome<Envelope> read(byte[] document) {
        int start = document == null ? 0 : SyntaxSniffer.contentStart(document);
        if (document == null || start == document.length) {
            return Outcome.rejected(Rejection.of(Reason.EMPTY_DOCUMENT, Position.NONE, null));
        }
        // Leading whitespace is tolerated like in EDI, but XML forbids it before a declaration,
        // so the parser starts after it; line numbers are shifted back to the whole document.
        Outcome<XmlTextDecoder.XmlText> decoded = XmlTextDecoder.decode(document, start);
        if (!decoded.isAccepted()) {
            return Outcome.rejected(decoded.rejections());
        }
        CharBuffer text = decoded.value().text();
        int skippedLines = countLineBreaks(document, start);
        XmlEnvelopeFacts header = new XmlEnvelopeFacts(kinds, skippedLines);
        XMLStreamReader reader = null;
        try {
            reader = hardenedFactory().createXMLStreamReader(new CharArrayReader(text.array(), text.position(), text.remaining()));
            return stream(reader, header, decoded.value().charset());
        } catch (XMLStreamException | RuntimeException e) {
            // The parser is the boundary to hostile bytes: whatever it throws means "not usable XML".
            return malformed(header, lineOf(e, skippedLines), "the XML is not well-formed: " + detail(e));
        } finally {
            close(reader);
        }
    }

    private Outcome<Envelope> stream(XMLStreamReader reader, XmlEnvelopeFacts header, Charset charset)
            throws XMLStreamException {
        String xmlVersion = "";
        while (reader.hasNext()) {
            int event = reader.next();
            int line = reader.getLocation().getLineNumber() + header.lineOffset();
            switch (event) {
                case XMLStreamConstants.DTD -> {
                    return malformed(header, line, "a DOCTYPE is not allowed: documents must not declare DTDs or entities");
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> {
                    return malformed(header, line, "entity reference &" + Excerpt.of(reader.getLocalName()) + "; is not allowed");
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    if (header.depth() == 0) {
                        xmlVersion = reader.getVersion() == null ? "1.0" : reader.getVersion();
                    }
                    if (header.depth() >= MAX_DEPTH) {
                        return malformed(header, line, "elements are nested deeper than " + MAX_DEPTH + " levels");
                    }
                    header.start(reader.getName(), reader.getAttributeValue(null, "schemeID"), line);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> header.text(reader.getText());
                case XMLStreamConstants.END_ELEMENT -> header.end();
                default -> {
                    // comments, processing instructions and whitespace carry no envelope facts
                }
            }
        }
        return header.envelope(charset, xmlVersion);
    }

    private static Outcome<Envelope> malformed(XmlEnvelopeFacts header, int line, String message) {
        return Outcome.rejected(Rejection.of(Reason.MALFORMED_XML, Position.xml(header.path(), Math.max(line, 0)), message));
    }

    private static int lineOf(Exception e, int skippedLines) {
        Location location = e instanceof XMLStreamException x ? x.getLocation() : null;
        return location == null || location.getLineNumber() < 1 ? 0 : location.getLineNumber() + skippedLines;
    }

    /** The parser's own sentence without its "ParseError at [row,col]" prefix, on one line. */
    private static String detail(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int marker = message.indexOf("Message: ");
        String sentence = marker >= 0 ? message.substring(marker + "Message: ".length()) : message;
        return Excerpt.of(sentence.replaceAll("\\s+", " ").strip(), MAX_MESSAGE);
    }

    private static int countLineBreaks(byte[] document, int end) {
        int lines = 0;
        for (int i = 0; i < end; i++) {
            lines += document[i] == '\n' ? 1 : 0;
        }
        return lines;
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing to release beyond the in-memory input
            }
        }
    }

}
