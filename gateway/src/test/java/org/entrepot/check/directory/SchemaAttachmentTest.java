package org.entrepot.check.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.xlate.edi.schema.Schema;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;

/**
 * When StAEDI takes a transaction schema: from START_TRANSACTION up to and including the
 * END_SEGMENT of UNH (its {@code setTransactionSchema} contract). The message identifier is only
 * promised once UNH has been parsed, so the check and translate stages attach at UNH's
 * END_SEGMENT.
 */
class SchemaAttachmentTest {

    private final MessageSchemas schemas = new MessageSchemas();

    @Test
    void messageIdentifierIsKnownAtTheEndOfUnhAndTheSchemaIsAcceptedThere() throws Exception {
        try (EDIStreamReader reader = readerOf("/edifact/d96a/invoic-valid.edi")) {
            advanceToEndOf(reader, "UNH");
            assertEquals("INVOIC", reader.getTransactionType());
            assertEquals(List.of("UN", "D", "96A", "EAN008"), List.of(reader.getTransactionVersion()));
            Schema schema = schemas.schema(reader).orElseThrow();
            reader.setTransactionSchema(schema);

            assertSame(schema, reader.getTransactionSchema());
            advanceTo(reader, EDIStreamEvent.START_LOOP);
            assertEquals("SG1", reader.getReferenceCode());
        }
    }

    @Test
    void schemaIsRefusedOnceTheFirstBodySegmentHasStarted() throws Exception {
        try (EDIStreamReader reader = readerOf("/edifact/d96a/invoic-valid.edi")) {
            advanceToEndOf(reader, "UNH");
            Schema schema = schemas.schema(reader).orElseThrow();
            advanceTo(reader, EDIStreamEvent.START_SEGMENT);
            assertEquals("BGM", reader.getText());

            assertThrows(IllegalStateException.class, () -> reader.setTransactionSchema(schema));
        }
    }

    @Test
    void withoutASchemaStaediSeesNeitherGroupsNorTheMissingBgm() throws Exception {
        List<EDIStreamEvent> seen = new ArrayList<>();
        try (EDIStreamReader reader = readerOf("/edifact/d96a/invoic-missing-bgm.edi")) {
            while (reader.hasNext()) {
                seen.add(reader.next());
            }
        }
        assertTrue(seen.contains(EDIStreamEvent.END_TRANSACTION));
        assertTrue(!seen.contains(EDIStreamEvent.START_LOOP) && !seen.contains(EDIStreamEvent.SEGMENT_ERROR),
                "the structure checks come from the generated schema, not from StAEDI alone");
    }

    private static EDIStreamReader readerOf(String resource) {
        return EDIInputFactory.newFactory()
                .createEDIStreamReader(new ByteArrayInputStream(InterchangeEvents.resource(resource)));
    }

    private static void advanceTo(EDIStreamReader reader, EDIStreamEvent wanted) throws EDIStreamException {
        while (reader.next() != wanted) {
            // skip
        }
    }

    private static void advanceToEndOf(EDIStreamReader reader, String tag) throws EDIStreamException {
        do {
            advanceTo(reader, EDIStreamEvent.END_SEGMENT);
        } while (!tag.equals(reader.getText()));
    }
}
