package org.entrepot.gateway;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.entrepot.check.InterchangeReport;
import org.entrepot.check.ack.AckReader;
import org.entrepot.check.ack.Acknowledger;
import org.entrepot.deliver.ReplyDelivery;
import org.entrepot.document.Outcome;
import org.entrepot.document.Rejection;
import org.entrepot.document.Syntax;
import org.entrepot.identify.Envelope;
import org.entrepot.identify.Identification;
import org.entrepot.receive.InboundDocument;
import org.entrepot.track.Archive;
import org.entrepot.track.ControlNumbers;
import org.entrepot.track.EventType;
import org.entrepot.track.OutboundInterchanges;
import org.entrepot.track.TrackingEvent;
import org.entrepot.translate.Format;

/**
 * The acknowledgement side of the pipeline, both ways: answering the sender of each interchange
 * (functional acknowledgement after the check, APERAK after an application refusal, the earlier
 * answer again for a resend), recording every EDI interchange the gateway sends with the time its
 * acknowledgement is due, and reconciling the acknowledgements partners send for those.
 */
final class AcknowledgementStep {

    /** Events for one document, as the pipeline collects them. */
    interface Events {
        void event(EventType type, String detail);
    }

    private final Acknowledger acknowledger;
    private final ReplyDelivery replies;
    private final OutboundInterchanges outbound;
    private final ControlNumbers controlNumbers;
    private final Archive archive;
    private final Clock clock;

    AcknowledgementStep(Acknowledger acknowledger, ReplyDelivery replies, OutboundInterchanges outbound,
                        ControlNumbers controlNumbers, Archive archive, Clock clock) {
        this.acknowledger = acknowledger;
        this.replies = replies;
        this.outbound = outbound;
        this.controlNumbers = controlNumbers;
        this.archive = archive;
        this.clock = clock;
    }

    /** Answers the sender with what the check found (accepted, or the errors and where they are). */
    void functional(InboundDocument document, Identification identification, InterchangeReport report, Events events) {
        acknowledger.functional(identification.agreement(), identification.envelope(), report, replyNumbers(identification))
                .ifPresent(reply -> send(document, identification, reply, events));
    }

    /** Tells an EDIFACT sender, if its agreement asks, why the application refused a message the check passed. */
    void application(InboundDocument document, Identification identification, List<Rejection> problems, Events events) {
        Envelope envelope = identification.envelope();
        String message = envelope.messageReferences().isEmpty() ? envelope.controlReference() : envelope.messageReferences().get(0);
        acknowledger.application(identification.agreement(), envelope, message, problems, replyNumbers(identification))
                .ifPresent(reply -> send(document, identification, reply, events));
    }

    /**
     * Sends the acknowledgements an earlier copy of a resent interchange got, unchanged: the
     * sender sees the same answer, and nothing is processed again.
     *
     * @return whether there was an earlier answer to repeat
     */
    boolean repeat(InboundDocument document, Identification identification, String earlierMessageId, Events events) {
        boolean repeated = false;
        for (var file : archive.files(earlierMessageId)) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String step = dot > 0 ? name.substring(0, dot) : name;
            if (!step.contains(ReplyDelivery.ARCHIVE_STEP)) {
                continue;
            }
            String type = step.substring(step.indexOf(ReplyDelivery.ARCHIVE_STEP) + ReplyDelivery.ARCHIVE_STEP.length())
                    .toUpperCase(java.util.Locale.ROOT);
            try {
                byte[] content = java.nio.file.Files.readAllBytes(file);
                String where = replies.reply(document, identification.sender().id(), type, content, name.substring(dot + 1));
                events.event(EventType.ACK_SENT, type + " of message " + earlierMessageId + " repeated, " + where);
                repeated = true;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read the earlier acknowledgement " + file, e);
            }
        }
        return repeated;
    }

    /**
     * Records an EDI interchange the gateway is sending, by the reference its envelope was just
     * given (no second parse of what was written), with the time its acknowledgement is due when
     * the agreement expects one.
     */
    void sent(String messageId, int index, Identification identification, Format format, String controlReference) {
        if (controlReference == null || controlReference.isEmpty()) {
            return; // XML carries no interchange reference to acknowledge
        }
        Instant now = clock.instant();
        Instant due = identification.agreement().acknowledge().expectWithin().map(now::plus).orElse(null);
        outbound.sent(messageId, index, identification.sender().id(), identification.receiver().id(),
                format.name(), controlReference, now, due);
    }

    /**
     * Reconciles a partner's CONTRL, 997 or 999: each interchange (or X12 group) it answers is
     * marked accepted or rejected, and the document that produced it gets an event.
     *
     * @return the events for the documents whose interchanges were answered, and a sentence for
     *         the acknowledgement's own record
     */
    Reconciled reconcile(InboundDocument acknowledgement, Identification identification) {
        Envelope envelope = identification.envelope();
        String standard = envelope.syntax() == Syntax.X12 ? Format.X12.name() : Format.EDIFACT.name();
        // the acknowledgement goes the other way: its receiver sent the interchange it answers
        String ourSender = identification.receiver().id();
        String partner = identification.sender().id();
        List<TrackingEvent> events = new ArrayList<>();
        List<String> answered = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (AckReader.Verdict verdict : AckReader.read(acknowledgement.content(), envelope.charset())) {
            Optional<OutboundInterchanges.Sent> sent = outbound.acknowledge(ourSender, partner, standard, verdict.reference(),
                    status(verdict.outcome()), acknowledgement.messageId());
            if (sent.isEmpty()) {
                unknown.add(verdict.reference());
                continue;
            }
            answered.add(verdict.reference() + " " + verdict.outcome());
            events.add(new TrackingEvent(sent.get().messageId(), verdict.reference(), EventType.ACK_RECEIVED,
                    clock.instant(), verdict.outcome() + " by " + partner + " (" + verdict.detail() + ") in message "
                    + acknowledgement.messageId()));
        }
        String summary = envelope.messageType() + " from " + partner + " answers " + (answered.isEmpty() ? "nothing we sent"
                : String.join(", ", answered)) + (unknown.isEmpty() ? "" : "; unknown references " + String.join(", ", unknown));
        return new Reconciled(events, summary, !answered.isEmpty());
    }

    /** What reconciling one acknowledgement did. */
    record Reconciled(List<TrackingEvent> events, String summary, boolean matchedAny) {
    }

    private static OutboundInterchanges.Status status(AckReader.Outcome outcome) {
        return switch (outcome) {
            case ACCEPTED -> OutboundInterchanges.Status.ACCEPTED;
            case PARTIALLY_ACCEPTED -> OutboundInterchanges.Status.PARTIALLY_ACCEPTED;
            case REJECTED -> OutboundInterchanges.Status.REJECTED;
            case RECEIVED -> OutboundInterchanges.Status.RECEIVED;
        };
    }

    private void send(InboundDocument document, Identification identification, Acknowledger.Reply reply, Events events) {
        String where = replies.reply(document, identification.sender().id(), reply.type(), reply.content(), reply.extension());
        events.event(EventType.ACK_SENT, reply.type() + " to " + identification.sender().id() + ", " + where);
    }

    /**
     * Acknowledgement interchanges are numbered like any the gateway sends: from the persistent
     * sequence of their own direction (the document's receiver to its sender).
     */
    private Supplier<String> replyNumbers(Identification identification) {
        ControlNumbers.Standard standard = identification.envelope().syntax() == Syntax.X12
                ? ControlNumbers.Standard.X12 : ControlNumbers.Standard.EDIFACT;
        String from = identification.receiver().id();
        String to = identification.sender().id();
        return () -> ControlNumbers.format(controlNumbers.next(from, to, standard), standard);
    }
}
