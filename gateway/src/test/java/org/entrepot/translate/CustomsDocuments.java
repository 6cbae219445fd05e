package org.entrepot.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.validation.Schema;
import org.entrepot.check.ClasspathSchemas;
import org.entrepot.check.XmlSchemaCheck;
import org.entrepot.check.directory.MessageSchemas;
import org.entrepot.customs.declaration.DeclarationType;
import org.entrepot.customs.response.ResponseType;
import org.entrepot.document.HardenedXml;
import org.entrepot.document.Outcome;
import org.w3c.dom.Document;

/**
 * The customs family's XML as the other side of the SOAP channel sees it: checked against our
 * XSDs and read into the JAXB classes generated from them (never through the mapping templates).
 */
final class CustomsDocuments {

    static final Schema DECLARATION = new ClasspathSchemas().schema("xsd/customs/declaration-1.xsd");
    static final Schema RESPONSE = new ClasspathSchemas().schema("xsd/customs/response-1.xsd");
    private static final JAXBContext JAXB = context();

    private CustomsDocuments() {
    }

    private static JAXBContext context() {
        try {
            return JAXBContext.newInstance(DeclarationType.class, ResponseType.class);
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A translator with a fixed clock and control reference, so outputs can be compared. */
    static Translator translator(MappingCatalog mappings) {
        return new Translator(mappings, Translator.transactionSchemas(new MessageSchemas()),
                Clock.fixed(Instant.parse("2026-11-21T08:15:00Z"), ZoneOffset.UTC), () -> "417");
    }

    static byte[] translateOne(Translator translator, byte[] source, Target target) {
        Outcome<List<TranslatedDocument>> outcome = translator.translate(source, target);
        assertTrue(outcome.isAccepted(), () -> outcome.rejections().toString());
        assertEquals(1, outcome.value().size());
        return outcome.value().get(0).content();
    }

    static DeclarationType declaration(byte[] xml) {
        assertEquals(List.of(), XmlSchemaCheck.validate(xml, DECLARATION), "valid against declaration-1.xsd");
        return unmarshal(xml, DeclarationType.class);
    }

    static ResponseType response(byte[] xml) {
        assertEquals(List.of(), XmlSchemaCheck.validate(xml, RESPONSE), "valid against response-1.xsd");
        return unmarshal(xml, ResponseType.class);
    }

    private static <T> T unmarshal(byte[] xml, Class<T> type) {
        try {
            Document document = HardenedXml.documentBuilders().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            return JAXB.createUnmarshaller().unmarshal(document, type).getValue();
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot read " + type.getSimpleName(), e);
        }
    }
}
