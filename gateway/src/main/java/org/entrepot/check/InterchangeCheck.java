package org.entrepot.check;

import com.helger.ubl21.UBL21Marshaller;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.validation.Schema;
import org.entrepot.document.Rejection;
import org.entrepot.identify.Envelope;
import org.entrepot.identify.XmlEnvelopeReader;
import org.entrepot.translate.edi.EdiMessageCursor;

/**
 * The check stage: the whole document against its syntax rules before anything is translated.
 * EDI is read end to end with the message structures of its directory (control counts and
 * references, mandatory and repeated segments, element lengths and codes); XML is validated
 * against its official schema. Every problem comes back with its position.
 */
public final class InterchangeCheck {

    private final EdiMessageCursor.TransactionSchemas schemas;
    private volatile Schema ublInvoice;

    /** @param schemas message structures, usually {@code Translator.transactionSchemas(new MessageSchemas())} */
    public InterchangeCheck(EdiMessageCursor.TransactionSchemas schemas) {
        this.schemas = schemas;
    }

    /** Every problem in {@code document}; empty when it may be translated. */
    public List<Rejection> check(byte[] document, Envelope envelope) {
        return switch (envelope.syntax()) {
            case EDIFACT, X12 -> checkEdi(document, envelope);
            case XML -> checkXml(document, envelope);
            case UNKNOWN -> List.of();
        };
    }

    private List<Rejection> checkEdi(byte[] document, Envelope envelope) {
        try (EdiMessageCursor cursor = new EdiMessageCursor(document, envelope.charset(), schemas)) {
            cursor.finish();
            return new ArrayList<>(cursor.problems());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Rejection> checkXml(byte[] document, Envelope envelope) {
        if (XmlEnvelopeReader.UBL_INVOICE.equals(envelope.syntaxIdentifier())) {
            return XmlSchemaCheck.validate(document, ublInvoiceSchema());
        }
        return List.of();
    }

    private Schema ublInvoiceSchema() {
        Schema schema = ublInvoice;
        if (schema == null) {
            // compiling the UBL schema takes a moment: pay it on the first UBL document, not at start-up
            schema = UBL21Marshaller.invoice().getSchema();
            ublInvoice = schema;
        }
        return schema;
    }
}
