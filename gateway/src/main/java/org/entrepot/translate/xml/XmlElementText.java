package org.entrepot.translate.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.entrepot.document.HardenedXml;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The text of one element of an XML document, found by the local names of its ancestors below
 * the root ({@code ExchangedDocument/TypeCode}). The translator reads it to choose a mapping
 * before translating, so it streams with the hardened parser and stops at the element.
 */
public final class XmlElementText {

    private static final SAXParserFactory PARSERS = HardenedXml.saxParsers();

    private XmlElementText() {
    }

    /**
     * The trimmed text of the first element at {@code path}; empty when there is none or the
     * document is not well-formed (the mapping then meets the problem and reports it).
     */
    public static Optional<String> first(byte[] document, List<String> path) {
        Finder finder = new Finder(path);
        try {
            SAXParser parser = PARSERS.newSAXParser();
            parser.getXMLReader().setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed (" + systemId + ")");
            });
            parser.parse(new InputSource(new ByteArrayInputStream(document)), finder);
        } catch (Found found) {
            return Optional.of(finder.text.toString().strip());
        } catch (SAXException | IOException | ParserConfigurationException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Ends the parse as soon as the element is read: the rest of the document does not matter. */
    private static final class Found extends SAXException {
        Found() {
            super("found", null);
        }
    }

    private static final class Finder extends DefaultHandler {
        private final List<String> path;
        private final StringBuilder text = new StringBuilder();
        private int depth;
        /** How many steps of the path the open elements match, from the root's child down. */
        private int matched;

        Finder(List<String> path) {
            this.path = path;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (depth > 0 && depth == matched + 1 && matched < path.size() && path.get(matched).equals(localName)) {
                matched++;
            }
            depth++;
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (matched == path.size()) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            depth--;
            if (depth > 0 && depth == matched) {
                if (matched == path.size()) {
                    throw new Found();
                }
                matched--;
            }
        }
    }
}
