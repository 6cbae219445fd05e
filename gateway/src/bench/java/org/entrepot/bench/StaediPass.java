package org.entrepot.bench;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import org.entrepot.check.directory.MessageSchemas;

/**
 * One StAEDI pass over an interchange that looks at every event and nothing more: the floor
 * under any translation built on StAEDI. Without schemas it is the raw event parse VERSIONS.md
 * measured as its baseline; with them StAEDI also tracks segment groups and validates the message body, which
 * is what our translator asks of it.
 */
final class StaediPass {

    /**
     * Set as the translator's cursor sets it (EdiMessageCursor), so both passes ask StAEDI for
     * the same work. Without the code-value switch StAEDI would flag the sample's LIN item
     * number type SRV, an EAN code D.96A's own list lacks, which the gateway accepts.
     */
    private static final EDIInputFactory FACTORY = newFactory();

    private final MessageSchemas schemas;

    private StaediPass(MessageSchemas schemas) {
        this.schemas = schemas;
    }

    private static EDIInputFactory newFactory() {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_CODE_VALUES, false);
        return factory;
    }

    static StaediPass raw() {
        return new StaediPass(null);
    }

    static StaediPass structured(MessageSchemas schemas) {
        return new StaediPass(schemas);
    }

    /**
     * What a pass saw. The text lengths are summed (and returned to JMH, which consumes them)
     * so the reader's work cannot be optimised away.
     */
    record Count(long textLength, int problems, int loops) {
    }

    Count read(byte[] interchange) {
        long textLength = 0;
        int problems = 0;
        int loops = 0;
        try (EDIStreamReader reader = FACTORY.createEDIStreamReader(
                new ByteArrayInputStream(interchange), InvoicInterchange.CHARSET.name())) {
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case START_SEGMENT, ELEMENT_DATA -> textLength += reader.getTextLength();
                    case END_SEGMENT -> attachSchemaAfterHeader(reader);
                    case START_LOOP -> loops++;
                    case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> problems++;
                    default -> { }
                }
            }
        } catch (EDIStreamException e) {
            throw new IllegalStateException("StAEDI cannot read the interchange", e);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Count(textLength, problems, loops);
    }

    /** StAEDI takes the message's schema only at the end of UNH (see MessageSchemas). */
    private void attachSchemaAfterHeader(EDIStreamReader reader) {
        if (schemas != null && "UNH".equals(reader.getText())) {
            schemas.schema(reader).ifPresent(reader::setTransactionSchema);
        }
    }
}
