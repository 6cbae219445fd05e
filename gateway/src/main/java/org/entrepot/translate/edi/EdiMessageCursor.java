package org.entrepot.translate.edi;

import io.xlate.edi.schema.Schema;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.entrepot.document.Position;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Walks an EDIFACT or X12 interchange one message (transaction set) at a time and replays each
 * as SAX events, so a mapping sees {@code <interchange><UNB/>[<UNG/>]<message>…</message></interchange>}
 * and never more than one message. Each segment is one XML element named by its tag whose data
 * elements are attributes: {@code e01} for a simple element, {@code e02_01} for component 1 of
 * composite 2, and {@code r2} after the position for a repetition ({@code e03r2_01}). Segment
 * groups from the transaction schema wrap their segments ({@code <SG25>}). Empty elements are
 * left out.
 *
 * <p>Attributes rather than child elements because Smooks pays a few microseconds for every SAX
 * element it dispatches: one element per segment keeps a mapping within a small multiple of the
 * raw parse, where an element per data element cost ten times the parse.
 *
 * <p>Reading streams: the interchange is parsed once, front to back, whatever the number of
 * messages. Problems StAEDI reports (syntax, structure, counts) are collected as rejections
 * with their positions; a translation with problems is not trusted by the caller.
 */
public final class EdiMessageCursor implements Closeable {

    private static final EDIInputFactory FACTORY = newFactory();
    private static final Attributes NO_ATTRIBUTES = new AttributesImpl();

    private final EDIStreamReader reader;
    private final TransactionSchemas schemas;
    private final List<Rejection> problems = new ArrayList<>();
    private final SegmentAttributes segment = new SegmentAttributes();
    private SegmentAttributes interchangeHeader;
    private SegmentAttributes groupHeader;
    private int segmentIndex;
    private boolean finished;

    /** Supplies the structure of a message once its UNH/ST has been read. */
    @FunctionalInterface
    public interface TransactionSchemas {
        Optional<Schema> schemaFor(EDIStreamReader reader);

        TransactionSchemas NONE = reader -> Optional.empty();
    }

    public EdiMessageCursor(byte[] interchange, Charset charset, TransactionSchemas schemas) {
        this.schemas = schemas;
        try {
            this.reader = FACTORY.createEDIStreamReader(new ByteArrayInputStream(interchange), charset.name());
        } catch (EDIStreamException e) {
            throw new IllegalArgumentException("unsupported character set " + charset, e);
        }
    }

    private static EDIInputFactory newFactory() {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
        // UNOW (UTF-8) is missing from StAEDI's syntax 4 code list; the identify stage owns
        // the character set decision, so control code values are not re-validated here.
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_CODE_VALUES, false);
        return factory;
    }

    /** Problems found so far, in document order. */
    public List<Rejection> problems() {
        return List.copyOf(problems);
    }

    /**
     * Emits the next message to {@code handler} as a complete SAX document.
     *
     * @return false when the interchange holds no further message
     */
    public boolean nextMessage(ContentHandler handler) throws SAXException {
        if (finished) {
            return false;
        }
        try {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                switch (event) {
                    case START_SEGMENT -> startSegment();
                    case ELEMENT_DATA -> segment.data(reader);
                    case END_SEGMENT -> keepEnvelopeHeader();
                    case END_GROUP -> groupHeader = null;
                    case START_TRANSACTION -> {
                        emitMessage(handler);
                        return true;
                    }
                    case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> problems.add(problem(event));
                    default -> { }
                }
            }
        } catch (EDIStreamException e) {
            problems.add(EdiProblems.fromException(e, segmentIndex, segment.tag()));
        }
        finished = true;
        return false;
    }

    private void startSegment() {
        segmentIndex++;
        segment.start(reader.getText());
    }

    private void keepEnvelopeHeader() {
        String tag = segment.tag();
        if ("UNB".equals(tag) || "ISA".equals(tag)) {
            interchangeHeader = segment.copy();
        } else if ("UNG".equals(tag) || "GS".equals(tag)) {
            groupHeader = segment.copy();
        }
    }

    private void emitMessage(ContentHandler out) throws SAXException, EDIStreamException {
        out.startDocument();
        start(out, "interchange", NO_ATTRIBUTES);
        if (interchangeHeader != null) {
            interchangeHeader.emit(out);
        }
        if (groupHeader != null) {
            groupHeader.emit(out);
        }
        start(out, "message", NO_ATTRIBUTES);
        while (reader.hasNext()) {
            EDIStreamEvent event = reader.next();
            switch (event) {
                case START_SEGMENT -> startSegment();
                case ELEMENT_DATA -> segment.data(reader);
                case END_SEGMENT -> {
                    segment.emit(out);
                    if ("UNH".equals(segment.tag()) || "ST".equals(segment.tag())) {
                        schemas.schemaFor(reader).ifPresent(reader::setTransactionSchema);
                    }
                }
                case START_LOOP -> start(out, reader.getReferenceCode(), NO_ATTRIBUTES);
                case END_LOOP -> end(out, reader.getReferenceCode());
                case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> problems.add(problem(event));
                case END_TRANSACTION -> {
                    closeMessage(out);
                    return;
                }
                default -> { }
            }
        }
        problems.add(Rejection.of(Reason.TRUNCATED_INTERCHANGE, Position.segment(segmentIndex, segment.tag()),
                "the interchange ends inside a message"));
        closeMessage(out);
    }

    private static void closeMessage(ContentHandler out) throws SAXException {
        end(out, "message");
        end(out, "interchange");
        out.endDocument();
    }

    private Rejection problem(EDIStreamEvent event) {
        Location location = reader.getLocation();
        return EdiProblems.fromStaedi(reader.getErrorType(), event, segmentIndex, location, reader.getReferenceCode());
    }

    static void start(ContentHandler out, String name, Attributes attributes) throws SAXException {
        out.startElement("", name, name, attributes);
    }

    static void end(ContentHandler out, String name) throws SAXException {
        out.endElement("", name, name);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
