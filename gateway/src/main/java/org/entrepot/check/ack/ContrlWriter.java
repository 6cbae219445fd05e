package org.entrepot.check.ack;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.entrepot.check.InterchangeReport;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.entrepot.identify.Envelope;

/**
 * Writes the CONTRL syntax and service report (ISO 9735) an EDIFACT interchange gets back, in
 * the syntax version of the original: {@code CONTRL:D:3:UN} (the UNSM published in the
 * directories, version D release 3) for syntax 3 and earlier, {@code CONTRL:4:1:UN} (ISO 9735-6)
 * for syntax 4.
 *
 * <p>Action codes (data element 0083) follow the service code list:
 * <ul>
 * <li>{@code 7} this level acknowledged, lower levels acknowledged unless explicitly rejected:
 *     UCI 7 when the interchange envelope (UNB/UNZ) is sound; each message then gets a UCM,
 *     7 when it is sound, 4 when it is not.</li>
 * <li>{@code 4} this level and all lower levels rejected: UCI 4 with the first envelope error
 *     (0085 code, segment tag, element position); every message is rejected with it, so only
 *     messages that have errors of their own get a UCM (4) to say what they are. A UCM 4 carries
 *     an error on UNH/UNT itself; errors inside the message follow as UCS (segment position from
 *     UNH = 1, with the code when the segment as a whole is wrong) and UCD (code and element
 *     position {@code element[:component]}).</li>
 * <li>{@code 8} interchange received: a receipt sent before or instead of checking, UCI only
 *     (see {@link #receipt}).</li>
 * </ul>
 * The reply goes from the original recipient to the original sender, in the sender's syntax
 * identifier (character set), written with the default service characters and a UNA.
 */
public final class ContrlWriter {

    /** Data element 0083: what the receiver did with the interchange or message. */
    static final String ACKNOWLEDGED = "7";
    static final String REJECTED = "4";
    static final String RECEIVED = "8";

    private ContrlWriter() {
    }

    /**
     * The CONTRL for a checked interchange.
     *
     * @param original         the envelope of the interchange being answered
     * @param report           what the check found
     * @param controlReference the CONTRL interchange's own reference (UNB 0020)
     * @param at               preparation time (UNB S004)
     */
    public static String write(Envelope original, InterchangeReport report, String controlReference, ZonedDateTime at) {
        return interchange(original, controlReference, at, body(original, report));
    }

    /**
     * Same as {@link #write(Envelope, InterchangeReport, String, ZonedDateTime)} with the date
     * and time as UNB S004 writes them.
     *
     * @param date YYMMDD for syntax 3, CCYYMMDD for syntax 4
     * @param time HHMM
     */
    public static String write(Envelope original, InterchangeReport report, String controlReference, String date, String time) {
        return interchange(original, controlReference, date, time, body(original, report));
    }

    private static List<String> body(Envelope original, InterchangeReport report) {
        boolean v4 = syntax4(original);
        List<String> body = new ArrayList<>();
        body.add(uci(original, report.envelope(), v4));
        boolean interchangeRejected = !report.envelope().isEmpty();
        for (InterchangeReport.Message message : report.messages()) {
            if (interchangeRejected && message.accepted()) {
                continue;
            }
            body.add(ucm(message, v4));
            addSegmentErrors(message, body);
        }
        return body;
    }

    /**
     * A receipt: the interchange arrived and its UNB was read (UCI action 8); whether it is
     * acknowledged or rejected follows in a later CONTRL.
     */
    public static String receipt(Envelope original, String controlReference, ZonedDateTime at) {
        boolean v4 = syntax4(original);
        String uci = "UCI+" + escape(original.controlReference(), v4) + '+' + party(original.senderId(), original.senderQualifier(), v4)
                + '+' + party(original.receiverId(), original.receiverQualifier(), v4) + '+' + RECEIVED;
        return interchange(original, controlReference, at, List.of(uci));
    }

    private static boolean syntax4(Envelope original) {
        return "4".equals(original.syntaxVersion());
    }

    private static String interchange(Envelope original, String controlReference, ZonedDateTime at, List<String> body) {
        boolean v4 = syntax4(original);
        return interchange(original, controlReference, at.format(DateTimeFormatter.ofPattern(v4 ? "yyyyMMdd" : "yyMMdd")),
                at.format(DateTimeFormatter.ofPattern("HHmm")), body);
    }

    private static String interchange(Envelope original, String controlReference, String date, String time, List<String> body) {
        boolean v4 = syntax4(original);
        String syntax = original.syntaxIdentifier().isEmpty() ? "UNOC" : original.syntaxIdentifier();
        StringBuilder out = new StringBuilder(v4 ? "UNA:+.?*'\n" : "UNA:+.? '\n");
        out.append("UNB+").append(syntax).append(':').append(v4 ? "4" : "3")
                .append('+').append(party(original.receiverId(), original.receiverQualifier(), v4))
                .append('+').append(party(original.senderId(), original.senderQualifier(), v4))
                .append('+').append(date).append(':').append(time)
                .append('+').append(escape(controlReference, v4)).append("'\n");
        out.append("UNH+1+").append(v4 ? "CONTRL:4:1:UN" : "CONTRL:D:3:UN").append("'\n");
        for (String segment : body) {
            out.append(segment).append("'\n");
        }
        out.append("UNT+").append(body.size() + 2).append("+1'\n");
        out.append("UNZ+1+").append(escape(controlReference, v4)).append("'\n");
        return out.toString();
    }

    private static String uci(Envelope original, List<Rejection> envelope, boolean v4) {
        StringBuilder uci = new StringBuilder("UCI+").append(escape(original.controlReference(), v4))
                .append('+').append(party(original.senderId(), original.senderQualifier(), v4))
                .append('+').append(party(original.receiverId(), original.receiverQualifier(), v4))
                .append('+').append(envelope.isEmpty() ? ACKNOWLEDGED : REJECTED);
        if (!envelope.isEmpty()) {
            Rejection first = envelope.get(0);
            // cut short, the interchange lacks its UNZ whatever segment it stopped in
            uci.append(first.reason() == Reason.TRUNCATED_INTERCHANGE ? "+" + EdifactErrorCodes.of(first) + "+UNZ" : errorDetail(first));
        }
        return uci.toString();
    }

    private static String ucm(InterchangeReport.Message message, boolean v4) {
        StringBuilder ucm = new StringBuilder("UCM+").append(escape(message.reference(), v4)).append('+')
                .append(identifier(message, v4)).append('+').append(message.accepted() ? ACKNOWLEDGED : REJECTED);
        for (Rejection problem : message.problems()) {
            if (onMessageEnvelope(problem)) {
                ucm.append(errorDetail(problem));
                break;
            }
        }
        return ucm.toString();
    }

    /** S009 as the original's UNH wrote it ({@code INVOIC:D:96A:UN[:EAN008]}), each component released again. */
    private static String identifier(InterchangeReport.Message message, boolean v4) {
        List<String> version = message.version();
        StringBuilder s009 = new StringBuilder(escape(message.type(), v4));
        if (version.size() >= 3) {
            // StAEDI lists the version as agency, version, release[, association]
            for (int part : new int[] {1, 2, 0, 3}) {
                String value = part < version.size() && version.get(part) != null ? version.get(part) : "";
                if (part != 3 || !value.isEmpty()) {
                    s009.append(':').append(escape(value, v4));
                }
            }
        }
        return s009.toString();
    }

    /** {@code +0085+0013+S011}: the error code, the service segment's tag and the element position. */
    private static String errorDetail(Rejection problem) {
        StringBuilder detail = new StringBuilder("+").append(EdifactErrorCodes.of(problem));
        String tag = problem.position().segmentTag();
        if (tag != null) {
            detail.append('+').append(tag);
            if (problem.position().element() > 0) {
                detail.append('+').append(elementPosition(problem));
            }
        }
        return detail.toString();
    }

    private static boolean onMessageEnvelope(Rejection problem) {
        String tag = problem.position().segmentTag();
        return "UNT".equals(tag) || "UNH".equals(tag) || problem.position().segment() <= 0;
    }

    private static void addSegmentErrors(InterchangeReport.Message message, List<String> body) {
        int lastSegment = -1;
        for (Rejection problem : message.problems()) {
            if (onMessageEnvelope(problem)) {
                continue;
            }
            int position = message.positionInMessage(problem);
            if (problem.position().element() > 0) {
                if (position != lastSegment) {
                    body.add("UCS+" + position);
                    lastSegment = position;
                }
                body.add("UCD+" + EdifactErrorCodes.of(problem) + "+" + elementPosition(problem));
            } else {
                body.add("UCS+" + position + "+" + EdifactErrorCodes.of(problem));
                lastSegment = position;
            }
        }
    }

    /** S011: 0098 element position and 0104 component position. */
    private static String elementPosition(Rejection problem) {
        return problem.position().element() + (problem.position().component() > 0 ? ":" + problem.position().component() : "");
    }

    private static String party(String id, String qualifier, boolean v4) {
        return escape(id, v4) + (qualifier == null || qualifier.isEmpty() ? "" : ":" + escape(qualifier, v4));
    }

    /** Releases the service characters; '*' separates repetitions only in syntax 4. */
    private static String escape(String value, boolean syntax4) {
        String released = value.replace("?", "??").replace("'", "?'").replace("+", "?+").replace(":", "?:");
        return syntax4 ? released.replace("*", "?*") : released;
    }
}
