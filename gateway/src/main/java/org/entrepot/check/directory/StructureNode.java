package org.entrepot.check.directory;

import java.util.List;

/** One entry of a message's branching diagram: a segment or a segment group. */
sealed interface StructureNode {

    int minOccurs();

    int maxOccurs();

    /** A segment used at this place of the message, e.g. {@code DTM} up to 35 times. */
    record SegmentUse(String tag, int minOccurs, int maxOccurs) implements StructureNode {
    }

    /** Segment group {@code number} (SG25) with its segments and nested groups in order. */
    record Group(int number, int minOccurs, int maxOccurs, List<StructureNode> children) implements StructureNode {

        public Group {
            children = List.copyOf(children);
        }

        /** The loop code StAEDI reports in START_LOOP events, e.g. {@code SG25}. */
        String code() {
            return "SG" + number;
        }
    }
}
