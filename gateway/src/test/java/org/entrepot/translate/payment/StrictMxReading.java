package org.entrepot.translate.payment;

import com.prowidesoftware.swift.model.mx.AbstractMX;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.sax.SAXSource;
import org.entrepot.document.HardenedXml;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * What can be checked of a message version whose official XSD is not on Maven Central
 * (pain.001.001.03): Prowide's JAXB model of that version reads the document and reports every
 * element it does not expect where it stands (unknown names, wrong namespace, wrong parent).
 * Prowide's own parse() is lenient and would drop such elements silently. It does not check
 * element order, lengths or patterns: that is what the XSD would add.
 */
final class StrictMxReading {

    private StrictMxReading() {
    }

    static List<String> problems(byte[] xml) {
        AbstractMX lenient = MxModel.parseRaw(xml);
        List<String> problems = new ArrayList<>();
        try {
            JAXBContext context = JAXBContext.newInstance(lenient.getClasses());
            Unmarshaller unmarshaller = context.createUnmarshaller();
            unmarshaller.setEventHandler(event -> {
                problems.add(event.getMessage() + " at line " + event.getLocator().getLineNumber());
                return true;
            });
            XMLReader reader = HardenedXml.saxParsers().newSAXParser().getXMLReader();
            unmarshaller.unmarshal(new SAXSource(new BelowTheRoot(reader), new InputSource(new ByteArrayInputStream(xml))),
                    lenient.getClass());
        } catch (JAXBException | ParserConfigurationException | SAXException e) {
            problems.add(e.toString());
        }
        return problems;
    }

    /**
     * Prowide binds only the root in the message's namespace and every element below it in none
     * (it sets the namespace when it writes): the elements below the root lose theirs on the way in.
     * Any other namespace stays, so an element from a wrong namespace is still reported.
     */
    private static final class BelowTheRoot extends XMLFilterImpl {
        private String namespace;
        private int depth;

        BelowTheRoot(XMLReader parent) {
            super(parent);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if (depth++ == 0) {
                namespace = uri;
                super.startElement(uri, localName, qName, atts);
            } else {
                super.startElement(uri.equals(namespace) ? "" : uri, localName, localName, atts);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if (--depth == 0) {
                super.endElement(uri, localName, qName);
            } else {
                super.endElement(uri.equals(namespace) ? "" : uri, localName, localName);
            }
        }
    }
}
