package org.entrepot.check.directory;

import java.util.List;

/**
 * A segment of an EDIFACT directory, e.g. NAD Name and address, with its element and composite
 * positions in order (repeated positions already spread out, like {@link Composite}).
 */
record Segment(String tag, String title, List<ElementPosition> elements) {

    Segment {
        elements = List.copyOf(elements);
    }
}
