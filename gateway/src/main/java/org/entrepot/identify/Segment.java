package org.entrepot.identify;

import java.util.List;
import org.entrepot.document.Position;

/**
 * One EDI segment as the envelope readers see it: its number in the interchange, its tag and its
 * elements split into components, with release characters already applied.
 *
 * @param number     1-based position in the interchange
 * @param tag        the segment tag as written (may be garbage in a hostile document)
 * @param elements   data elements after the tag, each a list of components
 * @param terminated false when the input ended before the segment terminator
 */
record Segment(int number, String tag, List<List<String>> elements, boolean terminated) {

    /** Longest tag shown in a position; a garbage "tag" can be the whole document. */
    private static final int TAG_EXCERPT = 12;

    /** The component's value, 1-based; empty when the element or component is absent. */
    String value(int element, int component) {
        if (element < 1 || element > elements.size()) {
            return "";
        }
        List<String> components = elements.get(element - 1);
        return component < 1 || component > components.size() ? "" : components.get(component - 1);
    }

    boolean is(String expectedTag) {
        return tag.equals(expectedTag);
    }

    Position position() {
        return Position.segment(number, safeTag());
    }

    Position at(int element, int component) {
        return Position.element(number, safeTag(), element, component);
    }

    private String safeTag() {
        return Excerpt.of(tag, TAG_EXCERPT);
    }
}
