package org.entrepot.check.directory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.ParserConfigurationException;

import org.entrepot.document.HardenedXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Reads the DFDL schema files of a Smooks EDIFACT pack and walks their XSD elements. */
final class DfdlDocuments {

    static final String XSD = XMLConstants.W3C_XML_SCHEMA_NS_URI;

    private DfdlDocuments() {
    }

    /**
     * Parses one pack resource, e.g. {@code d96a/EDIFACT-Segments.dfdl.xsd}, from the class path.
     *
     * @throws IllegalStateException when the resource is missing or not well-formed: the build
     *         cannot go on without it
     */
    static Document parse(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("not on the class path: " + resource);
            }
            return builder().parse(in, resource);
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    /**
     * A namespace-aware builder from the JDK's own implementation, hardened. The default lookup
     * would return the Xerces copy that Smooks puts on the class path, so ask for the JDK one.
     */
    private static DocumentBuilder builder() {
        try {
            return HardenedXml.documentBuilders().newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser cannot be hardened", e);
        }
    }

    /** The XSD child elements of {@code parent}, in document order. */
    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child && XSD.equals(child.getNamespaceURI())) {
                children.add(child);
            }
        }
        return children;
    }

    /** The XSD child elements of {@code parent} with the given local name, in document order. */
    static List<Element> children(Element parent, String localName) {
        return children(parent).stream().filter(child -> localName.equals(child.getLocalName())).toList();
    }

    /** XSD occurrence attribute, with XSD's default of 1 when absent. */
    static int occurs(Element element, String attribute) {
        String value = element.getAttribute(attribute);
        if (value.isEmpty()) {
            return 1;
        }
        return "unbounded".equals(value) ? Integer.MAX_VALUE : Integer.parseInt(value);
    }

    /**
     * The local part of a QName-valued attribute:
     * {@code type="D96A:NAD-NameAndAddress"} → {@code NAD-NameAndAddress}.
     */
    static String localType(Element element, String attribute) {
        String type = element.getAttribute(attribute);
        return type.substring(type.indexOf(':') + 1);
    }

    /**
     * A title from a DFDL type name: {@code NAD-NameAndAddress} → {@code Name and address}.
     * The pack has no separate titles; its type names carry them in camel case.
     */
    static String title(String typeName) {
        String words = typeName.substring(typeName.indexOf('-') + 1).replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ");
        return words.isEmpty() ? words : words.charAt(0) + words.substring(1).toLowerCase(Locale.ROOT);
    }
}
