package org.entrepot.gateway;

import org.entrepot.deliver.Dispatch;
import org.entrepot.track.Archive;
import org.entrepot.track.Quarantine;
import org.entrepot.track.TrackingStore;

/**
 * The evidence stores of a running gateway, for the flow's stages to record into: the same
 * instances the receive step uses, so every event of a document lands in one place; and the
 * outbound queue the delivery step hands network deliveries to.
 *
 * @param tracking tracking events
 * @param archive bytes of every step
 * @param quarantine refused documents
 * @param dispatch the queue of documents for network channels
 */
public record Evidence(TrackingStore tracking, Archive archive, Quarantine quarantine, Dispatch dispatch) {

    /** Stores for a flow that delivers to folders only. */
    public Evidence(TrackingStore tracking, Archive archive, Quarantine quarantine) {
        this(tracking, archive, quarantine, Dispatch.NONE);
    }
}
