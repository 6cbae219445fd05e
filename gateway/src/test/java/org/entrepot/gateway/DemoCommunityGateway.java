package org.entrepot.gateway;

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
final class DemoCommunityGateway implements AutoCloseable {

    /** A loaded shared machine can take a while; a document that never finishes still fails. */
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private final GatewayConfig config;
    private final MappingCatalog mappings;
    private final Gateway gateway;

    private DemoCommunityGateway(Path data) {
        Map<String, String> settings = TestGateways.settings(data);
        settings.put(GatewaySetting.PARTNERS_FILE.key(), Samples.repository().resolve("samples/partners.yaml").toString());
        config = GatewayConfig.of(settings);
        mappings = Samples.mappings();
        PartnerDirectory partners = PartnerDirectory.load(config.partnersFile());
        Function<Evidence, DocumentFlow> flow = evidence -> DocumentPipeline.standard(config.dataDir(),
                config.outboxDir(), partners, mappings, evidence);
        gateway = Gateway.start(config, flow);
    }

    static DemoCommunityGateway start(Path data) {
        return new DemoCommunityGateway(data);
    }

    Gateway gateway() {
        return gateway;
    }

    GatewayConfig config() {
        return config;
    }

    /** Drops a document into the inbox the way a partner's file transfer should: written aside, then renamed. */
    void drop(String name, byte[] content) throws Exception {
        Path part = gateway.inbox().resolve(name + ".part");
        Files.write(part, content);
        Files.move(part, gateway.inbox().resolve(name));
    }

    /** The status of the document received from the inbox file {@code fileName}, once delivered or refused. */
    DocumentStatus awaitOutcome(String fileName) {
        return await().atMost(PATIENCE).until(() -> finished(fileName), Optional::isPresent).orElseThrow();
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
