package org.entrepot.check;

import java.util.ArrayList;
import java.util.List;
import org.entrepot.document.Rejection;

/**
 * The check stage's findings arranged the way acknowledgements report them: problems of the
 * interchange itself (envelope, trailer counts) and, per message, the problems inside it.
 *
 * @param interchange problems outside any message
 * @param messages    every message of the interchange, in order, with its own problems
 */
public record InterchangeReport(List<Rejection> interchange, List<Message> messages) {

    /**
     * One message as checked.
     *
     * @param reference     UNH 0062 (or ST02)
     * @param type          message type (INVOIC)
     * @param version       as StAEDI gives it: EDIFACT {@code [agency, version, release, association]}, X12 {@code [version]}
     * @param headerSegment UNH's segment number in the interchange, so positions can be given from UNH = 1
     * @param problems      what is wrong inside the message
     */
    public record Message(String reference, String type, List<String> version, int headerSegment,
                          List<Rejection> problems) {

        /** The message identifier as UNH S009 writes it: {@code INVOIC:D:96A:UN[:EAN008]}. */
        public String identifier() {
            if (version.size() < 3) {
                return type;
            }
            return type + ":" + version.get(1) + ":" + version.get(2) + ":" + version.get(0)
                    + (version.size() > 3 && version.get(3) != null && !version.get(3).isEmpty() ? ":" + version.get(3) : "");
        }

        /** A problem's segment number counted from this message's header (UNH = 1). */
        public int positionInMessage(Rejection problem) {
            return problem.position().segment() - headerSegment + 1;
        }
    }

    public InterchangeReport {
        interchange = List.copyOf(interchange);
        messages = List.copyOf(messages);
    }

    /** Whether nothing at all is wrong. */
    public boolean accepted() {
        return interchange.isEmpty() && messages.stream().allMatch(m -> m.problems().isEmpty());
    }

    /** Every problem, interchange first, then message by message. */
    public List<Rejection> problems() {
        List<Rejection> all = new ArrayList<>(interchange);
        messages.forEach(m -> all.addAll(m.problems()));
        return all;
    }
}
