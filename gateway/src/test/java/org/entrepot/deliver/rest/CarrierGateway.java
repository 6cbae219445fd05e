package org.entrepot.deliver.rest;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import org.entrepot.config.GatewayConfig;
import org.entrepot.config.GatewaySetting;
import org.entrepot.deliver.ChannelContext;
import org.entrepot.deliver.Channels;
import org.entrepot.deliver.DeliveryFailure;
import org.entrepot.deliver.DeliveryReports;
import org.entrepot.deliver.Transmission;
import org.entrepot.gateway.DocumentPipeline;
import org.entrepot.gateway.Evidence;
import org.entrepot.gateway.Gateway;
import org.entrepot.gateway.TestGateways;
import org.entrepot.partner.PartnerDirectory;
import org.entrepot.receive.DocumentFlow;
import org.entrepot.receive.InboundDocument;
import org.entrepot.track.DocumentStatus;
import org.entrepot.track.EventType;
import org.entrepot.track.TrackingEvent;
import org.entrepot.translate.MappingCatalog;
import org.entrepot.translate.Samples;

/**
 * A real gateway for the demo community in which Baltica is reached over REST and posts its
 * transport events to the webhook: the sample partner file with Baltica's {@code channels.rest}
 * settings, Baltica's API token and webhook key in the secrets folder, and the REST channel
 * started by the gateway itself (or, to record what the webhook takes, by the test).
 */
final class CarrierGateway implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    static final String CARRIER = "baltica";

    private final Path data;
    private final GatewayConfig config;
    private final Gateway gateway;
    private final MappingCatalog mappings;
    private final RestChannel channel;
    private final byte[] webhookKey;
    private final String carrierToken;
    private final List<InboundDocument> recorded = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    private CarrierGateway(Path data, String restSettings, String shippingDelivery, Map<String, String> overrides,
                           boolean recordOnly, Consumer<Path> beforeStart) throws Exception {
        this.data = data;
        Path partnersFile = data.resolve("partners.yaml");
        Files.createDirectories(data);
        Files.writeString(partnersFile, community(restSettings, shippingDelivery), StandardCharsets.UTF_8);
        Map<String, String> settings = TestGateways.settings(data.resolve("gateway"));
        settings.put(GatewaySetting.PARTNERS_FILE.key(), partnersFile.toString());
        if (recordOnly) {
            settings.put(GatewaySetting.CONSUMERS.key(), "0");
        }
        settings.putAll(overrides);
        config = GatewayConfig.of(settings);
        webhookKey = new byte[32];
        new SecureRandom().nextBytes(webhookKey);
        Path secrets = Files.createDirectories(config.dataDir().resolve("secrets").resolve(CarrierSecrets.FOLDER));
        Files.writeString(secrets.resolve(CARRIER + CarrierSecrets.WEBHOOK_SECRET),
                "whsec_" + Base64.getEncoder().encodeToString(webhookKey) + "\n", StandardCharsets.US_ASCII);
        beforeStart.accept(config.dataDir());
        PartnerDirectory partners = PartnerDirectory.load(partnersFile);
        Clock clock = Clock.systemUTC();
        if (recordOnly) {
            mappings = null;
            gateway = Gateway.start(config, evidence -> document -> {
                throw new IllegalStateException("nothing is processed in this test");
            });
            // the channel's webhook hands what it takes to a recorder instead of the gateway's queue
            channel = new RestChannel(config);
            channel.start(new ChannelContext(config, partners, recorded::add, new NoReports(), gateway.tracking(),
                    gateway.camel(), clock));
        } else {
            mappings = Samples.mappings();
            channel = null;
            Function<Evidence, DocumentFlow> flow = evidence -> DocumentPipeline.standard(config.dataDir(),
                    config.outboxDir(), partners, mappings, evidence);
            gateway = Gateway.start(config, flow, partners, new Channels(List.of(new RestChannel(config))));
        }
        carrierToken = gateway.apiTokens().issue(CARRIER);
    }

    /** A gateway whose webhook hands what it takes to a recorder instead of the flow. */
    static CarrierGateway recording(Path data, Map<String, String> overrides) throws Exception {
        return new CarrierGateway(data, "{ url: \"https://127.0.0.1:1/v1/shipping-instructions\", auth: mtls,"
                + " webhookSignature: \"true\" }", null, overrides, true, dataDir -> { });
    }

    /** A gateway that processes what Baltica sends, delivering to the other partners' folders. */
    static CarrierGateway processing(Path data, String restSettings, Map<String, String> overrides) throws Exception {
        return new CarrierGateway(data, restSettings, null, overrides, false, dataDir -> { });
    }

    /**
     * A gateway that also sends Nordwind's and Meridian's shipping instructions to Baltica's API.
     *
     * @param shippingDelivery the agreements' {@code deliver:} value, e.g. with a short retry schedule
     * @param beforeStart      prepares the data folder (PKI, registered certificates, secrets) first
     */
    static CarrierGateway shippingOverRest(Path data, String restSettings, String shippingDelivery,
                                           Consumer<Path> beforeStart) throws Exception {
        return new CarrierGateway(data, restSettings, shippingDelivery, Map.of(), false, beforeStart);
    }

    private static String community(String restSettings, String shippingDelivery) {
        String sample = new String(Samples.read("partners.yaml"), StandardCharsets.UTF_8);
        String baltica = "      - { scheme: GLN, value: \"5790001234560\" }\n";
        if (!sample.contains(baltica)) {
            throw new IllegalStateException("samples/partners.yaml no longer names Baltica as this test expects");
        }
        // Baltica is a carrier reached over REST; Prairie has REST settings but does not sign its webhook calls
        String community = sample.replace(baltica, baltica + "    channels:\n      rest: " + restSettings + "\n")
                .replace("      - { scheme: DUNS, value: \"456789012\" }\n", "      - { scheme: DUNS, value: \"456789012\" }\n"
                        + "    channels:\n      rest: { url: \"https://127.0.0.1:1/v1/loads\", auth: mtls }\n");
        if (shippingDelivery == null) {
            return community;
        }
        String rerouted = community;
        for (String agreement : List.of("nordwind-baltica-shipping-instruction", "meridian-baltica-shipping-instruction")) {
            rerouted = rerouted.replaceFirst("(id: " + agreement + "\\n(?:    .*\\n)*?)    deliver: \\{ channel: directory \\}",
                    "$1    deliver: " + java.util.regex.Matcher.quoteReplacement(shippingDelivery));
        }
        if (rerouted.split("channel: rest", -1).length != 3) {
            throw new IllegalStateException("the shipping agreements were not rerouted as this test expects");
        }
        return rerouted;
    }

    Gateway gateway() {
        return gateway;
    }

    GatewayConfig config() {
        return config;
    }

    List<InboundDocument> recorded() {
        return recorded;
    }

    String carrierToken() {
        return carrierToken;
    }

    byte[] webhookKey() {
        return webhookKey;
    }

    URI webhook() {
        return URI.create("http://127.0.0.1:" + gateway.httpPort() + TransportEventWebhook.PATH);
    }

    /** Baltica posts an event report as its webhook client does: token, id, time and signature. */
    HttpResponse<String> postEvents(String eventId, byte[] body) throws Exception {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        return post(body, Map.of("Authorization", "Bearer " + carrierToken, "Content-Type", "application/xml",
                TransportEventWebhook.ID_HEADER, eventId, TransportEventWebhook.TIMESTAMP_HEADER, timestamp,
                TransportEventWebhook.SIGNATURE_HEADER, WebhookSignature.header(webhookKey, eventId, timestamp, body)));
    }

    HttpResponse<String> post(byte[] body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(webhook()).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        new LinkedHashMap<>(headers).forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The gateway's id of a received document, from the webhook's 202 answer. */
    static String messageId(HttpResponse<String> accepted) {
        return new io.vertx.core.json.JsonObject(accepted.body()).getString("messageId");
    }

    /** Drops a document into the inbox as a partner's file transfer should: written aside, then renamed. */
    void drop(String name, byte[] content) throws Exception {
        Path part = gateway.inbox().resolve(name + ".part");
        Files.write(part, content);
        Files.move(part, gateway.inbox().resolve(name));
    }

    /** The message id the inbox file {@code fileName} was given, once received. */
    String awaitReceived(String fileName) {
        return await().atMost(PATIENCE).until(() -> gateway.tracking().recent(200).stream()
                .map(DocumentStatus::messageId)
                .filter(id -> gateway.tracking().history(id).get(0).detail().contains("\"" + fileName + "\""))
                .findFirst(), Optional::isPresent).orElseThrow();
    }

    /** The first event of {@code type} in the document's own story, once it is there. */
    TrackingEvent awaitEvent(String messageId, EventType type) {
        return await().atMost(PATIENCE).until(() -> gateway.tracking().history(messageId).stream()
                .filter(e -> e.messageId().equals(messageId) && e.type() == type).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    /** The document's status once it is delivered or refused. */
    DocumentStatus awaitOutcome(String messageId) {
        return await().atMost(PATIENCE).until(() -> gateway.tracking().status(messageId)
                .filter(s -> s.lastEvent() == EventType.DELIVERED || s.lastEvent() == EventType.REJECTED
                        || s.lastEvent() == EventType.DUPLICATE), Optional::isPresent).orElseThrow();
    }

    @Override
    public void close() throws Exception {
        if (channel != null) {
            channel.close();
        }
        gateway.stop();
        if (mappings != null) {
            mappings.close();
        }
    }

    private static final class NoReports implements DeliveryReports {
        @Override
        public void delivered(String transmissionId, Transmission receipt) {
        }

        @Override
        public void failed(String transmissionId, DeliveryFailure failure) {
        }
    }
}
