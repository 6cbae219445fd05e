package org.entrepot.identify;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits EDI text into segments, elements and components. Works for EDIFACT (release character)
 * and X12 (none). Every call consumes at least one character, so any input ends the scan in
 * linear time; nothing here throws on bad input.
 */
final class SegmentScanner {

    /**
     * Envelope segments have at most a dozen elements of a few components. Beyond these bounds
     * elements are scanned but not kept: a hostile run of separators would otherwise cost an
     * object per input byte.
     */
    static final int MAX_ELEMENTS = 64;
    static final int MAX_COMPONENTS = 32;

    private final String text;
    private final Delimiters delimiters;
    private int position;
    private int nextNumber;

    /**
     * @param text        the interchange text
     * @param start       index where the first segment to return begins
     * @param delimiters  service characters to split with
     * @param firstNumber the number to give that segment (UNA and ISA count as segments)
     */
    SegmentScanner(String text, int start, Delimiters delimiters, int firstNumber) {
        this.text = text;
        this.position = start;
        this.delimiters = delimiters;
        this.nextNumber = firstNumber;
    }

    /** The next segment, or null at the end of the text. */
    Segment next() {
        skipLineBreaks();
        if (position >= text.length()) {
            return null;
        }
        List<List<String>> elements = new ArrayList<>();
        List<String> components = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean terminated = false;
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (delimiters.hasReleaseCharacter() && c == delimiters.releaseCharacter()) {
                if (position < text.length()) {
                    value.append(text.charAt(position++));
                }
            } else if (c == delimiters.segmentTerminator()) {
                terminated = true;
                break;
            } else if (c == delimiters.elementSeparator()) {
                if (elements.size() <= MAX_ELEMENTS) {
                    components.add(value.toString());
                    elements.add(components);
                    components = new ArrayList<>();
                } else {
                    components.clear();
                }
                value.setLength(0);
            } else if (c == delimiters.componentSeparator()) {
                if (components.size() < MAX_COMPONENTS) {
                    components.add(value.toString());
                }
                value.setLength(0);
            } else {
                value.append(c);
            }
        }
        components.add(value.toString());
        if (elements.size() <= MAX_ELEMENTS) {
            elements.add(components);
        }
        String tag = elements.get(0).get(0);
        return new Segment(nextNumber++, tag, List.copyOf(elements.subList(1, elements.size())), terminated);
    }

    /**
     * Senders often put CR/LF after each terminator for readability; they belong to no segment.
     * When the terminator is itself a line break, this skips empty segments, which mean nothing.
     */
    private void skipLineBreaks() {
        while (position < text.length() && (text.charAt(position) == '\r' || text.charAt(position) == '\n')) {
            position++;
        }
    }
}
