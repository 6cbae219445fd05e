package org.entrepot.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file database as the gateway and the CLI use it: from many threads and from two processes. */
class SharedTrackingDatabaseTest {

    private static final Instant T0 = Instant.parse("2024-05-02T10:15:30Z");

    @TempDir
    Path dataDir;

    @Test
    void theCliCanReadTrackingWhileTheGatewayHoldsTheDatabase() throws Exception {
        try (TrackingStore gateway = TrackingStore.open(dataDir)) {
            gateway.recordAll(List.of(
                    new TrackingEvent("gw-1", null, EventType.RECEIVED, T0, "sftp nordwind"),
                    new TrackingEvent("gw-1", "ICR1", EventType.IDENTIFIED, T0.plusSeconds(1),
                            "INVOIC D96A from nordwind to globex")));

            List<String> cli = runInAnotherJvm(TrackingProbe.class.getName(), dataDir.toString(), "ICR1");

            assertEquals(List.of(
                    "event gw-1 RECEIVED sftp nordwind",
                    "status gw-1 IDENTIFIED",
                    "event gw-1 IDENTIFIED INVOIC D96A from nordwind to globex",
                    "status gw-1 IDENTIFIED"), cli);
            // and the gateway carries on after the CLI has gone
            gateway.record(new TrackingEvent("gw-1", "ICR1", EventType.DELIVERED, T0.plusSeconds(2), "as2 globex"));
            assertEquals(EventType.DELIVERED, gateway.status("gw-1").orElseThrow().lastEvent());
        }
    }

    @Test
    void twoStoresOnTheSameFolderSeeEachOthersEvents() {
        try (TrackingStore gateway = TrackingStore.open(dataDir); TrackingStore cli = TrackingStore.open(dataDir)) {
            gateway.record(new TrackingEvent("m1", "R1", EventType.RECEIVED, T0, "from the gateway"));
            cli.record(new TrackingEvent("m1", "R1", EventType.CHECKED, T0.plusSeconds(1), "from the cli"));

            assertEquals(List.of("m1 RECEIVED", "m1 CHECKED"), TrackingStoreTest.lines(gateway.history("R1")));
            assertEquals(List.of("m1 RECEIVED", "m1 CHECKED"), TrackingStoreTest.lines(cli.history("m1")));
        }
    }

    @Test
    void consumerThreadsRecordingAtOnceLoseNoEvent() throws Exception {
        int threads = 4;
        int documentsPerThread = 50;
        int eventsPerDocument = 10;
        try (TrackingStore store = TrackingStore.open(dataDir)) {
            ExecutorService consumers = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(consumers.submit(() -> {
                    start.await();
                    for (int d = 0; d < documentsPerThread; d++) {
                        recordDocument(store, "t" + thread + "-d" + d, eventsPerDocument, d % 2 == 0);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> thread : done) {
                thread.get(2, TimeUnit.MINUTES);
            }
            consumers.shutdown();

            assertEquals(threads * documentsPerThread, store.recent(10_000).size());
            for (int t = 0; t < threads; t++) {
                for (int d = 0; d < documentsPerThread; d++) {
                    assertEquals(eventsPerDocument, store.history("t" + t + "-d" + d).size(), "t" + t + "-d" + d);
                }
            }
        }
    }

    // half the documents as one batch (the hot path), half event by event
    private static void recordDocument(TrackingStore store, String messageId, int events, boolean asBatch) {
        List<TrackingEvent> steps = new ArrayList<>();
        for (int e = 0; e < events; e++) {
            steps.add(new TrackingEvent(messageId, "ref-" + messageId, EventType.CHECKED, Instant.now(), "step " + e));
        }
        if (asBatch) {
            store.recordAll(steps);
        } else {
            steps.forEach(store::record);
        }
    }

    private List<String> runInAnotherJvm(String mainClass, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        Path output = dataDir.resolve("probe.out");
        Process probe = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean finished = probe.waitFor(2, TimeUnit.MINUTES);
        if (!finished) {
            probe.destroyForcibly();
        }
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertTrue(finished, "the probe did not finish: " + lines);
        assertEquals(0, probe.exitValue(), "the probe failed: " + String.join("\n", lines));
        return lines;
    }
}
