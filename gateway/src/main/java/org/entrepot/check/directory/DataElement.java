package org.entrepot.check.directory;

import java.util.List;

/**
 * A simple data element of an EDIFACT directory, e.g. 3035 Party qualifier (an..3).
 *
 * @param number the four-digit data element number, e.g. {@code 3035}
 * @param title  human name taken from the directory
 * @param base   StAEDI base type: {@code string} for alphanumeric, {@code decimal} for numeric
 * @param minLength minimum length of a present value (at least 1: an empty value is an absent one)
 * @param maxLength maximum length
 * @param codes  the code list the directory publishes for the element, empty when it publishes none
 */
record DataElement(String number, String title, String base, int minLength, int maxLength, List<String> codes) {

    DataElement {
        codes = List.copyOf(codes);
    }

    /** The name StAEDI knows the element type by, e.g. {@code DE3035}. */
    String schemaName() {
        return "DE" + number;
    }
}
