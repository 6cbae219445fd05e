package org.entrepot.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;
import org.entrepot.document.HardenedXml;
import org.entrepot.document.Position;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Validates an XML document against its official schema and reports every violation with its
 * line and column. The document is parsed by the JDK's own SAX parser with DOCTYPEs refused and
 * no external entity resolved; the schema only sees the resulting events. (The classpath's
 * Smooks stack replaces the default JAXP factories, whose validators ignore the JAXP access
 * properties, so the validator is never handed raw bytes.)
 */
public final class XmlSchemaCheck {

    private static final int MAX_REPORTED = 50;
    private static final SAXParserFactory PARSERS = HardenedXml.saxParsers();

    private XmlSchemaCheck() {
    }

    /** Every schema violation of {@code document}; empty when it is valid. */
    public static List<Rejection> validate(byte[] document, Schema schema) {
        List<Rejection> problems = new ArrayList<>();
        try {
            ValidatorHandler validator = schema.newValidatorHandler();
            Collector collector = new Collector(problems);
            validator.setErrorHandler(collector);
            XMLReader reader = PARSERS.newSAXParser().getXMLReader();
            reader.setErrorHandler(collector);
            reader.setContentHandler(validator);
            reader.parse(new InputSource(new ByteArrayInputStream(document)));
        } catch (SAXParseException e) {
            problems.add(toRejection(e));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            problems.add(Rejection.of(Reason.SCHEMA_INVALID, e.getMessage()));
        }
        return problems;
    }

    private static Rejection toRejection(SAXParseException e) {
        return Rejection.of(Reason.SCHEMA_INVALID, Position.xml("column " + e.getColumnNumber(), e.getLineNumber()),
                e.getMessage());
    }

    private record Collector(List<Rejection> problems) implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            // warnings do not make a document invalid
        }

        @Override
        public void error(SAXParseException e) {
            if (problems.size() < MAX_REPORTED) {
                problems.add(toRejection(e));
            }
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    }
}
