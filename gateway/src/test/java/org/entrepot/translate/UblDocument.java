package org.entrepot.translate;

import java.io.ByteArrayInputStream;
import java.util.Iterator;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.xpath.XPath;
import org.entrepot.document.HardenedXml;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** A UBL document parsed by a hardened JDK parser, read with XPath using the usual prefixes. */
public final class UblDocument {

    private static final NamespaceContext PREFIXES = new NamespaceContext() {
        @Override
        public String getNamespaceURI(String prefix) {
            return switch (prefix) {
                case "inv" -> "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
                case "cac" -> "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
                case "cbc" -> "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
                default -> XMLConstants.NULL_NS_URI;
            };
        }

        @Override
        public String getPrefix(String namespaceURI) {
            return null;
        }

        @Override
        public Iterator<String> getPrefixes(String namespaceURI) {
            return null;
        }
    };

    private final Document document;
    private final XPath xpath;

    private UblDocument(Document document) {
        this.document = document;
        this.xpath = XPathFactory.newDefaultInstance().newXPath();
        this.xpath.setNamespaceContext(PREFIXES);
    }

    public static UblDocument parse(byte[] xml) {
        try {
            return new UblDocument(HardenedXml.documentBuilders().newDocumentBuilder().parse(new ByteArrayInputStream(xml)));
        } catch (Exception e) {
            throw new IllegalArgumentException("not well-formed XML", e);
        }
    }

    /** The string value of an XPath expression ("" when nothing matches). */
    public String text(String expression) {
        try {
            return xpath.evaluate(expression, document).trim();
        } catch (Exception e) {
            throw new IllegalArgumentException(expression, e);
        }
    }

    public int count(String expression) {
        try {
            return ((NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET)).getLength();
        } catch (Exception e) {
            throw new IllegalArgumentException(expression, e);
        }
    }
}
