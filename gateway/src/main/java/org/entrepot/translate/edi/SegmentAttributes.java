package org.entrepot.translate.edi;

import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;
import org.xml.sax.helpers.AttributesImpl;

/** The data elements of one segment, collected as attributes until the segment ends. */
final class SegmentAttributes {

    private final AttributesImpl attributes = new AttributesImpl();
    private final StringBuilder name = new StringBuilder(12);
    private static final boolean[] UNKNOWN = new boolean[0];

    private String tag;
    private boolean[] composites = UNKNOWN;

    void start(String segmentTag) {
        start(segmentTag, UNKNOWN);
    }

    /** @param compositePositions which positions are composites, when the reader was not told */
    void start(String segmentTag, boolean[] compositePositions) {
        tag = segmentTag;
        composites = compositePositions;
        attributes.clear();
    }

    String tag() {
        return tag;
    }

    /** Adds the reader's current element; empty elements are left out. */
    void data(EDIStreamReader reader) {
        if (reader.getTextLength() == 0) {
            return;
        }
        Location location = reader.getLocation();
        name.setLength(0);
        name.append('e');
        twoDigits(location.getElementPosition());
        if (location.getElementOccurrence() > 1) {
            name.append('r').append(location.getElementOccurrence());
        }
        int element = location.getElementPosition();
        if (location.getComponentPosition() > 0) {
            name.append('_');
            twoDigits(location.getComponentPosition());
        } else if (element < composites.length && composites[element]) {
            name.append("_01");
        }
        String attribute = name.toString();
        attributes.addAttribute("", attribute, attribute, "CDATA", reader.getText());
    }

    /** The value of one data element by its attribute name ({@code e01}, {@code e02_01}), or null. */
    String value(String attribute) {
        return attributes.getValue(attribute);
    }

    /** The segment as the mapping model's node. */
    EdiNode.Segment toNode() {
        int length = attributes.getLength();
        String[] keys = new String[length];
        String[] values = new String[length];
        for (int i = 0; i < length; i++) {
            keys[i] = attributes.getQName(i);
            values[i] = attributes.getValue(i);
        }
        return new EdiNode.Segment(tag, keys, values);
    }

    SegmentAttributes copy() {
        SegmentAttributes copy = new SegmentAttributes();
        copy.tag = tag;
        copy.attributes.setAttributes(attributes);
        return copy;
    }

    private void twoDigits(int value) {
        if (value < 10) {
            name.append('0');
        }
        name.append(value);
    }
}
