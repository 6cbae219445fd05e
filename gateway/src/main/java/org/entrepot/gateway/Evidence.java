package org.entrepot.gateway;

import org.entrepot.track.Archive;
import org.entrepot.track.Quarantine;
import org.entrepot.track.TrackingStore;

/**
 * The evidence stores of a running gateway, for the flow's stages to record into: the same
 * instances the receive step uses, so every event of a document lands in one place.
 *
 * @param tracking tracking events
 * @param archive bytes of every step
 * @param quarantine refused documents
 */
public record Evidence(TrackingStore tracking, Archive archive, Quarantine quarantine) {
}
