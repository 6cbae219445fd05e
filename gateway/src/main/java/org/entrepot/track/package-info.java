/**
 * Evidence of every step a document takes through the gateway.
 *
 * <ul>
 *   <li>{@link org.entrepot.track.TrackingStore} records one {@link org.entrepot.track.TrackingEvent}
 *       per step in an embedded database that the CLI can read while the gateway runs;</li>
 *   <li>{@link org.entrepot.track.Archive} keeps the bytes of each step on disk;</li>
 *   <li>{@link org.entrepot.track.Quarantine} keeps rejected documents with their reasons, so
 *       nothing a partner sent is lost;</li>
 *   <li>{@link org.entrepot.track.MessageIds} gives every received document its internal id, the
 *       key that ties tracking, archive and quarantine together.</li>
 * </ul>
 *
 * <p>Message ids and step names are the only strings that become file names here, and both are
 * the gateway's own; they are still checked, because a path is the wrong place to trust anyone.
 */
package org.entrepot.track;
