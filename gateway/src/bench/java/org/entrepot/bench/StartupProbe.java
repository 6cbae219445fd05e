package org.entrepot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.entrepot.config.GatewayConfig;
import org.entrepot.gateway.DocumentPipeline;
import org.entrepot.gateway.Evidence;
import org.entrepot.gateway.Gateway;
import org.entrepot.partner.PartnerDirectory;
import org.entrepot.receive.DocumentFlow;
import org.entrepot.translate.MappingCatalog;

/**
 * How long the gateway takes from start to ready to accept documents, in a fresh JVM each time,
 * as {@code entrepot serve} starts it: partner file, mappings, demo PKI, broker, stores, routes.
 * The first start in an empty data folder also generates the demo PKI; later starts load it.
 * Run by {@link BenchMain} before the JMH runs, so nothing else competes for the cores.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    /** Starts and stops one gateway on {@code args[0]} and prints {@code ready_ms=<n>}. */
    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        Path repository = BenchRepository.root();
        long began = System.nanoTime();
        GatewayConfig config = GatewayConfig.of(Map.of(
                "entrepot.data.dir", data.toString(),
                "entrepot.partners.file", repository.resolve("samples/partners.yaml").toString(),
                "entrepot.http.port", "0"));
        PartnerDirectory partners = PartnerDirectory.load(config.partnersFile());
        MappingCatalog mappings = MappingCatalog.load(repository.resolve("mappings"));
        Function<Evidence, DocumentFlow> flow = evidence -> DocumentPipeline.standard(config.dataDir(),
                config.outboxDir(), partners, mappings, evidence);
        Gateway gateway = Gateway.start(config, flow);
        long readyMillis = (System.nanoTime() - began) / 1_000_000;
        gateway.stop();
        mappings.close();
        System.out.println("ready_ms=" + readyMillis);
        System.exit(0);
    }

    /** Starts the gateway in {@code runs} fresh JVMs on one new data folder; the first generates the PKI. */
    static List<Long> measure(Path workFolder, int runs) throws IOException, InterruptedException {
        Path data = Files.createTempDirectory(Files.createDirectories(workFolder), "startup-");
        List<Long> millis = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"),
                    "-D" + BenchRepository.PROPERTY + "=" + BenchRepository.root(),
                    StartupProbe.class.getName(), data.toString())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            process.waitFor();
            String line = output.lines().filter(l -> l.startsWith("ready_ms=")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the gateway did not start:\n" + output));
            millis.add(Long.parseLong(line.substring("ready_ms=".length())));
        }
        return millis;
    }
}
