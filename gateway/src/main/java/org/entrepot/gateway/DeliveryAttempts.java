package org.entrepot.gateway;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import org.entrepot.deliver.Channel;
import org.entrepot.deliver.Channels;
import org.entrepot.deliver.DeliveryFailure;
import org.entrepot.deliver.DeliveryReports;
import org.entrepot.deliver.DeliveryResolver;
import org.entrepot.deliver.Outbound;
import org.entrepot.deliver.OutboundMessage;
import org.entrepot.deliver.Transmission;
import org.entrepot.partner.Delivery;
import org.entrepot.track.Archive;
import org.entrepot.track.EventType;
import org.entrepot.track.HeldDocuments;
import org.entrepot.track.TrackingEvent;
import org.entrepot.track.TrackingStore;
import org.entrepot.track.Transmissions;
import org.entrepot.translate.Format;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One try of a network delivery and what follows from it: the receipt recorded, or the next try
 * scheduled after the agreement's backoff, or, after the last, the document in the dead-letter
 * queue. Also where receipts arriving later (async MDNs) and operators' resends come in.
 *
 * <p>A failed try is never retried by holding its thread: the next try is a new message the
 * broker hands out only when its time has come, so a receiver that is down costs the others
 * nothing but the connect timeout of each try.
 */
final class DeliveryAttempts implements DeliveryReports {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryAttempts.class);

    private final Channels channels;
    private final DeliveryResolver resolver;
    private final Transmissions transmissions;
    private final HeldDocuments deadLetters;
    private final HeldDocuments awaitingReceipt;
    private final QueueDispatch queue;
    private final TrackingStore tracking;
    private final Archive archive;
    private final Clock clock;
    private final DoubleSupplier random;

    DeliveryAttempts(Channels channels, DeliveryResolver resolver, Transmissions transmissions, HeldDocuments deadLetters,
                     HeldDocuments awaitingReceipt, QueueDispatch queue, TrackingStore tracking, Archive archive,
                     Clock clock, DoubleSupplier random) {
        this.channels = channels;
        this.resolver = resolver;
        this.transmissions = transmissions;
        this.deadLetters = deadLetters;
        this.awaitingReceipt = awaitingReceipt;
        this.queue = queue;
        this.tracking = tracking;
        this.archive = archive;
        this.clock = clock;
        this.random = random;
    }

    /** Runs one try taken from the outbound queue, unless it is a stale copy of one already run. */
    void attempt(OutboundMessage.Queued queued) {
        Outbound outbound = queued.outbound();
        if (!transmissions.isDue(outbound.transmissionId(), queued.generation(), outbound.attempt())) {
            LOG.debug("try {} of {} is not due any more; dropped", outbound.attempt(), outbound.transmissionId());
            return;
        }
        Optional<Channel> channel = channels.named(outbound.delivery().channel());
        try {
            if (!queued.resolved()) {
                throw new DeliveryFailure(DeliveryFailure.Kind.MISCONFIGURED, "the partner file has no agreement "
                        + outbound.agreementId() + " delivering to " + outbound.receiver() + " by " + outbound.delivery().channel());
            }
            if (channel.isEmpty()) {
                throw new DeliveryFailure(DeliveryFailure.Kind.MISCONFIGURED, "this gateway has no channel "
                        + outbound.delivery().channel());
            }
            succeeded(outbound, queued.generation(), channel.get().send(outbound));
        } catch (DeliveryFailure failure) {
            failed(outbound, queued.generation(), failure);
        } catch (RuntimeException e) {
            LOG.error("channel {} failed unexpectedly sending {}", outbound.delivery().channel(), outbound.transmissionId(), e);
            failed(outbound, queued.generation(), new DeliveryFailure(DeliveryFailure.Kind.CHANNEL_ERROR,
                    e.getClass().getSimpleName() + ": " + e.getMessage(), e));
        }
    }

    private void succeeded(Outbound outbound, int generation, Transmission receipt) {
        keep(outbound, receipt.evidence());
        String by = outbound.delivery().channel() + " to " + outbound.receiver() + ": " + receipt.detail();
        if (receipt.status() == Transmission.Status.AWAITING_RECEIPT) {
            awaitingReceipt.put(held(outbound, generation, ""), outbound.content(), outbound.signature());
            transmissions.update(outbound.transmissionId(), generation, outbound.attempt(), Transmissions.Status.SENT,
                    clock.instant(), receipt.detail());
            event(outbound.messageId(), EventType.SENT, by);
            return;
        }
        transmissions.update(outbound.transmissionId(), generation, outbound.attempt(), Transmissions.Status.DELIVERED,
                clock.instant(), receipt.detail());
        event(outbound.messageId(), EventType.DELIVERED, by);
    }

    private void failed(Outbound outbound, int generation, DeliveryFailure failure) {
        if (failure.evidence() != null) {
            keep(outbound, java.util.List.of(failure.evidence()));
        }
        Delivery delivery = outbound.delivery();
        int tries = delivery.retry().attempts();
        String what = "try " + outbound.attempt() + " of " + tries + " by " + delivery.channel() + " to "
                + outbound.receiver() + " failed: " + failure.describe();
        if (delivery.retry().allowsAnotherAfter(outbound.attempt())) {
            Duration wait = delivery.retry().delayAfter(outbound.attempt(), random.getAsDouble());
            Instant next = clock.instant().plus(wait);
            // the next try is queued before the state moves on: a crash in between leaves the
            // current try due, and queuing the next again is dropped as a duplicate
            queue.enqueue(outbound.attempt(outbound.attempt() + 1), generation, next.toEpochMilli());
            // no-op when the next try came off the queue first and moved the register on itself
            transmissions.advance(outbound.transmissionId(), generation, outbound.attempt(), outbound.attempt() + 1,
                    Transmissions.Status.RETRYING, clock.instant(), failure.describe());
            event(outbound.messageId(), EventType.DELIVERY_RETRY, what + "; next try at " + next);
            LOG.info("{} ({}); next try at {}", what, outbound.transmissionId(), next);
            return;
        }
        deadLetters.put(held(outbound, generation, failure.describe()), outbound.content(), outbound.signature());
        transmissions.update(outbound.transmissionId(), generation, outbound.attempt(), Transmissions.Status.DEAD,
                clock.instant(), failure.describe());
        event(outbound.messageId(), EventType.DEAD_LETTER, what + "; no tries left, held as "
                + outbound.transmissionId() + " (entrepot deliveries resend " + outbound.transmissionId() + ")");
        LOG.warn("{}: dead-lettered as {}", what, outbound.transmissionId());
    }

    @Override
    public void delivered(String transmissionId, Transmission receipt) {
        Optional<Transmissions.Transmission> sent = transmissions.find(transmissionId)
                .filter(t -> t.status() == Transmissions.Status.SENT);
        Optional<HeldDocuments.Held> held = awaitingReceipt.get(transmissionId);
        if (sent.isEmpty() || held.isEmpty()) {
            LOG.warn("a receipt for {} arrived, but nothing sent is waiting for it; ignored", transmissionId);
            return;
        }
        Outbound outbound = outbound(awaitingReceipt, held.get(), sent.get().attempt());
        keep(outbound, receipt.evidence());
        transmissions.update(transmissionId, sent.get().generation(), sent.get().attempt(),
                Transmissions.Status.DELIVERED, clock.instant(), receipt.detail());
        event(outbound.messageId(), EventType.DELIVERED, outbound.delivery().channel() + " to " + outbound.receiver()
                + ": " + receipt.detail());
        awaitingReceipt.release(transmissionId);
    }

    @Override
    public void failed(String transmissionId, DeliveryFailure failure) {
        Optional<Transmissions.Transmission> sent = transmissions.find(transmissionId)
                .filter(t -> t.status() == Transmissions.Status.SENT);
        Optional<HeldDocuments.Held> held = awaitingReceipt.get(transmissionId);
        if (sent.isEmpty() || held.isEmpty()) {
            LOG.warn("a failing receipt for {} arrived, but nothing sent is waiting for it; ignored: {}",
                    transmissionId, failure.describe());
            return;
        }
        Outbound outbound = outbound(awaitingReceipt, held.get(), sent.get().attempt());
        // back among the tries in progress, so the next one is due when it comes off the queue
        transmissions.update(transmissionId, sent.get().generation(), sent.get().attempt(),
                Transmissions.Status.RETRYING, clock.instant(), failure.describe());
        failed(outbound, sent.get().generation(), failure);
        awaitingReceipt.release(transmissionId);
    }

    /** Sends every dead letter an operator asked to resend on its way again, from try 1. */
    void resendRequested() {
        for (HeldDocuments.Held held : deadLetters.list()) {
            if (!held.resendRequested()) {
                continue;
            }
            int generation = held.generation() + 1;
            Outbound outbound = outbound(deadLetters, held, 1);
            // the state first: a try queued for now is taken at once, and one that finds the
            // transmission still DEAD is dropped as stale; a crash in between leaves the resend
            // marker, so the next look queues it again
            transmissions.update(held.transmissionId(), generation, 1, Transmissions.Status.QUEUED, clock.instant(),
                    "resent by an operator");
            queue.enqueue(outbound, generation, 0);
            deadLetters.release(held.transmissionId());
            event(held.messageId(), EventType.RESENT, "from the dead-letter queue by " + outbound.delivery().channel()
                    + " to " + held.receiver() + " (" + held.transmissionId() + "), try 1 of "
                    + outbound.delivery().retry().attempts());
        }
    }

    private Outbound outbound(HeldDocuments store, HeldDocuments.Held held, int attempt) {
        Delivery delivery = resolver.resolve(held.agreementId(), held.receiver())
                .filter(d -> d.channel().equals(held.channel()))
                .orElseGet(() -> new Delivery(held.channel()));
        return new Outbound(held.messageId(), held.index(), held.receiver(), held.agreementId(), delivery, held.name(),
                store.content(held.transmissionId()), store.signature(held.transmissionId()).orElse(null),
                Format.valueOf(held.format()), attempt);
    }

    private HeldDocuments.Held held(Outbound outbound, int generation, String reason) {
        return new HeldDocuments.Held(outbound.transmissionId(), outbound.messageId(), outbound.index(),
                outbound.receiver(), outbound.agreementId(), outbound.delivery().channel(), outbound.name(),
                outbound.format().name(), generation, outbound.attempt(), reason, clock.instant(), false);
    }

    private void keep(Outbound outbound, java.util.List<Transmission.Evidence> evidence) {
        for (Transmission.Evidence item : evidence) {
            archive.store(outbound.messageId(), item.step() + "-" + outbound.index() + "-" + outbound.attempt(),
                    item.content(), item.extension());
        }
    }

    private void event(String messageId, EventType type, String detail) {
        tracking.record(new TrackingEvent(messageId, null, type, clock.instant(), detail));
    }
}
