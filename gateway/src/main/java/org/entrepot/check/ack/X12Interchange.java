package org.entrepot.check.ack;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.entrepot.identify.Delimiters;
import org.entrepot.identify.Envelope;

/**
 * Writes an X12 acknowledgement interchange addressed back to the sender of the original: ISA
 * with sender and receiver swapped, the original's delimiters (a partner reads its own), the
 * original's test indicator, and no acknowledgement requested (ISA14 = 0: acks are never acked).
 * Segments end with the segment terminator and a line break.
 */
final class X12Interchange {

    /** ISA11 from 00402 on is the repetition separator; this one when the original had none. */
    private static final char DEFAULT_REPETITION = '^';
    private static final DateTimeFormatter ISA_DATE = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter GS_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");

    private final Envelope original;
    private final String version;
    private final String controlNumber;
    private final ZonedDateTime at;
    private final char element;
    private final char component;
    private final char terminator;
    private final List<String> segments = new ArrayList<>();
    private int groups;

    /**
     * @param original      the envelope of the interchange being answered
     * @param version       ISA12 of the acknowledgement, e.g. {@code 00401}
     * @param controlNumber the acknowledgement's ISA13: up to nine digits, zero-padded here
     * @param at            when the acknowledgement is prepared (ISA09/ISA10, GS04/GS05)
     */
    X12Interchange(Envelope original, String version, String controlNumber, ZonedDateTime at) {
        if (controlNumber == null || !controlNumber.matches("[0-9]{1,9}")) {
            throw new IllegalArgumentException("an X12 interchange control number is one to nine digits, not " + controlNumber);
        }
        this.original = original;
        this.version = version;
        this.controlNumber = "0".repeat(9 - controlNumber.length()) + controlNumber;
        this.at = at;
        Delimiters delimiters = original.delimiters() != null ? original.delimiters() : new Delimiters('~', '*', '>', '^', Delimiters.NONE, '.');
        this.element = delimiters.elementSeparator();
        this.component = delimiters.componentSeparator();
        this.terminator = delimiters.segmentTerminator();
    }

    char componentSeparator() {
        return component;
    }

    /** GS06 of the acknowledgement's group: the interchange number without its padding. */
    String groupControlNumber() {
        return String.valueOf(Long.parseLong(controlNumber));
    }

    /** Adds a segment; trailing empty elements are left out, as X12 requires. */
    void segment(String tag, String... elements) {
        int last = elements.length;
        while (last > 0 && (elements[last - 1] == null || elements[last - 1].isEmpty())) {
            last--;
        }
        StringBuilder text = new StringBuilder(tag);
        for (String value : Arrays.copyOf(elements, last)) {
            text.append(element).append(value == null ? "" : value);
        }
        segments.add(text.toString());
    }

    int segmentCount() {
        return segments.size();
    }

    /** Opens the functional group of the acknowledgement, from the original group's receiver back to its sender. */
    void functionalGroup(String applicationSender, String applicationReceiver, String groupVersion) {
        groups++;
        segment("GS", "FA", applicationSender, applicationReceiver, at.format(GS_DATE), at.format(TIME),
                groupControlNumber(), "X", groupVersion);
    }

    void endFunctionalGroup(int transactionSets) {
        segment("GE", String.valueOf(transactionSets), groupControlNumber());
    }

    String text() {
        StringBuilder out = new StringBuilder(isa()).append(terminator).append('\n');
        for (String segment : segments) {
            out.append(segment).append(terminator).append('\n');
        }
        out.append("IEA").append(element).append(groups).append(element).append(controlNumber).append(terminator).append('\n');
        return out.toString();
    }

    private String isa() {
        String[] fields = {
            "00", " ".repeat(10), "00", " ".repeat(10),
            pad(original.receiverQualifier(), 2), pad(original.receiverId(), 15),
            pad(original.senderQualifier(), 2), pad(original.senderId(), 15),
            at.format(ISA_DATE), at.format(TIME), String.valueOf(repetitionOrStandard()), version, controlNumber,
            "0", original.test() ? "T" : "P", String.valueOf(component)};
        return "ISA" + element + String.join(String.valueOf(element), fields);
    }

    /** Before 00402, ISA11 is the standards identifier U; from then on the repetition separator. */
    private char repetitionOrStandard() {
        if (version.compareTo("00402") < 0) {
            return 'U';
        }
        Delimiters delimiters = original.delimiters();
        return delimiters != null && delimiters.hasRepetitionSeparator() ? delimiters.repetitionSeparator() : DEFAULT_REPETITION;
    }

    private static String pad(String value, int width) {
        String text = value.length() > width ? value.substring(0, width) : value;
        return text + " ".repeat(width - text.length());
    }
}
