package org.entrepot.translate;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import org.entrepot.check.ClasspathSchemas;
import org.entrepot.check.XmlSchemaCheck;
import org.entrepot.document.Rejection;
import org.entrepot.schema.shipping.instruction.ShippingInstruction;
import org.entrepot.schema.transport.event.TransportEvents;

/**
 * Our shipping and transport XML documents for tests: validated against the XSDs the check stage
 * uses and read into the JAXB classes the build generates from them.
 */
final class ShippingDocuments {

    static final String INSTRUCTION_XSD = "schemas/entrepot/transport/shipping-instruction-1.xsd";
    static final String EVENTS_XSD = "schemas/entrepot/transport/transport-event-1.xsd";
    private static final ClasspathSchemas SCHEMAS = new ClasspathSchemas();

    private ShippingDocuments() {
    }

    static List<Rejection> instructionProblems(byte[] xml) {
        return XmlSchemaCheck.validate(xml, SCHEMAS.schema(INSTRUCTION_XSD));
    }

    static List<Rejection> eventProblems(byte[] xml) {
        return XmlSchemaCheck.validate(xml, SCHEMAS.schema(EVENTS_XSD));
    }

    static ShippingInstruction instruction(byte[] xml) {
        return read(xml, ShippingInstruction.class, SCHEMAS.schema(INSTRUCTION_XSD));
    }

    static TransportEvents events(byte[] xml) {
        return read(xml, TransportEvents.class, SCHEMAS.schema(EVENTS_XSD));
    }

    private static <T> T read(byte[] xml, Class<T> type, Schema schema) {
        try {
            var unmarshaller = JAXBContext.newInstance(type).createUnmarshaller();
            unmarshaller.setSchema(schema);
            return unmarshaller.unmarshal(new StreamSource(new ByteArrayInputStream(xml)), type).getValue();
        } catch (JAXBException e) {
            throw new IllegalArgumentException("not a valid " + type.getSimpleName(), e);
        }
    }
}
