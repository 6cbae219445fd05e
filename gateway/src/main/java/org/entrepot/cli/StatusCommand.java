package org.entrepot.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.entrepot.track.DocumentStatus;
import org.entrepot.track.TrackingEvent;
import org.entrepot.track.TrackingStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entrepot status [ID]}: a document's history, or the latest documents. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Show a document's history by message id or interchange control reference,",
                "or the most recent documents when no id is given. Works while the gateway runs."})
final class StatusCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "message id or interchange control reference")
    String id;

    @Option(names = "--limit", defaultValue = "20", description = "how many recent documents (default: ${DEFAULT-VALUE})")
    int limit;

    @Mixin
    DataOptions data;

    @Override
    public Integer call() {
        try (TrackingStore tracking = TrackingStore.open(data.dataDir)) {
            if (id == null) {
                for (DocumentStatus status : tracking.recent(limit)) {
                    System.out.printf("%s  %-14s %-10s %s  %s%n", status.lastAt(), nullToDash(status.interchangeRef()),
                            status.lastEvent(), status.messageId(), nullToDash(status.detail()));
                }
                return 0;
            }
            List<TrackingEvent> history = tracking.history(id);
            if (history.isEmpty()) {
                System.err.println("no document with message id or interchange reference " + id);
                return Entrepot.REJECTED;
            }
            for (TrackingEvent event : history) {
                System.out.printf("%s  %s  %-10s %s%n", event.at(), event.messageId(), event.type(), nullToDash(event.detail()));
            }
            return 0;
        }
    }

    private static String nullToDash(String value) {
        return value == null || value.isEmpty() ? "-" : value;
    }
}
