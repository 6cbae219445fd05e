package org.entrepot.receive;

/**
 * How a channel that is not a Camel route (an AS2 server, a SOAP endpoint, an SFTP poller) hands
 * a received document to the flow: the same queue, the same RECEIVED event, the same guarantees
 * as the inbox and the HTTP intake.
 */
public interface Intake {

    /**
     * Queues a document and records its receipt. Returns only once the broker has it, so a
     * channel may confirm the transmission to its peer (MDN, HTTP 202, delete the remote file)
     * right after.
     *
     * @param document the bytes as received, a new id from {@link org.entrepot.track.MessageIds}
     *     and the channel's metadata ({@link InboundDocument#CHANNEL}, partner, transport id…)
     * @throws IllegalStateException if the document could not be queued; the channel must then
     *     refuse the transmission so that the peer sends it again
     */
    void submit(InboundDocument document);
}
