package org.entrepot.sign.xades;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.entrepot.document.HardenedXml;
import org.entrepot.document.Outcome;
import org.entrepot.document.Position;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Reads and writes the documents that are signed: hardened parsing in, byte-faithful output out. */
final class XmlDocuments {

    private XmlDocuments() {
    }

    /** The document, parsed with the gateway's hardened DOM factory, or a {@code MALFORMED_XML} rejection. */
    static Outcome<Document> parse(byte[] xml) {
        try {
            return Outcome.accepted(HardenedXml.documentBuilders().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml)));
        } catch (SAXParseException e) {
            return Outcome.rejected(Rejection.of(Reason.MALFORMED_XML,
                    Position.xml("column " + e.getColumnNumber(), e.getLineNumber()), e.getMessage()));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            return Outcome.rejected(Rejection.of(Reason.MALFORMED_XML, e.getMessage()));
        }
    }

    /** UTF-8 bytes of the document as it is; the JDK's own serializer (trap 6: never Saxon's). */
    static byte[] serialize(Document document) {
        try {
            Transformer identity = HardenedXml.serializer();
            identity.setOutputProperty(OutputKeys.INDENT, "no");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            identity.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("the JDK cannot serialize a DOM it built: " + e.getMessage(), e);
        }
    }

    /** The element children of {@code parent} with this namespace and local name, in order. */
    static List<Element> children(Node parent, String namespace, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && is(element, namespace, localName)) {
                found.add(element);
            }
        }
        return found;
    }

    /** The one such child, or null when there is none or more than one. */
    static Element onlyChild(Node parent, String namespace, String localName) {
        List<Element> found = children(parent, namespace, localName);
        return found.size() == 1 ? found.get(0) : null;
    }

    /** Whether the node is this element; a null or empty namespace both mean "no namespace". */
    static boolean is(Node node, String namespace, String localName) {
        String actual = node.getNamespaceURI() == null ? "" : node.getNamespaceURI();
        String expected = namespace == null ? "" : namespace;
        return node instanceof Element && expected.equals(actual) && localName.equals(node.getLocalName());
    }

    /**
     * A new element that declares its own prefix. Canonicalization reads namespace declarations
     * from the DOM's xmlns attributes, not from the element's namespace; without the attribute
     * the signed bytes would differ from what a receiver parses.
     */
    static Element create(Document document, String namespace, String prefix, String localName) {
        Element element = document.createElementNS(namespace, prefix + ":" + localName);
        element.setAttributeNS(XadesNames.XMLNS, "xmlns:" + prefix, namespace);
        return element;
    }

    /** A path for positions in rejections, e.g. {@code /Invoice/UBLExtensions/UBLExtension}. */
    static String path(Node node) {
        StringBuilder path = new StringBuilder();
        for (Node at = node; at instanceof Element; at = at.getParentNode()) {
            path.insert(0, "/" + at.getNodeName());
        }
        return path.toString();
    }
}
