package org.entrepot.identify;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.entrepot.document.Outcome;
import org.entrepot.document.Position;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.entrepot.document.Syntax;

/**
 * Reads an X12 interchange's envelope: the ISA interchange header, the first GS functional
 * group header and the ST transaction set headers.
 *
 * <p>ISA is fixed width (106 characters), which is how a reader learns the delimiters before
 * it can split anything: the element separator is the 4th character, the component separator
 * the 105th and the segment terminator the 106th. X12 declares no character set; the envelope
 * is ASCII and the content is taken as UTF-8, of which ASCII is a subset.
 */
public final class X12EnvelopeReader implements EnvelopeReader {

    /** Widths of ISA01 to ISA16, fixed by the standard. */
    private static final int[] WIDTHS = {2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1};
    private static final int ISA_LENGTH = 106;
    private static final Pattern VERSION = Pattern.compile("00[2-8][0-9][0-9]");
    private static final Pattern CONTROL_NUMBER = Pattern.compile("[0-9]{9}");
    /** From 00402 on, ISA11 is the repetition separator; before, it was a standards code ('U'). */
    private static final String FIRST_VERSION_WITH_REPETITION = "00402";

    @Override
    public Outcome<Envelope> read(byte[] document) {
        int start = document == null ? 0 : SyntaxSniffer.contentStart(document);
        if (document == null || start == document.length) {
            return Outcome.rejected(Rejection.of(Reason.EMPTY_DOCUMENT, Position.NONE, null));
        }
        // One character per byte, so the fixed ISA positions hold whatever bytes arrive.
        String text = new String(document, start, document.length - start, StandardCharsets.ISO_8859_1);
        if (!text.startsWith("ISA")) {
            return reject(Reason.BAD_INTERCHANGE_HEADER, Position.segment(1, null),
                    "expected the interchange header ISA, found " + Excerpt.quoted(text.substring(0, Math.min(3, text.length()))));
        }
        return interchangeHeader(text).then(isa -> groupAndTransactions(text, isa));
    }

    private Outcome<Isa> interchangeHeader(String text) {
        if (text.length() < 4) {
            return malformed(1, "the ISA segment is cut short before ISA01; ISA is always 106 characters");
        }
        char separator = text.charAt(3);
        if (!isDelimiter(separator)) {
            return malformed(1, "the character after ISA, " + Excerpt.quoted(String.valueOf(separator))
                    + ", cannot be an element separator");
        }
        String[] fields = new String[WIDTHS.length + 1];
        int position = 4;
        for (int element = 1; element <= WIDTHS.length; element++) {
            int end = position + WIDTHS[element - 1];
            if (end >= text.length()) {
                return malformed(element, String.format(
                        "the ISA segment is cut short in ISA%02d; ISA is always %d characters", element, ISA_LENGTH));
            }
            fields[element] = text.substring(position, end);
            if (element < WIDTHS.length && text.charAt(end) != separator) {
                return malformed(element, String.format(
                        "ISA%02d must be %d characters wide, followed by the element separator", element, WIDTHS[element - 1]));
            }
            position = end + 1;
        }
        return Isa.of(fields, separator, text.charAt(ISA_LENGTH - 1));
    }

    private Outcome<Envelope> groupAndTransactions(String text, Isa isa) {
        SegmentScanner scanner = new SegmentScanner(text, ISA_LENGTH, isa.delimiters(), 2);
        Segment gs = scanner.next();
        if (gs == null) {
            return reject(Reason.TRUNCATED_INTERCHANGE, Position.segment(1, "ISA"), "the interchange ends after ISA");
        }
        if (gs.is("IEA") || gs.is("TA1")) {
            return reject(Reason.NO_MESSAGE, gs.position(), "the interchange holds no functional group (GS)");
        }
        if (!gs.is("GS")) {
            return reject(Reason.BAD_INTERCHANGE_HEADER, gs.position(),
                    "expected the functional group header GS, found segment " + Excerpt.quoted(gs.tag()));
        }
        if (!gs.terminated()) {
            return reject(Reason.TRUNCATED_INTERCHANGE, gs.position(), "the interchange ends inside GS");
        }
        Segment firstTransaction = null;
        Segment last = gs;
        List<String> references = new ArrayList<>();
        Segment segment;
        while (!last.is("IEA") && (segment = scanner.next()) != null) {
            last = segment;
            if (segment.is("ST")) {
                firstTransaction = firstTransaction == null ? segment : firstTransaction;
                references.add(segment.value(2, 1));
                if (!segment.value(1, 1).equals(firstTransaction.value(1, 1))) {
                    // one interchange, one agreement: a second transaction set type must not ride along
                    return reject(Reason.MIXED_MESSAGE_TYPES, segment.position(), "transaction set " + Excerpt.quoted(segment.value(2, 1))
                            + " is " + Excerpt.quoted(segment.value(1, 1)) + " but the interchange began with "
                            + Excerpt.quoted(firstTransaction.value(1, 1)));
                }
            }
        }
        if (last.is("IEA") && (segment = scanner.next()) != null) {
            // a second interchange behind the first would escape identification and the agreement
            return reject(Reason.DATA_AFTER_INTERCHANGE, segment.position(), "segment " + Excerpt.quoted(segment.tag())
                    + " follows the interchange trailer IEA");
        }
        if (firstTransaction == null) {
            return reject(Reason.NO_MESSAGE, last.position(), "the interchange holds no transaction set (ST)");
        }
        return transactionHeader(firstTransaction).map(st -> envelope(isa, gs, st, references));
    }

    private Outcome<Segment> transactionHeader(Segment st) {
        if (!st.terminated()) {
            return reject(Reason.TRUNCATED_INTERCHANGE, st.position(), "the interchange ends inside the first ST");
        }
        List<Rejection> problems = new ArrayList<>();
        if (st.value(1, 1).isBlank()) {
            problems.add(Rejection.of(Reason.BAD_INTERCHANGE_HEADER, st.at(1, 0), "ST has no transaction set identifier (ST01)"));
        }
        if (st.value(2, 1).isBlank()) {
            problems.add(Rejection.of(Reason.BAD_INTERCHANGE_HEADER, st.at(2, 0), "ST has no control number (ST02)"));
        }
        return problems.isEmpty() ? Outcome.accepted(st) : Outcome.rejected(problems);
    }

    private static Envelope envelope(Isa isa, Segment gs, Segment st, List<String> references) {
        String version = gs.value(8, 1).isBlank() ? st.value(3, 1) : gs.value(8, 1);
        Position header = Position.segment(1, "ISA");
        EnvelopePositions positions = new EnvelopePositions(header,
                Position.element(1, "ISA", 6, 0), Position.element(1, "ISA", 8, 0), st.at(1, 0));
        return new Envelope(Syntax.X12,
                isa.field(5), isa.field(6), isa.field(7), isa.field(8),
                isa.field(13), isa.field(9) + ":" + isa.field(10), gs.value(1, 1),
                st.value(1, 1), version, "",
                "X12", isa.field(12), StandardCharsets.UTF_8,
                isa.field(15).equals("T"), isa.delimiters(), references, positions);
    }

    /** Delimiters are punctuation or control characters: never letters, digits or spaces. */
    static boolean isDelimiter(char c) {
        return c < 0x7F && !Character.isLetterOrDigit(c) && c != ' ' && c != 0;
    }

    private static <T> Outcome<T> malformed(int element, String message) {
        return reject(Reason.BAD_INTERCHANGE_HEADER, Position.element(1, "ISA", element, 0), message);
    }

    private static <T> Outcome<T> reject(Reason reason, Position position, String message) {
        return Outcome.rejected(Rejection.of(reason, position, message));
    }

    /** The sixteen ISA fields, checked, with the delimiters they declare. */
    private record Isa(String[] fields, Delimiters delimiters) {

        static Outcome<Isa> of(String[] fields, char elementSeparator, char terminator) {
            char component = fields[16].charAt(0);
            if (!isDelimiter(component) || component == elementSeparator) {
                return malformed(16, "ISA16 " + Excerpt.quoted(fields[16]) + " cannot be the component separator");
            }
            if (!isDelimiter(terminator) || terminator == elementSeparator || terminator == component) {
                return malformed(16, "the character after ISA16, " + Excerpt.quoted(String.valueOf(terminator))
                        + ", cannot be the segment terminator");
            }
            String version = fields[12];
            if (!VERSION.matcher(version).matches()) {
                return reject(Reason.UNSUPPORTED_SYNTAX_VERSION, Position.element(1, "ISA", 12, 0),
                        "interchange control version " + Excerpt.quoted(version) + " is not supported");
            }
            char repetition = Delimiters.NONE;
            if (version.compareTo(FIRST_VERSION_WITH_REPETITION) >= 0 && isDelimiter(fields[11].charAt(0))) {
                repetition = fields[11].charAt(0);
                if (repetition == elementSeparator || repetition == component || repetition == terminator) {
                    return malformed(11, "the repetition separator " + Excerpt.quoted(fields[11])
                            + " is already used as another delimiter");
                }
            }
            List<Rejection> problems = new ArrayList<>();
            check(fields[6].isBlank(), 6, "ISA06 has no sender identifier", problems);
            check(fields[8].isBlank(), 8, "ISA08 has no receiver identifier", problems);
            check(!CONTROL_NUMBER.matcher(fields[13]).matches(), 13,
                    "ISA13 " + Excerpt.quoted(fields[13]) + " is not a nine-digit control number", problems);
            check(!fields[15].equals("T") && !fields[15].equals("P"), 15,
                    "ISA15 " + Excerpt.quoted(fields[15]) + " must be T (test) or P (production)", problems);
            if (!problems.isEmpty()) {
                return Outcome.rejected(problems);
            }
            return Outcome.accepted(new Isa(fields,
                    new Delimiters(terminator, elementSeparator, component, repetition, Delimiters.NONE, '.')));
        }

        private static void check(boolean failed, int element, String message, List<Rejection> problems) {
            if (failed) {
                problems.add(Rejection.of(Reason.BAD_INTERCHANGE_HEADER, Position.element(1, "ISA", element, 0), message));
            }
        }

        /** A field without its fixed-width padding. */
        String field(int element) {
            return fields[element].strip();
        }
    }
}
