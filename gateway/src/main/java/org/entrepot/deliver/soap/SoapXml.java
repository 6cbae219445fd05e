package org.entrepot.deliver.soap;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Source;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.stream.StreamResult;
import org.entrepot.document.HardenedXml;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Reading and writing the XML inside SOAP bodies, with the JDK's hardened parsers only. */
final class SoapXml {

    private SoapXml() {
    }

    /** Parses a document; empty when it is not well-formed or declares a DTD. */
    static Optional<Document> parse(byte[] content) {
        try {
            javax.xml.parsers.DocumentBuilder builder = HardenedXml.documentBuilders().newDocumentBuilder();
            // the refusal is the empty answer; the parser's own report to stderr would only be noise
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return Optional.of(builder.parse(new ByteArrayInputStream(content)));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            return Optional.empty();
        }
    }

    /** Serialises a body element (or any source) as a UTF-8 document with an XML declaration. */
    static byte[] bytes(Source source) {
        try {
            Transformer transformer = HardenedXml.serializer();
            transformer.setOutputProperty(OutputKeys.STANDALONE, "no");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(source, new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot serialise the SOAP body: " + e.getMessage(), e);
        }
    }

    /** The text of the first element with this local name, if any. */
    static Optional<String> text(Document document, String namespace, String localName) {
        NodeList nodes = document.getElementsByTagNameNS(namespace, localName);
        return nodes.getLength() == 0 ? Optional.empty() : Optional.of(nodes.item(0).getTextContent().trim());
    }

    /** The faultstring of a SOAP 1.1 fault envelope, if the bytes are one. */
    static Optional<String> faultString(byte[] envelope) {
        return envelope == null ? Optional.empty()
                : parse(envelope).flatMap(document -> text(document, "", "faultstring")
                        .or(() -> text(document, "*", "faultstring")));
    }
}
