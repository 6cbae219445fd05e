package org.entrepot.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entrepot.config.GatewayConfig;
import org.entrepot.receive.HttpIntakeRoute;
import org.entrepot.track.DocumentStatus;
import org.entrepot.track.EventType;
import org.entrepot.track.TrackingEvent;
import org.entrepot.track.TrackingStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code entrepot demo}: starts the gateway on embedded defaults, sends every sample invoice
 * through it (inbox and HTTP), adds two broken documents, waits for the outcome of each and
 * prints it.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Start the gateway on embedded defaults, push the sample invoices through it",
                "(inbox and HTTP) together with two broken documents, and print what became of each."})
final class DemoCommand implements Callable<Integer> {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final List<String> INBOX_SAMPLES = List.of(
            "invoices/nordwind-globex-invoic-d96a.edi",
            "invoices/yuanhang-globex-invoic-d96a-utf8.edi",
            "invoices/lakeside-globex-810-4010.edi");
    private static final String HTTP_SAMPLE = "invoices/meridian-nordwind-ubl-invoice.xml";

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data/demo",
            description = {"the demo's own data folder (default: ${DEFAULT-VALUE}); each run starts it afresh,",
                    "keeping only its demo PKI, because the gateway rightly refuses the same interchanges twice"})
    Path dataDir;

    /** Marks a folder the demo made, so a run never empties a folder it does not own. */
    private static final String MARKER = ".entrepot-demo";

    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "samples",
            description = "the samples folder with partners.yaml and invoices/ (default: ${DEFAULT-VALUE})")
    Path samples;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(samples.resolve("partners.yaml"))) {
            System.err.println("no " + samples.resolve("partners.yaml") + ": run the demo from the repository root or pass --samples");
            return 2;
        }
        if (!startAfresh(dataDir)) {
            return 2;
        }
        GatewayConfig config = GatewayConfig.of(Map.of(
                "entrepot.data.dir", dataDir.toString(),
                "entrepot.partners.file", samples.resolve("partners.yaml").toString(),
                "entrepot.http.port", "0",
                "entrepot.inbox.quiet.ms", "200"));
        System.out.println("Starting Entrepot on embedded defaults (data folder " + dataDir.toAbsolutePath() + ") ...");
        try (RunningGateway running = RunningGateway.start(config)) {
            System.out.printf("Ready in %d ms. Inbox %s, HTTP on 127.0.0.1:%d%n%n", running.gateway().startupTime().toMillis(),
                    config.inboxDir(), running.gateway().httpPort());
            Map<String, String> sent = new LinkedHashMap<>();
            Instant started = Instant.now();
            dropIntoInbox(config.inboxDir(), sent);
            post(running, sent);
            int expected = sent.size() + INBOX_SAMPLES.size() + 2;
            List<DocumentStatus> outcomes = awaitOutcomes(running.gateway().tracking(), started, expected);
            report(running.gateway().tracking(), outcomes, sent, config);
        }
        return 0;
    }

    /**
     * Empties the demo's folder from an earlier run, all but its PKI (generating keys takes a few
     * seconds). A non-empty folder without the demo's marker is someone else's: left alone.
     */
    private static boolean startAfresh(Path folder) throws IOException {
        if (Files.isDirectory(folder) && !Files.exists(folder.resolve(MARKER))) {
            try (var entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    System.err.println(folder + " is not empty and was not made by the demo; pass another --data");
                    return false;
                }
            }
        }
        Files.createDirectories(folder);
        try (var entries = Files.list(folder)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (!name.equals("pki") && !name.equals(MARKER)) {
                    deleteTree(entry);
                }
            }
        }
        Files.writeString(folder.resolve(MARKER), "made by entrepot demo; emptied at the start of every demo run\n");
        return true;
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private void dropIntoInbox(Path inbox, Map<String, String> sent) throws IOException {
        for (String sample : INBOX_SAMPLES) {
            drop(inbox, Path.of(sample).getFileName().toString(), Files.readAllBytes(samples.resolve(sample)));
        }
        String nordwind = Files.readString(samples.resolve(INBOX_SAMPLES.get(0)), StandardCharsets.ISO_8859_1);
        drop(inbox, "broken-unt-count.edi", nordwind.replace("UNT+65+1'", "UNT+63+1'").getBytes(StandardCharsets.ISO_8859_1));
        drop(inbox, "not-an-invoice.txt", "Dear supplier, please find our invoice attached.\n".getBytes(StandardCharsets.UTF_8));
        System.out.println("Dropped " + (INBOX_SAMPLES.size() + 2) + " files into the inbox.");
    }

    /** Written under a .part name and renamed, as any well-behaved sender does. */
    private static void drop(Path inbox, String name, byte[] content) throws IOException {
        Files.createDirectories(inbox);
        Path part = inbox.resolve(name + ".part");
        Files.write(part, content);
        Files.move(part, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private void post(RunningGateway running, Map<String, String> sent) throws IOException, InterruptedException {
        running.gateway().apiTokens().revoke("meridian");
        String token = running.gateway().apiTokens().issue("meridian");
        URI documents = URI.create("http://127.0.0.1:" + running.gateway().httpPort() + HttpIntakeRoute.DOCUMENTS_PATH);
        HttpClient http = HttpClient.newHttpClient();
        byte[] body = Files.readAllBytes(samples.resolve(HTTP_SAMPLE));

        HttpResponse<String> refused = http.send(request(documents, "not-a-token", body), HttpResponse.BodyHandlers.ofString());
        System.out.println("POST with a wrong token        -> " + refused.statusCode() + " " + refused.body());
        HttpResponse<String> accepted = http.send(request(documents, token, body), HttpResponse.BodyHandlers.ofString());
        System.out.println("POST as meridian (UBL invoice) -> " + accepted.statusCode() + " " + accepted.body());
        String id = accepted.body().replaceAll(".*\"messageId\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        sent.put(id, "http  " + Path.of(HTTP_SAMPLE).getFileName());
    }

    private static HttpRequest request(URI uri, String token, byte[] body) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    /** Waits until this run's documents have all been delivered or refused, and returns them. */
    private static List<DocumentStatus> awaitOutcomes(TrackingStore tracking, Instant started, int expected)
            throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<DocumentStatus> done = finished(tracking, started, expected);
        while (done.size() < expected && System.nanoTime() < deadline) {
            Thread.sleep(200);
            done = finished(tracking, started, expected);
        }
        if (done.size() < expected) {
            System.out.println("(some documents were still in progress after " + PATIENCE.toSeconds() + " s)");
        }
        return done;
    }

    /** This run's documents (received since it started; a reused data folder holds earlier ones) that are done. */
    private static List<DocumentStatus> finished(TrackingStore tracking, Instant started, int expected) {
        List<DocumentStatus> done = new ArrayList<>();
        for (DocumentStatus status : tracking.recent(expected * 4)) {
            boolean final_ = status.lastEvent() == EventType.DELIVERED || status.lastEvent() == EventType.REJECTED;
            List<TrackingEvent> history = tracking.history(status.messageId());
            if (final_ && !history.isEmpty() && !history.get(0).at().isBefore(started)) {
                done.add(status);
            }
        }
        return done;
    }

    private static void report(TrackingStore tracking, List<DocumentStatus> outcomes, Map<String, String> sent,
                               GatewayConfig config) {
        System.out.println();
        System.out.printf("%-26s  %-44s %-10s %s%n", "message id", "document", "outcome", "detail");
        for (DocumentStatus status : outcomes) {
            String source = sent.getOrDefault(status.messageId(), "inbox " + fileName(tracking.history(status.messageId())));
            System.out.printf("%-26s  %-44s %-10s %s%n", status.messageId(), source, status.lastEvent(), status.detail());
        }
        System.out.println();
        System.out.println("Delivered documents and their .p7s signatures are in " + config.outboxDir() + "/<receiver>/.");
        System.out.println("Refused documents are in " + config.dataDir().resolve("quarantine") + " with their reasons.");
        System.out.println("A document's full history: java -jar gateway/target/entrepot.jar status <message id> --data " + config.dataDir());
        System.out.println("The data folder is kept until the next demo run.");
    }

    private static String fileName(List<TrackingEvent> history) {
        for (TrackingEvent event : history) {
            if (event.type() == EventType.RECEIVED && event.detail() != null) {
                int quote = event.detail().indexOf("file \"");
                if (quote >= 0) {
                    return event.detail().substring(quote + 6, event.detail().lastIndexOf('"'));
                }
            }
        }
        return "?";
    }
}
