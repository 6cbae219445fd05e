package org.entrepot.receive;

import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.GenericFile;

/**
 * The inbox channel: documents dropped into a folder.
 *
 * <p>A file is taken only when it is complete. Writers should write under a temporary name and
 * rename when done: names ending in {@code .tmp} or {@code .part}, and hidden names starting
 * with {@code .}, are never taken. For writers that cannot, a file is taken only after its size
 * and modification time have stayed the same for {@code entrepot.inbox.quiet.ms} (Camel's
 * {@code readLock=changed} with a minimum age), so a file still being copied waits.
 *
 * <p>A taken file becomes a document on {@value ReceivedMessage#QUEUE}; only after the broker
 * has it is the file deleted from the inbox (its bytes are in the broker's journal, and the
 * processing step archives them). If the send fails the file stays and is tried again on a later
 * poll. Empty and oversized files are quarantined instead (see {@link InboxIntake}).
 */
public final class InboxRoute extends RouteBuilder {

    /** The route id. */
    public static final String ROUTE_ID = "receive-inbox";

    private final Path inbox;
    private final int quietMillis;
    private final InboxIntake intake;
    private final Receipts receipts;
    private final String errorHandling;

    /**
     * @param inbox the watched folder
     * @param quietMillis how long a file must stay unchanged before it is taken
     * @param intake decides what becomes of each file
     * @param receipts records RECEIVED events
     * @param errorHandling id of the shared route configuration that handles failures
     */
    public InboxRoute(Path inbox, int quietMillis, InboxIntake intake, Receipts receipts, String errorHandling) {
        this.inbox = inbox;
        this.quietMillis = quietMillis;
        this.intake = intake;
        this.receipts = receipts;
        this.errorHandling = errorHandling;
    }

    @Override
    public void configure() {
        from(endpoint())
                .routeId(ROUTE_ID)
                .routeConfigurationId(errorHandling)
                .process(this::take)
                .to(ExchangePattern.InOnly, Handoff.QUEUE_ENDPOINT).id(Handoff.PERSIST_STEP)
                .process(exchange -> receipts.received(Handoff.document(exchange)));
    }

    private String endpoint() {
        // check a waiting file a few times within its quiet period, but not more than 4 times a second
        long checkInterval = Math.max(250, quietMillis / 4);
        return "file:" + inbox
                + "?readLock=changed"
                + "&readLockMinAge=" + quietMillis
                + "&readLockCheckInterval=" + checkInterval
                // the longest a single file may hold up the poll before it is tried again later
                + "&readLockTimeout=" + (quietMillis + 10 * checkInterval)
                // the changed lock by default ignores empty files forever; they must be quarantined
                + "&readLockMinLength=0"
                + "&antExclude=*.tmp,*.part"
                + "&delete=true"
                + "&initialDelay=0&delay=500";
    }

    private void take(Exchange exchange) throws Exception {
        GenericFile<?> file = exchange.getProperty(ExchangePropertyKey.FILE_EXCHANGE_FILE, GenericFile.class);
        var document = intake.take(Path.of(file.getAbsoluteFilePath()));
        if (document.isEmpty()) {
            exchange.setRouteStop(true); // refused and quarantined; the file leaves the inbox
            return;
        }
        Handoff.prepare(exchange, document.get());
    }
}
