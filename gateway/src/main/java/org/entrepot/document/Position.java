package org.entrepot.document;

/**
 * Where in a document a problem sits. EDI positions count segments from 1 across the whole
 * interchange and elements/components from 1 inside the segment (0 = not applicable); XML
 * positions carry a path and a line.
 */
public record Position(int segment, String segmentTag, int element, int component, int line, String path) {

    public static final Position NONE = new Position(0, null, 0, 0, 0, null);

    public static Position segment(int segment, String tag) {
        return new Position(segment, tag, 0, 0, 0, null);
    }

    public static Position element(int segment, String tag, int element, int component) {
        return new Position(segment, tag, element, component, 0, null);
    }

    public static Position xml(String path, int line) {
        return new Position(0, null, 0, 0, line, path);
    }

    public static Position offset(int byteOffset) {
        return new Position(0, null, 0, 0, 0, "byte " + byteOffset);
    }

    public boolean isKnown() {
        return segment > 0 || line > 0 || path != null;
    }

    /** Human form, e.g. {@code segment 12 (UNT), element 1} or {@code /Invoice/cbc:ID (line 4)}. */
    @Override
    public String toString() {
        if (!isKnown()) {
            return "-";
        }
        StringBuilder text = new StringBuilder();
        if (segment > 0) {
            text.append("segment ").append(segment);
            if (segmentTag != null) {
                text.append(" (").append(segmentTag).append(')');
            }
            if (element > 0) {
                text.append(", element ").append(element);
            }
            if (component > 0) {
                text.append(", component ").append(component);
            }
        }
        if (path != null) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(path);
        }
        if (line > 0) {
            text.append(text.length() > 0 ? " (line " + line + ")" : "line " + line);
        }
        return text.toString();
    }
}
