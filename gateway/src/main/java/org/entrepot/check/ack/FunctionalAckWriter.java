package org.entrepot.check.ack;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.entrepot.check.InterchangeReport;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.entrepot.identify.Envelope;

/**
 * Writes the functional acknowledgement of an X12 interchange: a 997 (X12.20, for 004010
 * partners) or a 999 (005010X231A1, implementation acknowledgement), one transaction set per
 * functional group of the original, all in one FA group.
 *
 * <p>Per group: AK1 names the group (GS01, GS06; the 999 adds GS08), then per transaction set
 * AK2 (ST01, ST02; the 999 adds ST03), an AK3/IK3 per erroneous segment (position from ST = 1;
 * code 8 when only its elements are wrong) with an AK4/IK4 per erroneous element (position
 * {@code element[:component]}), and AK5/IK5: A accepted or R rejected with up to five
 * transaction set error codes. AK9 closes the group: A when every set is accepted, P when some
 * are, R when none are or the group envelope itself is wrong (GE count 5, GS/GE control number
 * 4, GE missing 3), with the counts included (GE01), received and accepted.
 *
 * <p>Any problem rejects: this gateway does not accept with errors noted (E). The optional
 * elements AK303 (loop identifier), AK402 (element reference number), AK404 (copy of the bad
 * data) and the 999's CTX context segments are not written.
 */
public final class FunctionalAckWriter {

    /** The implementation guide a 999 follows, its GS08 and ST03. */
    static final String X231 = "005010X231A1";
    private static final int MAX_CODES = 5;

    private FunctionalAckWriter() {
    }

    /**
     * @param original      the envelope of the interchange being answered
     * @param report        what the check found
     * @param implementation true for a 999, false for a 997
     * @param controlNumber the acknowledgement's interchange control number (ISA13), up to nine digits
     * @param at            preparation time
     */
    public static String write(Envelope original, InterchangeReport report, boolean implementation, String controlNumber,
                               ZonedDateTime at) {
        X12Interchange out = new X12Interchange(original, implementation ? "00501" : interchangeVersion(original),
                controlNumber, at);
        List<InterchangeReport.Group> groups = report.groups().isEmpty() ? List.of(wholeInterchange(original, report)) : report.groups();
        InterchangeReport.Group first = groups.get(0);
        out.functionalGroup(first.applicationReceiver(), first.applicationSender(),
                implementation ? X231 : groupVersion(first, original));
        for (int i = 0; i < groups.size(); i++) {
            writeTransactionSet(out, groups.get(i), implementation, String.format("%04d", i + 1));
        }
        out.endFunctionalGroup(groups.size());
        return out.text();
    }

    private static void writeTransactionSet(X12Interchange out, InterchangeReport.Group group, boolean implementation,
                                            String control) {
        int start = out.segmentCount();
        out.segment("ST", implementation ? "999" : "997", control, implementation ? X231 : "");
        out.segment("AK1", group.functionalId(), group.controlNumber(), implementation ? group.version() : "");
        for (InterchangeReport.Message message : group.messages()) {
            out.segment("AK2", message.type(), message.reference(), implementation ? message.convention() : "");
            writeSegmentErrors(out, message, implementation);
            List<String> ak5 = new ArrayList<>(List.of(message.accepted() ? "A" : "R"));
            ak5.addAll(transactionSetCodes(message));
            out.segment(implementation ? "IK5" : "AK5", ak5.toArray(String[]::new));
        }
        List<String> ak9 = new ArrayList<>(List.of(groupStatus(group), String.valueOf(group.included()),
                String.valueOf(group.messages().size()), String.valueOf(group.acceptedMessages())));
        ak9.addAll(groupCodes(group));
        out.segment("AK9", ak9.toArray(String[]::new));
        out.segment("SE", String.valueOf(out.segmentCount() - start + 1), control);
    }

    private static void writeSegmentErrors(X12Interchange out, InterchangeReport.Message message, boolean implementation) {
        List<Rejection> body = message.problems().stream().filter(FunctionalAckWriter::inBody)
                .sorted((a, b) -> Integer.compare(a.position().segment(), b.position().segment())).toList();
        int i = 0;
        while (i < body.size()) {
            int segment = body.get(i).position().segment();
            List<Rejection> here = new ArrayList<>();
            while (i < body.size() && body.get(i).position().segment() == segment) {
                here.add(body.get(i++));
            }
            Rejection first = here.get(0);
            String code = here.stream().filter(p -> p.position().element() == 0).findFirst()
                    .map(p -> X12ErrorCodes.segment(p, implementation)).orElse("8");
            out.segment(implementation ? "IK3" : "AK3", first.position().segmentTag(),
                    String.valueOf(message.positionInMessage(first)), "", code);
            for (Rejection problem : here) {
                if (problem.position().element() > 0) {
                    String position = problem.position().element()
                            + (problem.position().component() > 0 ? out.componentSeparator() + String.valueOf(problem.position().component()) : "");
                    out.segment(implementation ? "IK4" : "AK4", position, "", X12ErrorCodes.element(problem, implementation));
                }
            }
        }
    }

    /** Header and trailer problems are the transaction set's own (AK5 codes); the rest sit in the body. */
    private static boolean inBody(Rejection problem) {
        String tag = problem.position().segmentTag();
        return problem.position().segment() > 0 && tag != null && !"ST".equals(tag) && !"SE".equals(tag)
                && problem.reason() != Reason.TRUNCATED_INTERCHANGE;
    }

    /** AK502..AK506: up to five distinct codes, in the order their problems were found. */
    private static List<String> transactionSetCodes(InterchangeReport.Message message) {
        Set<String> codes = new LinkedHashSet<>();
        message.problems().forEach(p -> codes.add(X12ErrorCodes.transactionSet(p)));
        return codes.stream().limit(MAX_CODES).toList();
    }

    private static String groupStatus(InterchangeReport.Group group) {
        long accepted = group.acceptedMessages();
        if (!group.problems().isEmpty() || accepted == 0) {
            return "R";
        }
        return accepted == group.messages().size() ? "A" : "P";
    }

    /** AK905..AK909. */
    private static List<String> groupCodes(InterchangeReport.Group group) {
        Set<String> codes = new LinkedHashSet<>();
        group.problems().forEach(p -> codes.add(X12ErrorCodes.group(p)));
        return codes.stream().limit(MAX_CODES).toList();
    }

    private static String interchangeVersion(Envelope original) {
        return original.syntaxVersion().matches("[0-9]{5}") ? original.syntaxVersion() : "00401";
    }

    /** GS08 of a 997: the original group's version and release, without an industry suffix. */
    private static String groupVersion(InterchangeReport.Group group, Envelope original) {
        String version = group.version().length() >= 6 ? group.version().substring(0, 6) : original.messageVersion();
        return version.matches("[0-9]{6}") ? version : interchangeVersion(original) + "0";
    }

    /** For a report that did not list groups: the whole interchange as one group. */
    private static InterchangeReport.Group wholeInterchange(Envelope original, InterchangeReport report) {
        return new InterchangeReport.Group(original.functionalGroup(), "", original.messageVersion(), "", "",
                "", List.of(), report.messages());
    }
}
