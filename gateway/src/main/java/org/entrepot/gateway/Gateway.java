package org.entrepot.gateway;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import io.vertx.core.net.impl.TCPServerBase;
import org.apache.camel.CamelContext;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.component.platform.http.PlatformHttpComponent;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpEngine;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.entrepot.config.GatewayConfig;
import org.entrepot.receive.ApiTokens;
import org.entrepot.receive.DocumentFlow;
import org.entrepot.receive.HttpGuard;
import org.apache.camel.ProducerTemplate;
import org.entrepot.deliver.Channel;
import org.entrepot.deliver.ChannelContext;
import org.entrepot.deliver.Channels;
import org.entrepot.deliver.DeliveryResolver;
import org.entrepot.partner.PartnerDirectory;
import org.entrepot.receive.HttpIntakeRoute;
import org.entrepot.receive.QueueIntake;
import org.entrepot.track.HeldDocuments;
import org.entrepot.track.Transmissions;
import org.entrepot.receive.InboxIntake;
import org.entrepot.receive.InboxRoute;
import org.entrepot.receive.Receipts;
import org.entrepot.sign.CertificateExpiry;
import org.entrepot.sign.CertificateInventory;
import org.entrepot.track.AcknowledgementWatch;
import org.entrepot.track.Archive;
import org.entrepot.track.GatewayMetrics;
import org.entrepot.track.OutboundInterchanges;
import org.entrepot.track.Quarantine;
import org.entrepot.track.TrackingStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.connection.CachingConnectionFactory;

/**
 * A running gateway: the broker (embedded, or a connection to an external one), the evidence
 * stores, and the Camel routes that receive documents and hand them to the {@link DocumentFlow}.
 *
 * <p>{@link #start} returns once everything is ready: the HTTP port is open, the inbox is
 * watched and the queue is consumed. {@link #stop} takes it down in the opposite order: first no
 * new documents are taken in, then processing stops (a document in the middle of the flow is
 * rolled back onto the queue), then Camel, the broker and the tracking store close.
 */
public final class Gateway implements AutoCloseable {

    /** Secrets (API token hashes) live here, inside the data folder. */
    public static final String SECRETS_FOLDER = "secrets";
    /** The embedded broker's files live here, inside the data folder. */
    public static final String BROKER_FOLDER = "broker";

    private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);
    private static final long ROUTE_STOP_SECONDS = 10;
    /** Certificates expire in days; looking every six hours raises a 1-day warning in time. */
    private static final long CERTIFICATE_WATCH_MILLIS = 6 * 60 * 60 * 1000L;
    private static final int CACHED_SENDER_SESSIONS = 16;
    /** How soon an operator's resend from the dead-letter queue is picked up. */
    private static final long RESEND_WATCH_MILLIS = 1000;

    private final GatewayConfig config;
    private final PartnerDirectory partners;
    private final Channels channels;
    private final List<AutoCloseable> started = new ArrayList<>();
    private TrackingStore tracking;
    private Archive archive;
    private Quarantine quarantine;
    private ApiTokens apiTokens;
    private Broker broker;
    private DefaultCamelContext camel;
    private VertxPlatformHttpServer httpServer;
    private Duration startupTime;
    private final GatewayMetrics metrics = new GatewayMetrics();
    private boolean stopped;

    private Gateway(GatewayConfig config, PartnerDirectory partners, Channels channels) {
        this.config = config;
        this.partners = partners;
        this.channels = channels;
    }

    /**
     * Starts a gateway that hands documents to a flow built beforehand.
     *
     * @param config the checked configuration
     * @param flow the stages after receive
     * @return the running gateway
     * @throws IllegalStateException if a part does not start; whatever did start is stopped again
     */
    public static Gateway start(GatewayConfig config, DocumentFlow flow) {
        return start(config, evidence -> flow);
    }

    /**
     * Starts a gateway whose flow is built from its own evidence stores, so the flow records into
     * the same tracking store, archive and quarantine as the receive step.
     *
     * @param config the checked configuration
     * @param flowFactory builds the flow once the stores are open
     * @return the running gateway
     * @throws IllegalStateException if a part does not start; whatever did start is stopped again
     */
    public static Gateway start(GatewayConfig config, Function<Evidence, DocumentFlow> flowFactory) {
        return start(config, flowFactory, PartnerDirectory.empty(), Channels.none());
    }

    /**
     * Starts a gateway with network channels: documents for them go through the outbound queue,
     * with retries and a dead-letter queue, and each channel's inbound side is started.
     *
     * @param partners the trading community; where each agreement's channel settings come from
     * @param channels the network channels; closed with the gateway
     * @throws IllegalStateException also when an agreement names a channel the gateway lacks, or
     *     a receiver's settings for it cannot work
     */
    public static Gateway start(GatewayConfig config, Function<Evidence, DocumentFlow> flowFactory,
                                PartnerDirectory partners, Channels channels) {
        long began = System.nanoTime();
        Gateway gateway = new Gateway(config, partners, channels);
        try {
            gateway.open(flowFactory);
        } catch (Exception | Error e) {
            gateway.stopQuietly(e);
            if (e instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("the gateway did not start: " + e.getMessage(), e);
        }
        gateway.startupTime = Duration.ofNanos(System.nanoTime() - began);
        if (gateway.apiTokens.partners().isEmpty()) {
            LOG.info("no partner has an API token yet: the HTTP intake refuses every request until one is issued");
        }
        LOG.info("Entrepot gateway ready in {} ms: http://{}:{}{}, inbox {}, {} consumer(s), {} broker",
                gateway.startupTime.toMillis(), config.httpHost(), gateway.httpPort(), HttpIntakeRoute.DOCUMENTS_PATH,
                config.inboxDir(), config.consumers(), config.brokerUrl().isPresent() ? "external" : "embedded");
        return gateway;
    }

    private void open(Function<Evidence, DocumentFlow> flowFactory) throws Exception {
        // H2's AUTO_SERVER port would listen on every interface; it must be set before H2 loads
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
        NetworkDeliveries.requireUsable(partners, channels);
        createFolders();
        started.add(DataFolderLock.acquire(config.dataDir()));
        tracking = TrackingStore.open(config.dataDir());
        started.add(tracking);
        archive = new Archive(config.dataDir());
        quarantine = new Quarantine(config.dataDir());
        apiTokens = ApiTokens.open(config.dataDir().resolve(SECRETS_FOLDER));

        // the broker is the slowest part to start (journal, class loading): it starts on its own
        // thread while Camel and the HTTP server start here, and only the routes wait for it
        CompletableFuture<Broker> brokerStarting = CompletableFuture.supplyAsync(this::startBroker,
                task -> new Thread(task, "entrepot-broker-start").start());
        started.add(() -> stopOnceStarted(brokerStarting));
        startCamel();
        Clock clock = Clock.systemUTC();
        ProducerTemplate producer = camel.createProducerTemplate();
        Transmissions transmissions = Transmissions.open(config.dataDir());
        QueueDispatch dispatch = new QueueDispatch(producer, transmissions, clock);
        DocumentFlow flow = flowFactory.apply(new Evidence(tracking, archive, quarantine, dispatch));
        if (flow instanceof AutoCloseable closeable) {
            // closed after Camel has stopped feeding it, before the stores it records into
            started.add(started.indexOf(camel), closeable);
        }

        broker = awaitBroker(brokerStarting);
        addJms();
        Receipts receipts = new Receipts(tracking, clock);
        // processing first and intake last, so nothing is taken in before it can be handled
        if (config.consumers() > 0) {
            camel.addRoutes(new ProcessingRoute(config.consumers(), flow, archive, GatewayErrors.ID));
        }
        InboxIntake intake = new InboxIntake(config.dataDir(), config.maxDocumentBytes(), quarantine, receipts, clock);
        camel.addRoutes(new InboxRoute(config.inboxDir(), config.inboxQuietMillis(), intake, receipts,
                GatewayErrors.ID));
        camel.addRoutes(new HttpIntakeRoute(config.maxDocumentBytes(), receipts, tracking, archive, clock, GatewayErrors.ID));
        OutboundInterchanges outbound = OutboundInterchanges.open(config.dataDir());
        started.add(outbound);
        AcknowledgementWatch acknowledgements = new AcknowledgementWatch(outbound, tracking, metrics, clock);
        camel.addRoutes(new WatchRoute("acknowledgement-watch", acknowledgements::look, config.ackWatchMillis(), GatewayErrors.ID));
        CertificateExpiry expiry = new CertificateExpiry(clock);
        Path pki = config.dataDir().resolve("pki");
        camel.addRoutes(new WatchRoute("certificate-expiry-watch",
                () -> expiry.alert(CertificateInventory.of(pki), tracking, metrics), CERTIFICATE_WATCH_MILLIS, GatewayErrors.ID));

        DeliveryResolver resolver = new DeliveryResolver(partners);
        DeliveryAttempts deliveries = new DeliveryAttempts(channels, resolver, transmissions,
                HeldDocuments.deadLetters(config.dataDir()), HeldDocuments.awaitingReceipt(config.dataDir()), dispatch,
                tracking, archive, clock, java.util.concurrent.ThreadLocalRandom.current()::nextDouble);
        if (config.consumers() > 0) {
            camel.addRoutes(new DeliveryRoute(config.deliveryConsumers(), resolver, deliveries, GatewayErrors.ID));
            camel.addRoutes(new WatchRoute("dead-letter-resend", deliveries::resendRequested, RESEND_WATCH_MILLIS,
                    GatewayErrors.ID));
        }
        ChannelContext context = new ChannelContext(config, partners, new QueueIntake(producer, receipts), deliveries,
                tracking, camel, clock);
        // closed first when the gateway stops: no channel takes anything in once the flow is going
        started.add(channels);
        for (Channel channel : channels.all()) {
            channel.start(context);
        }
    }

    /** The gateway's metrics (overdue acknowledgements, …), as monitoring reads them. */
    public GatewayMetrics metrics() {
        return metrics;
    }

    private Broker startBroker() {
        return config.brokerUrl().isPresent()
                ? new ExternalBroker(config.brokerUrl().get(), config.brokerUser(), config.brokerPassword())
                : EmbeddedBroker.start(config.dataDir().resolve(BROKER_FOLDER), config.redeliveryDelayMillis(),
                        config.maxDeliveryAttempts());
    }

    private static Broker awaitBroker(CompletableFuture<Broker> starting) throws Exception {
        try {
            return starting.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    // also runs when the start fails half-way: a broker that comes up after that is stopped at once
    private static void stopOnceStarted(CompletableFuture<Broker> starting) {
        try {
            starting.join().stop();
        } catch (CompletionException e) {
            // it never started; awaitBroker reported why
        }
    }

    private void createFolders() throws IOException {
        Files.createDirectories(config.dataDir());
        Files.createDirectories(config.inboxDir());
        Files.createDirectories(config.outboxDir());
    }

    private void startCamel() throws Exception {
        camel = new DefaultCamelContext();
        camel.getCamelContextExtension().setName("entrepot");
        camel.getShutdownStrategy().setTimeout(ROUTE_STOP_SECONDS);
        started.add(camel);

        PlatformHttpComponent platformHttp = new PlatformHttpComponent();
        platformHttp.setEngine(new VertxPlatformHttpEngine());
        camel.addComponent("platform-http", platformHttp);
        httpServer = new VertxPlatformHttpServer(httpConfiguration());
        camel.addService(httpServer);

        camel.addRoutes(new GatewayErrors());
        camel.start();
        // Camel's Vert.x server reports a failed bind only in its log and starts anyway, so ask the
        // server whether it listens (Vert.x answers that only on its implementation class)
        if (!(httpServer.getServer() instanceof TCPServerBase server) || !server.isListening()) {
            throw new IllegalStateException("the HTTP intake cannot listen on " + config.httpHost() + ":"
                    + config.httpPort() + " (see the log above for why)");
        }
        // the guard goes on the router before any /api route exists, so it is always first
        new HttpGuard(apiTokens).install(camel.getRegistry().findSingleByType(VertxPlatformHttpRouter.class));
    }

    private void addJms() {
        // senders reuse sessions (one per concurrent sender); the listener keeps its own consumers
        CachingConnectionFactory senders = new CachingConnectionFactory(broker.connectionFactory());
        senders.setSessionCacheSize(CACHED_SENDER_SESSIONS);
        // closed after Camel (started is closed in reverse), so no route is left without it
        started.add(started.indexOf(camel), senders::destroy);
        JmsComponent jms = new JmsComponent();
        jms.setConnectionFactory(broker.connectionFactory());
        jms.setTemplateConnectionFactory(senders);
        camel.addComponent("jms", jms);
    }

    private VertxPlatformHttpServerConfiguration httpConfiguration() {
        VertxPlatformHttpServerConfiguration http = new VertxPlatformHttpServerConfiguration();
        http.setBindHost(config.httpHost());
        http.setBindPort(config.httpPort());
        // Vert.x refuses a longer body while reading it (413), so no request is held beyond the limit
        http.setMaxBodySize((long) config.maxDocumentBytes());
        // documents are posted as the body itself; multipart uploads would be spooled to disk
        http.getBodyHandler().setHandleFileUploads(false);
        return http;
    }

    /** @return the port the HTTP intake listens on (the one picked, when configured as 0) */
    public int httpPort() {
        return httpServer.getPort();
    }

    /** @return the watched inbox folder */
    public Path inbox() {
        return config.inboxDir();
    }

    /** @return the configuration the gateway runs with */
    public GatewayConfig config() {
        return config;
    }

    /** @return the tracking store; open while the gateway runs */
    public TrackingStore tracking() {
        return tracking;
    }

    /** @return the archive */
    public Archive archive() {
        return archive;
    }

    /** @return the quarantine */
    public Quarantine quarantine() {
        return quarantine;
    }

    /** @return the partners' API tokens */
    public ApiTokens apiTokens() {
        return apiTokens;
    }

    /** @return the broker the queues live on */
    public Broker broker() {
        return broker;
    }

    /**
     * @param queue a queue name, e.g. {@link Broker#DEAD_LETTER_QUEUE}
     * @return how many messages it holds, or empty with an external broker
     */
    public OptionalLong queueDepth(String queue) {
        return broker.messageCount(queue);
    }

    /** @return the Camel context, for inspection (route status, tests) */
    public CamelContext camel() {
        return camel;
    }

    /** @return how long {@link #start} took, from the call until ready */
    public Duration startupTime() {
        return startupTime;
    }

    /**
     * Stops taking in documents, then stops processing, Camel, the broker and the tracking store.
     * A document in the middle of the flow is rolled back and processed after the next start.
     * Safe to call twice.
     *
     * @throws IllegalStateException if a part did not stop cleanly (every part is still stopped)
     */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        IllegalStateException failure = new IllegalStateException("the gateway did not stop cleanly");
        for (String routeId : List.of(HttpIntakeRoute.ROUTE_ID, HttpIntakeRoute.STATUS_ROUTE_ID, InboxRoute.ROUTE_ID,
                ProcessingRoute.ROUTE_ID, DeliveryRoute.ROUTE_ID)) {
            stopRoute(routeId, failure);
        }
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                failure.addSuppressed(e);
            }
        }
        started.clear();
        if (failure.getSuppressed().length > 0) {
            throw failure;
        }
        LOG.info("Entrepot gateway stopped");
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    private void stopRoute(String routeId, IllegalStateException failure) {
        if (camel == null || camel.getRoute(routeId) == null) {
            return;
        }
        try {
            camel.getRouteController().stopRoute(routeId, ROUTE_STOP_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            failure.addSuppressed(e);
        }
    }

    private void stopQuietly(Throwable cause) {
        try {
            stop();
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
