package org.entrepot.deliver;

/**
 * Where the delivery step hands a document for a network channel: a durable queue, so that the
 * processing of the next document never waits for a slow or absent receiver.
 */
public interface Dispatch {

    /** A gateway without network channels: an agreement naming one cannot be served. */
    Dispatch NONE = outbound -> {
        throw new IllegalStateException("this gateway has no network channels; cannot send " + outbound.name()
                + " to " + outbound.receiver() + " by " + outbound.delivery().channel());
    };

    /**
     * Queues the first try. Queuing the same document again (the processing redone after a
     * crash) does not send it twice.
     */
    void dispatch(Outbound outbound);
}
