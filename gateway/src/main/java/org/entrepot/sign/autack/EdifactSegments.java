package org.entrepot.sign.autack;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An EDIFACT interchange split into segments that remember where their bytes lie, because
 * AUTACK hashes and signs the bytes as transmitted, not a re-serialization. The text is read as
 * ISO-8859-1, one char per byte, so char offsets are byte offsets whatever the declared
 * character set; the service characters and everything AUTACK reads are ASCII.
 */
final class EdifactSegments {

    /** Bounds the work a hostile interchange can cause; a real one has far fewer. */
    static final int MAX_SEGMENTS = 1_000_000;

    private EdifactSegments() {
    }

    /** The service characters in force: from UNA when present, else the ISO 9735 defaults. */
    record Delimiters(char component, char element, char release, char terminator) {
        static final Delimiters DEFAULT = new Delimiters(':', '+', '?', '\'');

        /** A value with the service characters released, ready to write. */
        String escape(String value) {
            StringBuilder out = new StringBuilder(value.length());
            for (char c : value.toCharArray()) {
                if (c == component || c == element || c == release || c == terminator) {
                    out.append(release);
                }
                out.append(c);
            }
            return out.toString();
        }
    }

    /**
     * One segment: its 1-based number (UNA not counted), tag, elements split into components
     * with releases applied, and its byte range {@code [start, end)} including the terminator.
     */
    record Segment(int number, String tag, List<List<String>> elements, int start, int end) {

        /** The component's value, 1-based; empty when absent. */
        String value(int element, int component) {
            if (element < 1 || element > elements.size()) {
                return "";
            }
            List<String> components = elements.get(element - 1);
            return component < 1 || component > components.size() ? "" : components.get(component - 1);
        }

        boolean is(String expected) {
            return tag.equals(expected);
        }
    }

    /** The interchange's segments and delimiters. */
    record Interchange(Delimiters delimiters, List<Segment> segments, String text) {
        byte[] bytes(int start, int end) {
            return text.substring(start, end).getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    static Interchange read(byte[] interchange) {
        String text = new String(interchange, StandardCharsets.ISO_8859_1);
        Delimiters delimiters = Delimiters.DEFAULT;
        int position = 0;
        if (text.startsWith("UNA") && text.length() >= 9) {
            delimiters = new Delimiters(text.charAt(3), text.charAt(4), text.charAt(6), text.charAt(8));
            position = 9;
        }
        List<Segment> segments = new ArrayList<>();
        while (segments.size() < MAX_SEGMENTS) {
            while (position < text.length() && (text.charAt(position) == '\r' || text.charAt(position) == '\n')) {
                position++;
            }
            if (position >= text.length()) {
                break;
            }
            int start = position;
            List<List<String>> elements = new ArrayList<>();
            List<String> components = new ArrayList<>();
            StringBuilder value = new StringBuilder();
            while (position < text.length()) {
                char c = text.charAt(position++);
                if (c == delimiters.release() && position < text.length()) {
                    value.append(text.charAt(position++));
                } else if (c == delimiters.terminator()) {
                    break;
                } else if (c == delimiters.element()) {
                    components.add(value.toString());
                    elements.add(components);
                    components = new ArrayList<>();
                    value.setLength(0);
                } else if (c == delimiters.component()) {
                    components.add(value.toString());
                    value.setLength(0);
                } else {
                    value.append(c);
                }
            }
            components.add(value.toString());
            elements.add(components);
            String tag = elements.get(0).get(0);
            segments.add(new Segment(segments.size() + 1, tag, List.copyOf(elements.subList(1, elements.size())),
                    start, position));
        }
        return new Interchange(delimiters, List.copyOf(segments), text);
    }
}
