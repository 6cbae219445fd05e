package org.entrepot.track;

import java.nio.file.Path;

/**
 * Stands in for {@code entrepot status} in a separate JVM: opens the tracking store of a data
 * folder and prints the history and status of one key, one line each.
 */
public final class TrackingProbe {

    private TrackingProbe() {
    }

    /** @param args the data folder and a message id or interchange reference */
    public static void main(String[] args) {
        try (TrackingStore store = TrackingStore.open(Path.of(args[0]))) {
            for (TrackingEvent event : store.history(args[1])) {
                System.out.println("event " + event.messageId() + " " + event.type() + " " + event.detail());
                store.status(event.messageId()).ifPresent(status ->
                        System.out.println("status " + status.messageId() + " " + status.lastEvent()));
            }
        }
    }
}
