package org.entrepot.translate.xml;

import java.io.IOException;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.entrepot.document.HardenedXml;
import org.smooks.api.ExecutionContext;
import org.smooks.api.resource.reader.SmooksXMLReader;
import org.xml.sax.ContentHandler;
import org.xml.sax.DTDHandler;
import org.xml.sax.EntityResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLReader;

/**
 * The Smooks reader every XML mapping uses ({@code <reader class="org.entrepot.translate.xml.HardenedXmlReader"/>}):
 * the JDK's own SAX parser with DOCTYPE declarations refused and no external entity, DTD or
 * schema ever fetched. Smooks' default reader is whatever SAX driver the classpath registers,
 * which the gateway does not trust with partner input.
 */
public final class HardenedXmlReader implements SmooksXMLReader {

    private static final SAXParserFactory PARSERS = HardenedXml.saxParsers();

    private final XMLReader parser;

    public HardenedXmlReader() {
        try {
            parser = PARSERS.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot create the hardened XML parser", e);
        }
        parser.setEntityResolver((publicId, systemId) -> {
            throw new SAXException("external entities are not allowed (" + systemId + ")");
        });
    }

    @Override
    public void setExecutionContext(ExecutionContext executionContext) {
        // the document is all this reader needs
    }

    @Override
    public void parse(InputSource input) throws IOException, SAXException {
        parser.parse(input);
    }

    @Override
    public void parse(String systemId) throws SAXException {
        throw new SAXException("the gateway never lets a mapping read from a URI");
    }

    @Override
    public boolean getFeature(String name) throws SAXNotRecognizedException, SAXNotSupportedException {
        return parser.getFeature(name);
    }

    @Override
    public void setFeature(String name, boolean value) throws SAXNotRecognizedException, SAXNotSupportedException {
        // Namespace handling is the caller's business; everything else is fixed by the hardening.
        if (name.equals("http://xml.org/sax/features/namespaces")
                || name.equals("http://xml.org/sax/features/namespace-prefixes")) {
            parser.setFeature(name, value);
            return;
        }
        throw new SAXNotSupportedException("XML reader features are fixed by the gateway: " + name);
    }

    @Override
    public Object getProperty(String name) throws SAXNotRecognizedException, SAXNotSupportedException {
        return parser.getProperty(name);
    }

    @Override
    public void setProperty(String name, Object value) throws SAXNotRecognizedException, SAXNotSupportedException {
        parser.setProperty(name, value);
    }

    @Override
    public void setEntityResolver(EntityResolver resolver) {
        // keep the refusing resolver: Smooks must not bring its own
    }

    @Override
    public EntityResolver getEntityResolver() {
        return parser.getEntityResolver();
    }

    @Override
    public void setDTDHandler(DTDHandler handler) {
        parser.setDTDHandler(handler);
    }

    @Override
    public DTDHandler getDTDHandler() {
        return parser.getDTDHandler();
    }

    @Override
    public void setContentHandler(ContentHandler handler) {
        parser.setContentHandler(handler);
    }

    @Override
    public ContentHandler getContentHandler() {
        return parser.getContentHandler();
    }

    @Override
    public void setErrorHandler(ErrorHandler handler) {
        parser.setErrorHandler(handler);
    }

    @Override
    public ErrorHandler getErrorHandler() {
        return parser.getErrorHandler();
    }
}
