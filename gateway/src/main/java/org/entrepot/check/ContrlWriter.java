package org.entrepot.check;

import java.util.ArrayList;
import java.util.List;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.entrepot.identify.Envelope;

/**
 * Writes the CONTRL syntax and service report (ISO 9735) an EDIFACT interchange gets back:
 * UCI for the interchange (action 7 acknowledged, 4 rejected), a UCM for every message, and for
 * a rejected message a UCS per erroneous segment (position from UNH = 1) with a UCD per
 * erroneous data element. Error codes are those of data element 0085.
 *
 * <p>The reply goes from the original recipient to the original sender, in the sender's own
 * syntax level and character set. Written with the default service characters.
 */
public final class ContrlWriter {

    /** Data element 0083: what the receiver did with the interchange or message. */
    static final String ACKNOWLEDGED = "7";
    static final String REJECTED = "4";

    private ContrlWriter() {
    }

    /**
     * @param original         the envelope of the interchange being answered
     * @param report           what the check found
     * @param controlReference the CONTRL interchange's own reference
     * @param date             preparation date as UNB S004 wants it for the syntax level (YYMMDD for 3, CCYYMMDD for 4)
     * @param time             HHMM
     */
    public static String write(Envelope original, InterchangeReport report, String controlReference, String date, String time) {
        List<String> body = new ArrayList<>();
        String version4 = "4".equals(original.syntaxVersion()) ? "4" : "3";
        boolean v4 = "4".equals(version4);
        body.add("UNH+1+CONTRL:" + ("4".equals(version4) ? "4:1" : "2:2") + ":UN");
        body.add(uci(original, report, v4));
        for (InterchangeReport.Message message : report.messages()) {
            boolean rejected = !message.problems().isEmpty();
            StringBuilder ucm = new StringBuilder("UCM+").append(escape(message.reference(), v4)).append('+')
                    .append(message.identifier()).append('+').append(rejected ? REJECTED : ACKNOWLEDGED);
            String messageError = messageLevelError(message);
            if (messageError != null) {
                ucm.append('+').append(messageError);
            }
            body.add(ucm.toString());
            addSegmentErrors(message, body);
        }
        body.add("UNT+" + (body.size() + 1) + "+1");

        String syntax = original.syntaxIdentifier().isEmpty() ? "UNOC" : original.syntaxIdentifier();
        StringBuilder out = new StringBuilder("4".equals(version4) ? "UNA:+.?*'\n" : "UNA:+.? '\n");
        out.append("UNB+").append(syntax).append(':').append(version4)
                .append('+').append(escape(original.receiverId(), v4)).append(qualifier(original.receiverQualifier(), v4))
                .append('+').append(escape(original.senderId(), v4)).append(qualifier(original.senderQualifier(), v4))
                .append('+').append(date).append(':').append(time)
                .append('+').append(controlReference).append("'\n");
        for (String segment : body) {
            out.append(segment).append("'\n");
        }
        out.append("UNZ+1+").append(controlReference).append("'\n");
        return out.toString();
    }

    private static String uci(Envelope original, InterchangeReport report, boolean v4) {
        StringBuilder uci = new StringBuilder("UCI+").append(escape(original.controlReference(), v4))
                .append('+').append(escape(original.senderId(), v4)).append(qualifier(original.senderQualifier(), v4))
                .append('+').append(escape(original.receiverId(), v4)).append(qualifier(original.receiverQualifier(), v4))
                .append('+').append(report.interchange().isEmpty() ? ACKNOWLEDGED : REJECTED);
        if (!report.interchange().isEmpty()) {
            Rejection first = report.interchange().get(0);
            uci.append('+').append(errorCode(first.reason()));
            if (first.position().segmentTag() != null) {
                uci.append('+').append(first.position().segmentTag());
            }
        }
        return uci.toString();
    }

    /** Errors on the message trailer (count, reference) are the message's own error. */
    private static String messageLevelError(InterchangeReport.Message message) {
        for (Rejection problem : message.problems()) {
            if ("UNT".equals(problem.position().segmentTag()) || "UNH".equals(problem.position().segmentTag())) {
                return errorCode(problem.reason());
            }
        }
        return null;
    }

    private static void addSegmentErrors(InterchangeReport.Message message, List<String> body) {
        int lastSegment = -1;
        for (Rejection problem : message.problems()) {
            String tag = problem.position().segmentTag();
            if ("UNT".equals(tag) || "UNH".equals(tag) || problem.position().segment() <= 0) {
                continue;
            }
            int position = message.positionInMessage(problem);
            if (problem.position().element() > 0) {
                if (position != lastSegment) {
                    body.add("UCS+" + position);
                    lastSegment = position;
                }
                body.add("UCD+" + errorCode(problem.reason()) + "+" + problem.position().element()
                        + (problem.position().component() > 0 ? ":" + problem.position().component() : ""));
            } else {
                body.add("UCS+" + position + "+" + errorCode(problem.reason()));
                lastSegment = position;
            }
        }
    }

    /** The ISO 9735 syntax error code (data element 0085) for a rejection reason. */
    static String errorCode(Reason reason) {
        return switch (reason) {
            case INVALID_ELEMENT, INVALID_CODE_VALUE, INVALID_DATE_OR_TIME -> "12";
            case MISSING_ELEMENT, MISSING_SEGMENT -> "13";
            case UNEXPECTED_SEGMENT -> "15";
            case TOO_MANY_ELEMENTS -> "16";
            case NO_AGREEMENT -> "17";
            case INVALID_CHARACTER -> "21";
            case UNKNOWN_PARTNER -> "23";
            case DUPLICATE_INTERCHANGE -> "26";
            case CONTROL_REFERENCE_MISMATCH -> "28";
            case CONTROL_COUNT_MISMATCH -> "29";
            case SEGMENT_REPEATED_TOO_OFTEN, TOO_MANY_REPETITIONS -> "35";
            case GROUP_REPEATED_TOO_OFTEN -> "36";
            case ELEMENT_TOO_LONG -> "39";
            case ELEMENT_TOO_SHORT -> "40";
            default -> "18";
        };
    }

    private static String qualifier(String qualifier, boolean syntax4) {
        return qualifier == null || qualifier.isEmpty() ? "" : ":" + escape(qualifier, syntax4);
    }

    /** Releases the service characters; '*' separates repetitions only in syntax 4. */
    private static String escape(String value, boolean syntax4) {
        String released = value.replace("?", "??").replace("'", "?'").replace("+", "?+").replace(":", "?:");
        return syntax4 ? released.replace("*", "?*") : released;
    }
}
