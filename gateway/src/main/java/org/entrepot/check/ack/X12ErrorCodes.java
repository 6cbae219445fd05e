package org.entrepot.check.ack;

import io.xlate.edi.stream.EDIStreamValidationError;
import java.util.Optional;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;

/**
 * The X12 codes acknowledgements carry, chosen for the check stage's problems:
 * <ul>
 * <li>segment syntax errors, AK304 (997) / IK304 (999, which adds the implementation codes I4-I9);</li>
 * <li>data element syntax errors, AK403 (997) / IK403 (999, adding I6, I9-I13);</li>
 * <li>transaction set syntax errors, AK502 / IK502;</li>
 * <li>functional group syntax errors, AK905;</li>
 * <li>interchange note codes, TA105 (data element I18).</li>
 * </ul>
 * A 997 answers a problem that only a 999 has a code for with the nearest 997 code.
 */
public final class X12ErrorCodes {

    private X12ErrorCodes() {
    }

    /** AK304 / IK304 for a problem on a whole segment. */
    public static String segment(Rejection problem, boolean implementationCodes) {
        Optional<EDIStreamValidationError> error = StaediError.of(problem);
        if (error.isEmpty()) {
            return switch (problem.reason()) {
                case MISSING_SEGMENT, TRUNCATED_INTERCHANGE -> "3";
                case GROUP_REPEATED_TOO_OFTEN -> "4";
                case SEGMENT_REPEATED_TOO_OFTEN -> "5";
                case INVALID_SEGMENT -> "1";
                case UNEXPECTED_SEGMENT -> "2";
                default -> "8";
            };
        }
        return switch (error.get()) {
            case UNRECOGNIZED_SEGMENT_ID -> "1";
            case UNEXPECTED_SEGMENT, SEGMENT_EXCLUSION_CONDITION_VIOLATED -> "2";
            case MANDATORY_SEGMENT_MISSING, CONDITIONAL_REQUIRED_SEGMENT_MISSING -> "3";
            case LOOP_OCCURS_OVER_MAXIMUM_TIMES -> "4";
            case SEGMENT_EXCEEDS_MAXIMUM_USE -> "5";
            case SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET -> "6";
            case SEGMENT_NOT_IN_PROPER_SEQUENCE -> "7";
            case IMPLEMENTATION_UNUSED_SEGMENT_PRESENT -> implementationCodes ? "I4" : "2";
            case IMPLEMENTATION_DEPENDENT_SEGMENT_MISSING -> implementationCodes ? "I6" : "3";
            case IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES -> implementationCodes ? "I7" : "3";
            case IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE -> implementationCodes ? "I8" : "3";
            case IMPLEMENTATION_DEPENDENT_UNUSED_SEGMENT_PRESENT -> implementationCodes ? "I9" : "2";
            default -> "8";
        };
    }

    /** AK403 / IK403 for a problem on one data element. */
    public static String element(Rejection problem, boolean implementationCodes) {
        Optional<EDIStreamValidationError> error = StaediError.of(problem);
        if (error.isEmpty()) {
            return switch (problem.reason()) {
                case MISSING_ELEMENT -> "1";
                case TOO_MANY_ELEMENTS -> "3";
                case ELEMENT_TOO_SHORT -> "4";
                case ELEMENT_TOO_LONG -> "5";
                case INVALID_CHARACTER, INVALID_ELEMENT -> "6";
                case INVALID_CODE_VALUE -> "7";
                case INVALID_DATE_OR_TIME -> "8";
                case TOO_MANY_REPETITIONS -> "12";
                default -> "6";
            };
        }
        return switch (error.get()) {
            case REQUIRED_DATA_ELEMENT_MISSING -> "1";
            case CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING -> "2";
            case TOO_MANY_DATA_ELEMENTS -> "3";
            case DATA_ELEMENT_TOO_SHORT -> "4";
            case DATA_ELEMENT_TOO_LONG -> "5";
            case INVALID_CHARACTER_DATA -> "6";
            case INVALID_CODE_VALUE -> "7";
            case INVALID_DATE -> "8";
            case INVALID_TIME -> "9";
            case EXCLUSION_CONDITION_VIOLATED -> "10";
            case TOO_MANY_REPETITIONS -> "12";
            case TOO_MANY_COMPONENTS -> "13";
            case IMPLEMENTATION_INVALID_CODE_VALUE -> implementationCodes ? "I6" : "7";
            case IMPLEMENTATION_DEPENDENT_DATA_ELEMENT_MISSING -> implementationCodes ? "I9" : "1";
            case IMPLEMENTATION_UNUSED_DATA_ELEMENT_PRESENT -> implementationCodes ? "I10" : "10";
            case IMPLEMENTATION_TOO_FEW_REPETITIONS -> implementationCodes ? "I11" : "1";
            case IMPLEMENTATION_PATTERN_MATCH_FAILURE -> implementationCodes ? "I12" : "6";
            case IMPLEMENTATION_DEPENDENT_UNUSED_DATA_ELEMENT_PRESENT -> implementationCodes ? "I13" : "10";
            default -> "6";
        };
    }

    /**
     * AK502 / IK502 for a problem of a transaction set: its trailer (SE count 4, SE control
     * number 3, SE missing 2), its header (ST01 6, ST02 7), anything in its body 5.
     */
    public static String transactionSet(Rejection problem) {
        String tag = problem.position().segmentTag();
        if (problem.reason() == Reason.TRUNCATED_INTERCHANGE || "SE".equals(tag) && problem.reason() == Reason.MISSING_SEGMENT) {
            return "2";
        }
        if ("SE".equals(tag)) {
            return switch (problem.reason()) {
                case CONTROL_COUNT_MISMATCH -> "4";
                case CONTROL_REFERENCE_MISMATCH -> "3";
                default -> "5";
            };
        }
        if ("ST".equals(tag)) {
            return problem.position().element() == 2 ? "7" : "6";
        }
        return "5";
    }

    /** AK905 for a problem of a functional group envelope (GS, GE). */
    public static String group(Rejection problem) {
        String tag = problem.position().segmentTag();
        if ("GE".equals(tag)) {
            return switch (problem.reason()) {
                case CONTROL_COUNT_MISMATCH -> "5";
                case CONTROL_REFERENCE_MISMATCH -> "4";
                case MISSING_SEGMENT, TRUNCATED_INTERCHANGE -> "3";
                default -> "1";
            };
        }
        return switch (problem.position().element()) {
            case 6 -> "6";
            case 8 -> "2";
            default -> "1";
        };
    }

    /** TA105, the interchange note code (I18), for a problem of the interchange envelope (ISA, IEA). */
    public static String interchange(Rejection problem) {
        String tag = problem.position().segmentTag();
        if ("IEA".equals(tag)) {
            return switch (problem.reason()) {
                case CONTROL_COUNT_MISMATCH -> "021";
                case CONTROL_REFERENCE_MISMATCH -> "001";
                case MISSING_SEGMENT, TRUNCATED_INTERCHANGE -> "023";
                default -> "022";
            };
        }
        if (problem.reason() == Reason.TRUNCATED_INTERCHANGE) {
            return "023";
        }
        if ("ISA".equals(tag)) {
            return isaElement(problem.position().element());
        }
        return problem.reason() == Reason.DATA_AFTER_INTERCHANGE ? "024" : "022";
    }

    /** Each ISA data element has its own "invalid value" note code. */
    private static String isaElement(int element) {
        return switch (element) {
            case 1 -> "010";
            case 2 -> "011";
            case 3 -> "012";
            case 4 -> "013";
            case 5 -> "005";
            case 6 -> "006";
            case 7 -> "007";
            case 8 -> "008";
            case 9 -> "014";
            case 10 -> "015";
            case 11 -> "016";
            case 12 -> "017";
            case 13 -> "018";
            case 14 -> "019";
            case 15 -> "020";
            case 16 -> "027";
            default -> "022";
        };
    }
}
