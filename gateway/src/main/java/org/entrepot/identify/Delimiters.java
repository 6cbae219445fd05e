package org.entrepot.identify;

/**
 * The service characters of an EDI interchange. EDIFACT declares them in UNA (or uses the
 * defaults), X12 in fixed positions of ISA; later stages split segments with the same values.
 *
 * @param segmentTerminator   ends every segment ({@code '} in EDIFACT by default, often {@code ~} in X12)
 * @param elementSeparator    between data elements
 * @param componentSeparator  between components of a composite element
 * @param repetitionSeparator between repeats of an element, or {@link #NONE}
 * @param releaseCharacter    makes the next character literal (EDIFACT only), or {@link #NONE}
 * @param decimalMark         {@code .} or {@code ,}
 */
public record Delimiters(char segmentTerminator, char elementSeparator, char componentSeparator,
                         char repetitionSeparator, char releaseCharacter, char decimalMark) {

    /** Marks an unused service character. */
    public static final char NONE = 0;

    /** ISO 9735 defaults when an interchange has no UNA: {@code :+.? '}. */
    public static final Delimiters EDIFACT_DEFAULT = new Delimiters('\'', '+', ':', NONE, '?', '.');

    public boolean hasRepetitionSeparator() {
        return repetitionSeparator != NONE;
    }

    public boolean hasReleaseCharacter() {
        return releaseCharacter != NONE;
    }

    Delimiters withRepetitionSeparator(char repetition) {
        return new Delimiters(segmentTerminator, elementSeparator, componentSeparator, repetition,
                releaseCharacter, decimalMark);
    }
}
