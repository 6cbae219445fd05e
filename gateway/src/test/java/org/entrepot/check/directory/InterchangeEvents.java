package org.entrepot.check.directory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;

/**
 * Reads an EDIFACT interchange with StAEDI the way the gateway's check stage will: the message's
 * transaction schema is attached when UNH ends, looked up from UNH's message identifier.
 */
final class InterchangeEvents {

    /** One StAEDI event worth asserting on, with where it happened. */
    record Reported(EDIStreamEvent event, EDIStreamValidationError error, String text, String segmentTag,
                    int segment, int element, int component) {

        boolean isError() {
            return isError(event);
        }

        static boolean isError(EDIStreamEvent event) {
            return event == EDIStreamEvent.SEGMENT_ERROR
                    || event == EDIStreamEvent.ELEMENT_DATA_ERROR
                    || event == EDIStreamEvent.ELEMENT_OCCURRENCE_ERROR;
        }
    }

    private InterchangeEvents() {
    }

    static byte[] resource(String name) {
        try (InputStream in = InterchangeEvents.class.getResourceAsStream(name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the interchange, attaching the schema at the end of each UNH; returns the events. */
    static List<Reported> read(byte[] interchange, MessageSchemas schemas) {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        List<Reported> reported = new ArrayList<>();
        try (EDIStreamReader reader = factory.createEDIStreamReader(new ByteArrayInputStream(interchange))) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                if (event == EDIStreamEvent.END_SEGMENT && "UNH".equals(reader.getText())) {
                    schemas.schema(reader).ifPresent(reader::setTransactionSchema);
                }
                reported.add(report(reader, event));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (EDIStreamException e) {
            throw new IllegalStateException(e);
        }
        return reported;
    }

    private static Reported report(EDIStreamReader reader, EDIStreamEvent event) {
        Location location = reader.getLocation();
        String text = switch (event) {
            // StAEDI names loops and transactions by reference code, not text
            case START_LOOP, END_LOOP, START_TRANSACTION, END_TRANSACTION -> reader.getReferenceCode();
            default -> reader.hasText() ? reader.getText() : null;
        };
        EDIStreamValidationError error = Reported.isError(event) ? reader.getErrorType() : null;
        return new Reported(event, error, text, location.getSegmentTag(),
                location.getSegmentPosition(), location.getElementPosition(), location.getComponentPosition());
    }

    static List<Reported> errors(List<Reported> events) {
        return events.stream().filter(Reported::isError).toList();
    }

    /** The codes of the segment groups opened, in order: {@code SG1, SG2, SG3, ...}. */
    static List<String> loopsOpened(List<Reported> events) {
        return events.stream().filter(e -> e.event() == EDIStreamEvent.START_LOOP).map(Reported::text).toList();
    }
}
