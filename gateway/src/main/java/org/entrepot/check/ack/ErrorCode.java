package org.entrepot.check.ack;

import java.util.Set;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;

/**
 * A problem as the acknowledgement's standard codes it: the data element that carries the code
 * and the code, e.g. {@code 0085=29} (EDIFACT control count), {@code AK403=5} (997 element too
 * long), {@code IK304=3} (999 mandatory segment missing), {@code AK905=4} (GS/GE control numbers
 * differ), {@code TA105=001} (ISA/IEA control numbers differ). The position stays with the
 * rejection.
 *
 * @param element the standard's data element: 0085, TA105, AK905, AK502/IK502, AK304/IK304 or AK403/IK403
 * @param value   the code
 */
public record ErrorCode(String element, String value) {

    private static final Set<String> INTERCHANGE = Set.of("ISA", "IEA");
    private static final Set<String> GROUP = Set.of("GS", "GE");
    private static final Set<String> TRANSACTION_SET = Set.of("ST", "SE");

    /** The code of {@code problem} in the acknowledgement {@code answer}; TA1 codes for ISA/IEA whatever the answer. */
    public static ErrorCode of(Rejection problem, AckType answer) {
        if (answer == AckType.CONTRL) {
            return new ErrorCode("0085", EdifactErrorCodes.of(problem));
        }
        boolean implementation = answer == AckType.FA_999;
        String tag = problem.position().segmentTag();
        if (problem.reason() == Reason.TRUNCATED_INTERCHANGE || tag != null && INTERCHANGE.contains(tag)) {
            return new ErrorCode("TA105", X12ErrorCodes.interchange(problem));
        }
        if (tag != null && GROUP.contains(tag)) {
            return new ErrorCode("AK905", X12ErrorCodes.group(problem));
        }
        String prefix = implementation ? "IK" : "AK";
        if (tag != null && TRANSACTION_SET.contains(tag)) {
            return new ErrorCode(prefix + "502", X12ErrorCodes.transactionSet(problem));
        }
        return problem.position().element() > 0
                ? new ErrorCode(prefix + "403", X12ErrorCodes.element(problem, implementation))
                : new ErrorCode(prefix + "304", X12ErrorCodes.segment(problem, implementation));
    }

    @Override
    public String toString() {
        return element + "=" + value;
    }
}
