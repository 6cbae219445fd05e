package org.entrepot.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.ActiveMQServers;
import org.entrepot.config.GatewayConfig;
import org.entrepot.config.GatewaySetting;
import org.entrepot.receive.ReceivedMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With entrepot.broker.url set, the gateway uses that broker and starts none of its own. */
class ExternalBrokerTest {

    @TempDir
    Path data;

    @Test
    void documentsTravelThroughTheConfiguredBroker() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        ActiveMQServer external = ActiveMQServers.newActiveMQServer(new ConfigurationImpl()
                .setPersistenceEnabled(false)
                .setSecurityEnabled(false)
                .setJMXManagementEnabled(false)
                .addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + port));
        external.start();
        try {
            Map<String, String> settings = TestGateways.settings(data);
            settings.put(GatewaySetting.BROKER_URL.key(), "tcp://127.0.0.1:" + port);
            RecordingFlow flow = RecordingFlow.accepting();
            try (Gateway gateway = Gateway.start(GatewayConfig.of(settings), flow)) {
                String token = gateway.apiTokens().issue("nordwind");
                assertEquals(202, new TestHttp(gateway.httpPort()).post(token, "UNB".getBytes()).statusCode());

                await().atMost(Duration.ofSeconds(10)).until(() -> flow.completed().size() == 1);

                assertArrayEquals("UNB".getBytes(), flow.completed().get(0).content());
                assertEquals(OptionalLong.empty(), gateway.queueDepth(ReceivedMessage.QUEUE));
                assertFalse(Files.exists(data.resolve(Gateway.BROKER_FOLDER)));
            }
        } finally {
            external.stop();
        }
    }
}
