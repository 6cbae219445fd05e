package org.entrepot.check.directory;

import java.util.List;

/**
 * A composite data element, e.g. C082 Party identification details, with its components in
 * order. A component the directory lets repeat (C080's 3036 five times) is already spread over
 * consecutive positions, as EDIFACT syntax 3 writes it.
 */
record Composite(String id, String title, List<ElementPosition> components) {

    Composite {
        components = List.copyOf(components);
    }
}
