package org.entrepot.translate.edi;

import io.xlate.edi.schema.Schema;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
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

/**
 * Walks an EDIFACT or X12 interchange one message (transaction set) at a time. The caller learns
 * each message's header first ({@link #nextMessage()}), chooses what to do, and then reads the
 * message into the model mappings use ({@link #readMessage()}: {@code interchange} with the
 * envelope headers and the {@code message} with its segments and groups, see {@link EdiNode}) or
 * skips it. Data elements are named {@code e01}, {@code e02_01} (component 1 of composite 2),
 * {@code e03r2_01} (second repetition); empty elements are left out.
 *
 * <p>Reading streams: the interchange is parsed once, front to back, whatever the number of
 * messages. The check stage reads with StAEDI validating each message's structure; translation
 * only follows the structure's groups ({@link SegmentGroups}). Problems StAEDI reports (syntax,
 * structure, counts) are collected as rejections with their positions.
 */
public final class EdiMessageCursor implements Closeable {

    private static final EDIInputFactory FACTORY = newFactory();

    private final EDIStreamReader reader;
    private final TransactionSchemas schemas;
    private final List<Rejection> problems = new ArrayList<>();
    private final SegmentAttributes segment = new SegmentAttributes();
    private SegmentAttributes interchangeHeader;
    private SegmentAttributes groupHeader;
    private SegmentAttributes messageHeader;
    private MessageHeader current;
    private boolean emitted;
    private final boolean validateStructure;
    private SegmentGroups.Tracker groups;
    private SegmentGroups definitions;
    private int interchanges;
    private int segmentIndex;
    private boolean finished;

    /** Supplies the structure of a message once its UNH/ST has been read. */
    @FunctionalInterface
    public interface TransactionSchemas {
        Optional<Schema> schemaFor(EDIStreamReader reader);
    }

    /** A cursor that validates each message against its structure (the check stage's reading). */
    public EdiMessageCursor(byte[] interchange, Charset charset, TransactionSchemas schemas) {
        this(interchange, charset, schemas, true);
    }

    /**
     * @param validateStructure true: StAEDI validates each message against its schema and reports
     *     the groups; false: the schema's groups are only followed (four times faster), for
     *     translating documents the check stage has already validated. Envelopes and control
     *     counts are validated either way.
     */
    public EdiMessageCursor(byte[] interchange, Charset charset, TransactionSchemas schemas, boolean validateStructure) {
        this.schemas = schemas;
        this.validateStructure = validateStructure;
        try {
            this.reader = FACTORY.createEDIStreamReader(new ByteArrayInputStream(interchange), charset.name());
        } catch (EDIStreamException e) {
            throw new IllegalArgumentException("unsupported character set " + charset, e);
        }
    }

    private static EDIInputFactory newFactory() {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
        // StAEDI 1.26 applies this switch to every code list, not only the envelope's: turned
        // off, no message element is ever checked against its codes. See ignored().
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_CODE_VALUES, true);
        return factory;
    }

    /** Problems found so far, in document order. */
    public List<Rejection> problems() {
        return List.copyOf(problems);
    }

    /**
     * Reads up to the end of the next message header (UNH or ST), attaching the message's
     * transaction schema, so the caller can choose a mapping before any SAX event is sent.
     * Skips whatever is left of the previous message if it was not emitted.
     *
     * @return the header, or empty when the interchange holds no further message
     */
    public Optional<MessageHeader> nextMessage() {
        if (finished) {
            return Optional.empty();
        }
        try {
            if (current != null && !emitted) {
                drainMessage(null);
            }
            current = null;
            emitted = false;
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                switch (event) {
                    case START_SEGMENT -> startSegment();
                    case ELEMENT_DATA -> segment.data(reader);
                    case END_SEGMENT -> {
                        MessageHeader header = endOfHeaderSegment();
                        if (header != null) {
                            return Optional.of(header);
                        }
                    }
                    case END_GROUP -> groupHeader = null;
                    case START_INTERCHANGE -> {
                        if (++interchanges > 1) {
                            // the envelope readers refuse this too; never map messages nobody identified
                            problems.add(Rejection.of(Reason.DATA_AFTER_INTERCHANGE, Position.segment(segmentIndex + 1, null),
                                    Reason.DATA_AFTER_INTERCHANGE.description()));
                            finished = true;
                            return Optional.empty();
                        }
                    }
                    case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> {
                        if (!ignored(event)) {
                            problems.add(problem(event));
                        }
                    }
                    default -> { }
                }
            }
        } catch (EDIStreamException e) {
            problems.add(EdiProblems.fromException(e, segmentIndex, segment.tag()));
        }
        finished = true;
        return Optional.empty();
    }

    private MessageHeader endOfHeaderSegment() {
        String tag = segment.tag();
        switch (tag) {
            case "UNB", "ISA" -> interchangeHeader = segment.copy();
            case "UNG", "GS" -> groupHeader = segment.copy();
            case "UNH", "ST" -> {
                messageHeader = segment.copy();
                groups = null;
                definitions = null;
                String type = null;
                String[] version = null;
                try {
                    type = reader.getTransactionType();
                    version = reader.getTransactionVersion();
                } catch (IllegalStateException e) {
                    // StAEDI throws rather than answer null when the header names no type or version
                }
                if (type == null || version == null || version.length == 0) {
                    problems.add(Rejection.of(Reason.MISSING_ELEMENT, Position.element(segmentIndex, tag, "UNH".equals(tag) ? 2 : 1, 0),
                            "the message header " + tag + " does not name its message type and version"));
                    type = type == null ? "" : type;
                    version = new String[0];
                } else {
                    attachStructure();
                }
                current = new MessageHeader(reader.getStandard(), type, version,
                        messageHeader.value("ST".equals(tag) ? "e02" : "e01"), segmentIndex);
                return current;
            }
            default -> { }
        }
        return null;
    }

    private void attachStructure() {
        schemas.schemaFor(reader).ifPresent(schema -> {
            if (validateStructure) {
                reader.setTransactionSchema(schema);
            } else {
                definitions = SegmentGroups.of(schema);
                groups = definitions.tracker();
            }
        });
    }

    /**
     * Reads the message whose header {@link #nextMessage()} returned into the model mappings
     * read: an {@code interchange} group holding the envelope headers (UNB/ISA, UNG/GS) and the
     * {@code message} group with its segments and segment groups.
     */
    public EdiNode.Group readMessage() {
        EdiNode.Group interchange = new EdiNode.Group("interchange");
        if (interchangeHeader != null) {
            interchange.add(interchangeHeader.toNode());
        }
        if (groupHeader != null) {
            interchange.add(groupHeader.toNode());
        }
        ModelSink sink = new ModelSink();
        interchange.add(sink.message);
        readCurrent(sink);
        return interchange;
    }

    private void readCurrent(MessageSink sink) {
        if (current == null || emitted) {
            throw new IllegalStateException("call nextMessage() first");
        }
        emitted = true;
        sink.segment(messageHeader);
        try {
            drainMessage(sink);
        } catch (EDIStreamException e) {
            problems.add(EdiProblems.fromException(e, segmentIndex, segment.tag()));
            finished = true;
        }
    }

    /** Where the segments and group boundaries of a message go. */
    private interface MessageSink extends SegmentGroups.Tracker.Boundaries {
        void segment(SegmentAttributes segment);
    }

    private static final class ModelSink implements MessageSink {
        private final EdiNode.Group message = new EdiNode.Group("message");
        private final EdiNode.Group[] open = new EdiNode.Group[40];
        private int depth;

        ModelSink() {
            open[0] = message;
        }

        @Override
        public void segment(SegmentAttributes segment) {
            open[depth].add(segment.toNode());
        }

        @Override
        public void opened(String code) {
            EdiNode.Group group = new EdiNode.Group(code);
            open[depth].add(group);
            if (depth + 1 < open.length) {
                open[++depth] = group;
            }
        }

        @Override
        public void closed(String code) {
            if (depth > 0) {
                open[depth--] = null;
            }
        }
    }

    /** Reads to the end of the current message, sending its segments to {@code sink} if given. */
    private void drainMessage(MessageSink sink) throws EDIStreamException {
        boolean tracked = sink != null && groups != null;
        while (reader.hasNext()) {
            EDIStreamEvent event = reader.next();
            switch (event) {
                case START_SEGMENT -> {
                    startSegment();
                    if (tracked) {
                        String tag = segment.tag();
                        segment.start(tag, definitions.composites(tag));
                        if ("UNT".equals(tag) || "SE".equals(tag)) {
                            groups.end(sink);
                        } else {
                            groups.segment(tag, sink);
                        }
                    }
                }
                case ELEMENT_DATA -> segment.data(reader);
                case END_SEGMENT -> {
                    if (sink != null) {
                        sink.segment(segment);
                    }
                }
                case START_LOOP -> {
                    if (sink != null) {
                        sink.opened(reader.getReferenceCode());
                    }
                }
                case END_LOOP -> {
                    if (sink != null) {
                        sink.closed(reader.getReferenceCode());
                    }
                }
                case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> {
                    if (!ignored(event)) {
                        problems.add(problem(event));
                    }
                }
                case END_TRANSACTION -> {
                    return;
                }
                default -> { }
            }
        }
        problems.add(Rejection.of(Reason.TRUNCATED_INTERCHANGE, Position.segment(segmentIndex, segment.tag()),
                "the interchange ends inside a message"));
        finished = true;
    }

    /** Reads the rest of the interchange (trailers and their counts) after the last message. */
    public void finish() {
        while (nextMessage().isPresent()) {
            // each further message is skipped; its problems are still collected
        }
    }

    private void startSegment() {
        segmentIndex++;
        segment.start(reader.getText());
    }

    /**
     * EDIFACT code values are not held against the directory's code lists: association-assigned
     * messages (EANCOM's {@code LIN+1++4012345100013:SRV}) use codes the UN list lacks, and StAEDI's
     * syntax 4 list of UNB S001/0001 lacks UNOW (UTF-8), which the identify stage has accepted.
     * X12 schemas enumerate only closed lists, and those are checked.
     */
    private boolean ignored(EDIStreamEvent event) {
        return event == EDIStreamEvent.ELEMENT_DATA_ERROR && reader.getErrorType() == EDIStreamValidationError.INVALID_CODE_VALUE
                && "EDIFACT".equals(reader.getStandard());
    }

    private Rejection problem(EDIStreamEvent event) {
        Location location = reader.getLocation();
        // StAEDI reports segment errors (unexpected, missing, repeated too often) before the
        // START_SEGMENT of the segment that revealed them: that segment is the next one.
        int at = event == EDIStreamEvent.SEGMENT_ERROR ? segmentIndex + 1 : segmentIndex;
        return EdiProblems.fromStaedi(reader.getErrorType(), event, at, location, reader.getReferenceCode());
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
