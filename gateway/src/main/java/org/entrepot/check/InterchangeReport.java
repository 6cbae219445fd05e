package org.entrepot.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.entrepot.document.Rejection;

/**
 * The check stage's findings arranged the way acknowledgements report them: problems of the
 * interchange itself (envelope, trailer counts) and, per message, the problems inside it. X12
 * interchanges also list their functional groups (GS..GE), which 997 and 999 acknowledge one by
 * one.
 *
 * @param interchange problems outside any message: the interchange envelope and, for X12, the
 *                    group envelopes too (each group repeats its own in {@link Group#problems()})
 * @param messages    every message of the interchange, in order, with its own problems
 * @param groups      X12 functional groups in order; empty for EDIFACT
 */
public record InterchangeReport(List<Rejection> interchange, List<Message> messages, List<Group> groups) {

    /**
     * One message as checked.
     *
     * @param reference     UNH 0062 (or ST02)
     * @param type          message type (INVOIC)
     * @param version       as StAEDI gives it: EDIFACT {@code [agency, version, release, association]}, X12 {@code [version]}
     * @param headerSegment UNH's segment number in the interchange, so positions can be given from UNH = 1
     * @param problems      what is wrong inside the message
     * @param convention    X12 ST03, the implementation convention reference (5010); empty otherwise
     */
    public record Message(String reference, String type, List<String> version, int headerSegment,
                          List<Rejection> problems, String convention) {

        public Message {
            problems = List.copyOf(problems);
            convention = Objects.requireNonNullElse(convention, "");
        }

        public Message(String reference, String type, List<String> version, int headerSegment, List<Rejection> problems) {
            this(reference, type, version, headerSegment, problems, "");
        }

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

        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    /**
     * One X12 functional group as checked.
     *
     * @param functionalId        GS01, e.g. {@code IN}
     * @param controlNumber       GS06
     * @param version             GS08, e.g. {@code 004010} or {@code 005010X...}
     * @param applicationSender   GS02
     * @param applicationReceiver GS03
     * @param declaredCount       GE01 as written (the number of transaction sets the sender says it sent); empty if GE is missing
     * @param problems            problems of the group envelope (GS, GE)
     * @param messages            the transaction sets inside the group, in order
     */
    public record Group(String functionalId, String controlNumber, String version, String applicationSender,
                        String applicationReceiver, String declaredCount, List<Rejection> problems, List<Message> messages) {

        public Group {
            problems = List.copyOf(problems);
            messages = List.copyOf(messages);
        }

        /** The number of transaction sets the sender declared in GE01, or those received when GE01 is unreadable. */
        public int included() {
            return declaredCount.matches("[0-9]{1,6}") ? Integer.parseInt(declaredCount) : messages.size();
        }

        public long acceptedMessages() {
            return messages.stream().filter(Message::accepted).count();
        }
    }

    public InterchangeReport {
        interchange = List.copyOf(interchange);
        messages = List.copyOf(messages);
        groups = List.copyOf(groups);
    }

    /** A report without functional groups (EDIFACT). */
    public InterchangeReport(List<Rejection> interchange, List<Message> messages) {
        this(interchange, messages, List.of());
    }

    /** Whether nothing at all is wrong. */
    public boolean accepted() {
        return interchange.isEmpty() && messages.stream().allMatch(Message::accepted);
    }

    /** Problems of the interchange envelope itself (UNB/UNZ, ISA/IEA), without those of X12 groups. */
    public List<Rejection> envelope() {
        List<Rejection> own = new ArrayList<>(interchange);
        own.removeIf(p -> groups.stream().anyMatch(g -> g.problems().stream().anyMatch(q -> q == p)));
        return own;
    }

    /** Every problem, interchange first, then message by message. */
    public List<Rejection> problems() {
        List<Rejection> all = new ArrayList<>(interchange);
        messages.forEach(m -> all.addAll(m.problems()));
        return all;
    }
}
