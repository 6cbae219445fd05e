package org.entrepot.check.ack;

import java.time.ZonedDateTime;
import java.util.List;
import org.entrepot.check.InterchangeReport;
import org.entrepot.document.Rejection;
import org.entrepot.identify.Envelope;

/**
 * Writes the TA1 interchange acknowledgement: an interchange of its own (ISA, TA1, IEA with no
 * functional group) that answers the original's ISA/IEA only. TA1 quotes the original ISA13,
 * ISA09 and ISA10, then A (accepted, note 000) or R (rejected) with the interchange note code
 * (I18) of the first envelope problem: 001 ISA13/IEA02 differ, 021 IEA01 is not the number of
 * groups, 023 the interchange ends early, 005-020 and 027 an invalid ISA element. Problems
 * inside groups are for the 997/999, not the TA1.
 */
public final class Ta1Writer {

    private Ta1Writer() {
    }

    /**
     * @param original      the envelope of the interchange being answered
     * @param report        what the check found
     * @param controlNumber the acknowledgement's interchange control number (ISA13), up to nine digits
     * @param at            preparation time
     */
    public static String write(Envelope original, InterchangeReport report, String controlNumber, ZonedDateTime at) {
        String version = original.syntaxVersion().matches("[0-9]{5}") ? original.syntaxVersion() : "00401";
        X12Interchange out = new X12Interchange(original, version, controlNumber, at);
        String[] prepared = original.preparedAt().split(":", 2);
        List<Rejection> envelope = report.envelope();
        out.segment("TA1", original.controlReference(), prepared[0], prepared.length > 1 ? prepared[1] : "",
                envelope.isEmpty() ? "A" : "R", envelope.isEmpty() ? "000" : X12ErrorCodes.interchange(envelope.get(0)));
        return out.text();
    }
}
