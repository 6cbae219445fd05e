package org.entrepot.gateway;

import org.entrepot.deliver.Channels;

import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.entrepot.config.GatewayConfig;
import org.entrepot.config.GatewaySetting;
import org.entrepot.partner.PartnerDirectory;
import org.entrepot.receive.DocumentFlow;
import org.entrepot.track.DocumentStatus;
import org.entrepot.track.EventType;
import org.entrepot.translate.MappingCatalog;
import org.entrepot.translate.Samples;

/**
 * The whole gateway on embedded defaults with the demo community (samples/partners.yaml) and the
 * packaged mappings, in a fresh data folder: what every journey test starts from.
 */
public final class DemoCommunityGateway implements AutoCloseable {

    /** A loaded shared machine can take a while; a document that never finishes still fails. */
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private final GatewayConfig config;
    private final MappingCatalog mappings;
    private final Gateway gateway;

    private DemoCommunityGateway(Path data, Path partnersFile, Channels channels, Map<String, String> extra) {
        Map<String, String> settings = TestGateways.settings(data);
        settings.put(GatewaySetting.PARTNERS_FILE.key(), partnersFile.toString());
        settings.putAll(extra);
        config = GatewayConfig.of(settings);
        mappings = Samples.mappings();
        PartnerDirectory partners = PartnerDirectory.load(config.partnersFile());
        Function<Evidence, DocumentFlow> flow = evidence -> DocumentPipeline.standard(config.dataDir(),
                config.outboxDir(), partners, mappings, evidence);
        try {
            gateway = Gateway.start(config, flow, partners, channels);
        } catch (RuntimeException e) {
            mappings.close();
            throw e;
        }
    }

    /** The demo community as samples/partners.yaml describes it, every delivery to folders. */
    public static DemoCommunityGateway start(Path data) {
        return new DemoCommunityGateway(data, Samples.repository().resolve("samples/partners.yaml"), Channels.none(),
                Map.of());
    }

    /**
     * The demo community with network channels: {@code partnersYaml} is usually samples/partners.yaml
     * ({@link #samplePartners()}) edited to point some agreements at test peers on loopback.
     *
     * @param settings gateway settings on top of the fast test ones (ports of a channel's server…)
     */
    public static DemoCommunityGateway start(Path data, String partnersYaml, Channels channels,
                                             Map<String, String> settings) throws java.io.IOException {
        Files.createDirectories(data);
        Path partners = data.resolve("partners.yaml");
        Files.writeString(partners, partnersYaml);
        return new DemoCommunityGateway(data, partners, channels, settings);
    }

    /** The text of samples/partners.yaml, to edit for a test. */
    public static String samplePartners() throws java.io.IOException {
        return Files.readString(Samples.repository().resolve("samples/partners.yaml"));
    }

    public Gateway gateway() {
        return gateway;
    }

    public GatewayConfig config() {
        return config;
    }

    /** Drops a document into the inbox the way a partner's file transfer should: written aside, then renamed. */
    public void drop(String name, byte[] content) throws Exception {
        Path part = gateway.inbox().resolve(name + ".part");
        Files.write(part, content);
        Files.move(part, gateway.inbox().resolve(name));
    }

    /** The status of the document received from the inbox file {@code fileName}, once delivered or refused. */
    public DocumentStatus awaitOutcome(String fileName) {
        return await().atMost(PATIENCE).until(() -> finished(fileName), Optional::isPresent).orElseThrow();
    }

    /** The message id the document from inbox file {@code fileName} was given, once received. */
    public String awaitReceived(String fileName) {
        return await().atMost(PATIENCE).until(() -> gateway.tracking().recent(200).stream()
                .map(DocumentStatus::messageId)
                .filter(id -> gateway.tracking().history(id).get(0).detail().contains("\"" + fileName + "\""))
                .findFirst(), Optional::isPresent).orElseThrow();
    }

    /** The first event of {@code type} in the document's own story, once it is there. */
    public org.entrepot.track.TrackingEvent awaitEvent(String messageId, EventType type) {
        return await().atMost(PATIENCE).until(() -> gateway.tracking().history(messageId).stream()
                .filter(e -> e.messageId().equals(messageId) && e.type() == type).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    private Optional<DocumentStatus> finished(String fileName) {
        return gateway.tracking().recent(50).stream()
                .filter(s -> s.lastEvent() == EventType.DELIVERED || s.lastEvent() == EventType.REJECTED)
                .filter(s -> gateway.tracking().history(s.messageId()).get(0).detail().contains("\"" + fileName + "\""))
                .findFirst();
    }

    @Override
    public void close() {
        gateway.stop();
        mappings.close();
    }
}
