package org.entrepot.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.camel.ServiceStatus;
import org.entrepot.config.GatewaySetting;
import org.entrepot.receive.HttpIntakeRoute;
import org.entrepot.receive.InboxRoute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting and stopping: how fast, on which port, and whether the JVM may exit afterwards. */
class GatewayLifecycleTest {

    @TempDir
    Path data;

    @Test
    void startReturnsWhenReadyAndReportsHowLongItTook() {
        try (Gateway gateway = Gateway.start(TestGateways.config(data), RecordingFlow.accepting())) {
            // a figure for the record, not a limit: timing goals live in the benchmarks
            System.out.printf("start-to-ready: %d ms%n", gateway.startupTime().toMillis());

            for (String routeId : new String[] {ProcessingRoute.ROUTE_ID, InboxRoute.ROUTE_ID,
                    HttpIntakeRoute.ROUTE_ID, HttpIntakeRoute.STATUS_ROUTE_ID}) {
                assertEquals(ServiceStatus.Started, gateway.camel().getRouteController().getRouteStatus(routeId), routeId);
            }
            assertEquals(401, new TestHttp(gateway.httpPort()).post(null, "x".getBytes()).statusCode());
            assertTrue(Files.isDirectory(data.resolve(Gateway.BROKER_FOLDER).resolve("journal")));
            assertEquals("127.0.0.1", System.getProperty("h2.bindAddress"));
        }
    }

    @Test
    void aConfiguredPortIsUsedAndFreedAgainOnStop() throws Exception {
        int port = freePort();
        for (int run = 0; run < 2; run++) {
            try (Gateway gateway = Gateway.start(TestGateways.config(data, GatewaySetting.HTTP_PORT,
                    Integer.toString(port)), RecordingFlow.accepting())) {
                assertEquals(port, gateway.httpPort());
            }
        }
    }

    @Test
    void aGatewayThatCannotStartLeavesNothingRunning() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var config = TestGateways.config(data, GatewaySetting.HTTP_PORT, Integer.toString(taken.getLocalPort()));

            assertThrows(IllegalStateException.class, () -> Gateway.start(config, RecordingFlow.accepting()));
        }
        awaitNoNewNonDaemonThreads(before);
        // and the data folder is free for the next start
        try (Gateway gateway = Gateway.start(TestGateways.config(data), RecordingFlow.accepting())) {
            assertTrue(gateway.httpPort() > 0);
        }
    }

    @Test
    void afterStopNoThreadKeepsTheJvmAlive() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        Gateway gateway = Gateway.start(TestGateways.config(data), RecordingFlow.accepting());
        String token = gateway.apiTokens().issue("nordwind");
        assertEquals(202, new TestHttp(gateway.httpPort()).post(token, "UNB".getBytes()).statusCode());

        gateway.stop();
        gateway.stop(); // twice is fine

        awaitNoNewNonDaemonThreads(before);
    }

    @Test
    void receiveOnlyRunsNoProcessingRoute() {
        try (Gateway gateway = Gateway.start(TestGateways.config(data, GatewaySetting.CONSUMERS, "0"),
                RecordingFlow.accepting())) {
            assertFalse(gateway.camel().getRoutes().stream().anyMatch(r -> r.getRouteId().equals(ProcessingRoute.ROUTE_ID)));
        }
    }

    private static void awaitNoNewNonDaemonThreads(Set<Thread> before) {
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Set<String> lingering = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> !before.contains(thread) && thread.isAlive() && !thread.isDaemon())
                    .map(Thread::getName)
                    .collect(Collectors.toSet());
            assertTrue(lingering.isEmpty(), "threads that would keep the JVM alive: " + lingering);
        });
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
