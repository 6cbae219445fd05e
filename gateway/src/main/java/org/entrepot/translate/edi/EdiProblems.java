package org.entrepot.translate.edi;

import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;
import org.entrepot.document.Position;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;

/** Turns StAEDI's validation events and stream errors into the gateway's coded rejections. */
public final class EdiProblems {

    private EdiProblems() {
    }

    /**
     * A validation event at the reader's current location. The StAEDI error name stays in the
     * message so acknowledgement builders can pick the standard's own error code from it.
     */
    public static Rejection fromStaedi(EDIStreamValidationError error, EDIStreamEvent event, int segmentIndex,
                                       Location location, String referenceCode) {
        Reason reason = reasonFor(error);
        String tag = location.getSegmentTag();
        Position position = event == EDIStreamEvent.SEGMENT_ERROR
                ? Position.segment(segmentIndex, referenceCode != null ? referenceCode : tag)
                : Position.element(segmentIndex, tag, Math.max(location.getElementPosition(), 0),
                        Math.max(location.getComponentPosition(), 0));
        String subject = event == EDIStreamEvent.SEGMENT_ERROR && referenceCode != null
                ? "segment " + referenceCode : describe(position);
        return Rejection.of(reason, position, reason.description() + " (" + error.name() + ", " + subject + ")");
    }

    /** A stream the reader could not tokenise at all: truncated, bad separators, garbage. */
    public static Rejection fromException(EDIStreamException e, int segmentIndex, String segmentTag) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Reason reason = message.contains("end of stream") || message.contains("Unexpected end")
                ? Reason.TRUNCATED_INTERCHANGE : Reason.INVALID_SEGMENT;
        Location location = e.getLocation();
        Position position = location != null && location.getSegmentPosition() > 0
                ? Position.element(location.getSegmentPosition(), location.getSegmentTag(),
                        Math.max(location.getElementPosition(), 0), Math.max(location.getComponentPosition(), 0))
                : Position.segment(Math.max(segmentIndex, 1), segmentTag);
        return Rejection.of(reason, position, reason.description() + ": " + message);
    }

    static Reason reasonFor(EDIStreamValidationError error) {
        return switch (error) {
            case UNRECOGNIZED_SEGMENT_ID -> Reason.INVALID_SEGMENT;
            case UNEXPECTED_SEGMENT, SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET, SEGMENT_NOT_IN_PROPER_SEQUENCE,
                    IMPLEMENTATION_UNUSED_SEGMENT_PRESENT, IMPLEMENTATION_DEPENDENT_UNUSED_SEGMENT_PRESENT,
                    SEGMENT_EXCLUSION_CONDITION_VIOLATED -> Reason.UNEXPECTED_SEGMENT;
            case MANDATORY_SEGMENT_MISSING, IMPLEMENTATION_DEPENDENT_SEGMENT_MISSING,
                    IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE, IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES,
                    CONDITIONAL_REQUIRED_SEGMENT_MISSING -> Reason.MISSING_SEGMENT;
            case SEGMENT_EXCEEDS_MAXIMUM_USE -> Reason.SEGMENT_REPEATED_TOO_OFTEN;
            case LOOP_OCCURS_OVER_MAXIMUM_TIMES -> Reason.GROUP_REPEATED_TOO_OFTEN;
            case REQUIRED_DATA_ELEMENT_MISSING, CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING,
                    IMPLEMENTATION_DEPENDENT_DATA_ELEMENT_MISSING, IMPLEMENTATION_TOO_FEW_REPETITIONS
                    -> Reason.MISSING_ELEMENT;
            case TOO_MANY_DATA_ELEMENTS, TOO_MANY_COMPONENTS, IMPLEMENTATION_UNUSED_DATA_ELEMENT_PRESENT,
                    IMPLEMENTATION_DEPENDENT_UNUSED_DATA_ELEMENT_PRESENT, EXCLUSION_CONDITION_VIOLATED
                    -> Reason.TOO_MANY_ELEMENTS;
            case TOO_MANY_REPETITIONS -> Reason.TOO_MANY_REPETITIONS;
            case DATA_ELEMENT_TOO_LONG -> Reason.ELEMENT_TOO_LONG;
            case DATA_ELEMENT_TOO_SHORT -> Reason.ELEMENT_TOO_SHORT;
            case INVALID_CHARACTER_DATA, IMPLEMENTATION_PATTERN_MATCH_FAILURE -> Reason.INVALID_ELEMENT;
            case INVALID_CODE_VALUE, IMPLEMENTATION_INVALID_CODE_VALUE -> Reason.INVALID_CODE_VALUE;
            case INVALID_DATE, INVALID_TIME -> Reason.INVALID_DATE_OR_TIME;
            case CONTROL_REFERENCE_MISMATCH -> Reason.CONTROL_REFERENCE_MISMATCH;
            case CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT -> Reason.CONTROL_COUNT_MISMATCH;
            case SEGMENT_HAS_DATA_ELEMENT_ERRORS, NONE -> Reason.INVALID_SEGMENT;
        };
    }

    private static String describe(Position position) {
        return position.toString();
    }
}
