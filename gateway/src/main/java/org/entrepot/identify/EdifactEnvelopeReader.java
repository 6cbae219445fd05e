package org.entrepot.identify;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.entrepot.document.Outcome;
import org.entrepot.document.Position;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.entrepot.document.Syntax;

/**
 * Reads an EDIFACT interchange's envelope: the UNA service string advice if present, the UNB
 * interchange header and the UNH message headers. Segments are numbered from 1 across the
 * interchange, UNA included, so positions match what an operator counts in the file.
 *
 * <p>The text is split twice. The first pass reads only UNB's syntax identifier from the
 * opening bytes taken one byte per character; that identifier names the character set, and the second
 * pass decodes the interchange with it. Service characters are ASCII, and no supported
 * character set uses ASCII bytes inside a multi-byte character, so both passes split alike.
 */
public final class EdifactEnvelopeReader implements EnvelopeReader {

    private static final String SUPPORTED_VERSIONS = "1234";
    /**
     * The first pass needs only UNA and the start of UNB, whose first element is the syntax
     * identifier; a real UNB is a few hundred characters at most.
     */
    private static final int HEAD_WINDOW = 2048;

    /** The secure authentication and acknowledgement message, which may follow the messages it secures. */
    public static final String AUTACK = "AUTACK";

    @Override
    public Outcome<Envelope> read(byte[] document) {
        return head(document).then(head -> {
            String text = new String(document, head.body(), document.length - head.body(), head.level().charset());
            SegmentScanner scanner = new SegmentScanner(text, 0, head.delimiters(), head.firstSegment());
            return readHeaderAndMessages(scanner, head.level(), head.delimiters());
        });
    }

    /**
     * Only the character set the UNB declares, read from the opening bytes: what a stage that
     * has already identified the interchange needs to decode it, without scanning every segment.
     */
    public Outcome<Charset> charset(byte[] document) {
        return head(document).map(head -> head.level().charset());
    }

    /** What the service string advice and the UNB's syntax identifier say, from the opening bytes. */
    private record Head(Delimiters delimiters, SyntaxLevel level, int body, int firstSegment) {
    }

    private Outcome<Head> head(byte[] document) {
        int start = document == null ? 0 : SyntaxSniffer.contentStart(document);
        if (document == null || start == document.length) {
            return Outcome.rejected(Rejection.of(Reason.EMPTY_DOCUMENT, Position.NONE, null));
        }
        String head = new String(document, start, Math.min(document.length - start, HEAD_WINDOW), StandardCharsets.ISO_8859_1);
        Delimiters delimiters = Delimiters.EDIFACT_DEFAULT;
        int adviceLength = 0;
        int firstSegment = 1;
        boolean advised = head.startsWith("UNA");
        if (advised) {
            Outcome<Delimiters> declared = ServiceStringAdvice.read(head, 0);
            if (!declared.isAccepted()) {
                return Outcome.rejected(declared.rejections());
            }
            delimiters = declared.value();
            adviceLength = ServiceStringAdvice.LENGTH;
            firstSegment = 2;
        }

        Segment unb = new SegmentScanner(head, adviceLength, delimiters, firstSegment).next();
        if (unb == null || !unb.is("UNB")) {
            String found = unb == null ? "the end of the input" : "segment " + Excerpt.quoted(unb.tag());
            Position where = unb == null ? Position.segment(firstSegment, null) : unb.position();
            // A UNA with one character too many shifts every role by one; say what it declared.
            String hint = advised ? " (the UNA declares segment terminator "
                    + Excerpt.quoted(String.valueOf(delimiters.segmentTerminator())) + "; a UNA has exactly six service characters)" : "";
            return reject(Reason.BAD_INTERCHANGE_HEADER, where, "expected the interchange header UNB, found " + found + hint);
        }
        Outcome<SyntaxLevel> level = syntaxLevel(unb);
        if (!level.isAccepted()) {
            return Outcome.rejected(level.rejections());
        }
        if (!advised && level.value().version().equals("4")) {
            // ISO 9735 version 4 adds '*' as the default repetition separator.
            delimiters = delimiters.withRepetitionSeparator('*');
        }
        return Outcome.accepted(new Head(delimiters, level.value(), start + adviceLength, firstSegment));
    }

    private Outcome<Envelope> readHeaderAndMessages(SegmentScanner scanner, SyntaxLevel level, Delimiters delimiters) {
        Segment unb = scanner.next();
        List<Rejection> problems = new ArrayList<>();
        require(unb, 2, 1, "sender identification (S002/0004)", problems);
        require(unb, 3, 1, "recipient identification (S003/0010)", problems);
        require(unb, 4, 1, "date of preparation (S004/0017)", problems);
        require(unb, 4, 2, "time of preparation (S004/0019)", problems);
        require(unb, 5, 1, "interchange control reference (0020)", problems);
        if (!problems.isEmpty()) {
            return Outcome.rejected(problems);
        }
        if (!unb.terminated()) {
            return reject(Reason.TRUNCATED_INTERCHANGE, unb.position(), "the interchange ends inside UNB");
        }

        Segment firstMessage = null;
        Segment last = unb;
        List<String> references = new ArrayList<>();
        Segment segment;
        while (!last.is("UNZ") && (segment = scanner.next()) != null) {
            last = segment;
            if (segment.is("UNH") && !segment.value(2, 1).equals(AUTACK)) {
                // an AUTACK secures the messages beside it (ISO 9735-6); it is not a document of its own
                firstMessage = firstMessage == null ? segment : firstMessage;
                references.add(segment.value(1, 1));
                if (!segment.value(2, 1).equals(firstMessage.value(2, 1))) {
                    // one interchange, one agreement: a second document type must not ride along
                    return reject(Reason.MIXED_MESSAGE_TYPES, segment.position(), "message " + Excerpt.quoted(segment.value(1, 1))
                            + " is " + Excerpt.quoted(segment.value(2, 1)) + " but the interchange began with "
                            + Excerpt.quoted(firstMessage.value(2, 1)));
                }
            }
        }
        if (last.is("UNZ") && (segment = scanner.next()) != null) {
            // a second interchange behind the first would escape identification and the agreement
            return reject(Reason.DATA_AFTER_INTERCHANGE, segment.position(), "segment " + Excerpt.quoted(segment.tag())
                    + " follows the interchange trailer UNZ");
        }
        if (firstMessage == null) {
            return reject(Reason.NO_MESSAGE, last.position(), last.is("UNZ")
                    ? "the interchange holds no message: UNZ follows without any UNH"
                    : "the interchange holds no message: no UNH follows UNB");
        }
        return messageHeader(firstMessage)
                .map(unh -> envelope(unb, unh, level, delimiters, references));
    }

    private Outcome<Segment> messageHeader(Segment unh) {
        if (!unh.terminated()) {
            return Outcome.rejected(Rejection.of(Reason.TRUNCATED_INTERCHANGE, unh.position(),
                    "the interchange ends inside the first UNH"));
        }
        List<Rejection> problems = new ArrayList<>();
        require(unh, 1, 1, "message reference number (0062)", problems);
        require(unh, 2, 1, "message type (S009/0065)", problems);
        return problems.isEmpty() ? Outcome.accepted(unh) : Outcome.rejected(problems);
    }

    private static Envelope envelope(Segment unb, Segment unh, SyntaxLevel level, Delimiters delimiters,
                                     List<String> references) {
        EnvelopePositions positions = new EnvelopePositions(unb.position(), unb.at(2, 1), unb.at(3, 1), unh.at(2, 1));
        return new Envelope(Syntax.EDIFACT,
                unb.value(2, 2), unb.value(2, 1),
                unb.value(3, 2), unb.value(3, 1),
                unb.value(5, 1), unb.value(4, 1) + ":" + unb.value(4, 2), "",
                unh.value(2, 1), unh.value(2, 2), unh.value(2, 3),
                level.identifier(), level.version(), level.charset(),
                unb.value(11, 1).equals("1"), delimiters, references, positions);
    }

    /** S001: the syntax identifier names the character set, the version the rules in force. */
    private static Outcome<SyntaxLevel> syntaxLevel(Segment unb) {
        String identifier = unb.value(1, 1);
        String version = unb.value(1, 2);
        if (identifier.isEmpty()) {
            return reject(Reason.BAD_INTERCHANGE_HEADER, unb.at(1, 1), "UNB has no syntax identifier (S001/0001)");
        }
        Optional<Charset> charset = EdifactCharsets.forSyntaxIdentifier(identifier);
        if (charset.isEmpty()) {
            return reject(Reason.UNSUPPORTED_SYNTAX_VERSION, unb.at(1, 1), "syntax identifier "
                    + Excerpt.quoted(identifier) + " is not supported; expected one of "
                    + String.join(", ", EdifactCharsets.identifiers()));
        }
        if (version.isEmpty()) {
            return reject(Reason.BAD_INTERCHANGE_HEADER, unb.at(1, 2), "UNB has no syntax version (S001/0002)");
        }
        if (version.length() != 1 || SUPPORTED_VERSIONS.indexOf(version.charAt(0)) < 0) {
            return reject(Reason.UNSUPPORTED_SYNTAX_VERSION, unb.at(1, 2), "syntax version "
                    + Excerpt.quoted(version) + " is not supported; expected 1, 2, 3 or 4");
        }
        return Outcome.accepted(new SyntaxLevel(identifier, version, charset.get()));
    }

    private static void require(Segment segment, int element, int component, String what, List<Rejection> problems) {
        if (segment.value(element, component).isBlank()) {
            problems.add(Rejection.of(Reason.BAD_INTERCHANGE_HEADER, segment.at(element, component),
                    segment.tag() + " has no " + what));
        }
    }

    private static <T> Outcome<T> reject(Reason reason, Position position, String message) {
        return Outcome.rejected(Rejection.of(reason, position, message));
    }

    /** UNB S001 as understood: identifier, version and the character set the identifier names. */
    private record SyntaxLevel(String identifier, String version, Charset charset) {
    }
}
