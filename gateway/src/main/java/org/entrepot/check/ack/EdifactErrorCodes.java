package org.entrepot.check.ack;

import io.xlate.edi.stream.EDIStreamValidationError;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;

/**
 * ISO 9735 syntax error codes (service data element 0085) for the check stage's problems, as
 * CONTRL reports them in UCI, UCM, UCS and UCD.
 *
 * <p>StAEDI's INVALID_CHARACTER_DATA is reported as 37 (invalid type of characters: a letter in
 * a numeric element), which is what it almost always means here; StAEDI raises the same error for
 * a control character in an alphanumeric element, for which 21 would be exact.
 */
public final class EdifactErrorCodes {

    private EdifactErrorCodes() {
    }

    /** The 0085 code of a problem: from StAEDI's error when the problem came from it, else from its reason. */
    public static String of(Rejection problem) {
        return StaediError.of(problem).map(EdifactErrorCodes::of).orElseGet(() -> of(problem.reason()));
    }

    static String of(EDIStreamValidationError error) {
        return switch (error) {
            case UNRECOGNIZED_SEGMENT_ID, UNEXPECTED_SEGMENT, SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET, SEGMENT_NOT_IN_PROPER_SEQUENCE,
                    IMPLEMENTATION_UNUSED_SEGMENT_PRESENT, IMPLEMENTATION_DEPENDENT_UNUSED_SEGMENT_PRESENT,
                    SEGMENT_EXCLUSION_CONDITION_VIOLATED, IMPLEMENTATION_UNUSED_DATA_ELEMENT_PRESENT,
                    IMPLEMENTATION_DEPENDENT_UNUSED_DATA_ELEMENT_PRESENT, EXCLUSION_CONDITION_VIOLATED -> "15";
            case MANDATORY_SEGMENT_MISSING, IMPLEMENTATION_DEPENDENT_SEGMENT_MISSING, CONDITIONAL_REQUIRED_SEGMENT_MISSING,
                    IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE, IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES,
                    REQUIRED_DATA_ELEMENT_MISSING, CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING,
                    IMPLEMENTATION_DEPENDENT_DATA_ELEMENT_MISSING, IMPLEMENTATION_TOO_FEW_REPETITIONS -> "13";
            case SEGMENT_EXCEEDS_MAXIMUM_USE, TOO_MANY_REPETITIONS -> "35";
            case LOOP_OCCURS_OVER_MAXIMUM_TIMES -> "36";
            case TOO_MANY_DATA_ELEMENTS, TOO_MANY_COMPONENTS -> "16";
            case DATA_ELEMENT_TOO_LONG -> "39";
            case DATA_ELEMENT_TOO_SHORT -> "40";
            case INVALID_CHARACTER_DATA -> "37";
            case INVALID_CODE_VALUE, IMPLEMENTATION_INVALID_CODE_VALUE, IMPLEMENTATION_PATTERN_MATCH_FAILURE,
                    INVALID_DATE, INVALID_TIME -> "12";
            case CONTROL_REFERENCE_MISMATCH -> "28";
            case CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT -> "29";
            case SEGMENT_HAS_DATA_ELEMENT_ERRORS, NONE -> "18";
        };
    }

    /** For problems found by the gateway itself rather than by StAEDI. */
    public static String of(Reason reason) {
        return switch (reason) {
            case INVALID_ELEMENT, INVALID_CODE_VALUE, INVALID_DATE_OR_TIME -> "12";
            case MISSING_ELEMENT, MISSING_SEGMENT, TRUNCATED_INTERCHANGE -> "13";
            case UNEXPECTED_SEGMENT -> "15";
            case TOO_MANY_ELEMENTS -> "16";
            case NO_AGREEMENT -> "17";
            case INVALID_CHARACTER -> "21";
            case UNKNOWN_PARTNER -> "23";
            case UNSUPPORTED_SYNTAX_VERSION -> "2";
            case DUPLICATE_INTERCHANGE -> "26";
            case CONTROL_REFERENCE_MISMATCH -> "28";
            case CONTROL_COUNT_MISMATCH -> "29";
            case MIXED_MESSAGE_TYPES -> "31";
            case NO_MESSAGE -> "32";
            case DATA_AFTER_INTERCHANGE -> "33";
            case SEGMENT_REPEATED_TOO_OFTEN, TOO_MANY_REPETITIONS -> "35";
            case GROUP_REPEATED_TOO_OFTEN -> "36";
            case ELEMENT_TOO_LONG -> "39";
            case ELEMENT_TOO_SHORT -> "40";
            default -> "18";
        };
    }
}
