package org.entrepot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatewayConfigTest {

    @TempDir
    Path folder;

    @Test
    void withNothingSetEveryDefaultApplies() {
        GatewayConfig config = GatewayConfig.load(null, Map.of(), new Properties());

        Path data = Path.of("./data").toAbsolutePath().normalize();
        assertEquals(data, config.dataDir());
        assertEquals(Path.of("samples/partners.yaml").toAbsolutePath(), config.partnersFile());
        assertEquals(Optional.empty(), config.mappingsDir());
        assertEquals("127.0.0.1", config.httpHost());
        assertEquals(8080, config.httpPort());
        assertEquals(data.resolve("inbox"), config.inboxDir());
        assertEquals(data.resolve("outbox"), config.outboxDir());
        assertEquals(50 * 1024 * 1024, config.maxDocumentBytes());
        assertEquals(2, config.consumers());
        assertEquals(Optional.empty(), config.brokerUrl());
        assertEquals(5, config.maxDeliveryAttempts());
        assertEquals("default", config.origin(GatewaySetting.HTTP_PORT));
    }

    @Test
    void everyDefaultIsItselfAValidValue() {
        for (GatewaySetting setting : GatewaySetting.values()) {
            assertTrue(setting.key().startsWith("entrepot."), setting.key());
            assertFalse(setting.description().isBlank(), setting.key());
        }
        // the defaults written out as a file must load, so the documented defaults are real ones;
        // derived defaults are prose, and a partners file named in a file must exist (tested below)
        StringBuilder text = new StringBuilder();
        for (GatewaySetting setting : GatewaySetting.values()) {
            if (!setting.defaultValue().startsWith("<") && setting != GatewaySetting.PARTNERS_FILE) {
                text.append(setting.key()).append('=').append(setting.defaultValue()).append('\n');
            }
        }
        Path file = write("defaults.properties", text.toString());
        assertEquals(8080, GatewayConfig.load(file, Map.of(), new Properties()).httpPort());
    }

    @Test
    void aDataFolderMovesTheInboxAndOutboxWithIt() {
        GatewayConfig config = GatewayConfig.of(Map.of("entrepot.data.dir", folder.toString()));

        assertEquals(folder.resolve("inbox"), config.inboxDir());
        assertEquals(folder.resolve("outbox"), config.outboxDir());
    }

    @Test
    void theFileThenTheEnvironmentThenSystemPropertiesWin() {
        Path file = write("gateway.properties", """
                # comments and blank lines are fine

                entrepot.http.port = 9000
                entrepot.consumers=3
                entrepot.http.host=0.0.0.0
                """);
        Properties system = new Properties();
        system.setProperty("entrepot.http.port", "9002");
        GatewayConfig config = GatewayConfig.load(file,
                Map.of("ENTREPOT_HTTP_PORT", "9001", "ENTREPOT_CONSUMERS", "4"), system);

        assertEquals(9002, config.httpPort());
        assertEquals("system property entrepot.http.port", config.origin(GatewaySetting.HTTP_PORT));
        assertEquals(4, config.consumers());
        assertEquals("environment variable ENTREPOT_CONSUMERS", config.origin(GatewaySetting.CONSUMERS));
        assertEquals("0.0.0.0", config.httpHost());
        assertEquals(file + ", line 5", config.origin(GatewaySetting.HTTP_HOST));
    }

    @Test
    void aBadValueInAFileIsReportedWithKeyFileAndLine() {
        Path file = write("gateway.properties", """
                entrepot.consumers=2
                # the port below is wrong
                entrepot.http.port=80800
                """);

        ConfigException problem = assertThrows(ConfigException.class,
                () -> GatewayConfig.load(file, Map.of(), new Properties()));

        assertEquals(1, problem.problems().size());
        assertEquals("entrepot.http.port = \"80800\" (" + file + ", line 3): must be a port number from 0 to 65535",
                problem.problems().get(0));
    }

    @Test
    void aValueContinuedOverLinesIsReportedAtTheLineItStarts() {
        Path file = write("gateway.properties", "entrepot.http.host=local\\\n    host\nentrepot.consumers=many\n");

        ConfigException problem = assertThrows(ConfigException.class,
                () -> GatewayConfig.load(file, Map.of(), new Properties()));

        assertEquals(1, problem.problems().size(), problem.getMessage());
        assertTrue(problem.problems().get(0).startsWith("entrepot.consumers = \"many\" (" + file + ", line 3)"),
                problem.getMessage());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Path file = write("gateway.properties", """
                entrepot.http.prot=9000
                entrepot.consumers=-1
                entrepot.max.document.bytes=50MB
                entrepot.broker.url=http://broker
                entrepot.consumers=2
                log.level=debug
                """);

        ConfigException problem = assertThrows(ConfigException.class,
                () -> GatewayConfig.load(file, Map.of(), new Properties()));

        String message = problem.getMessage();
        assertEquals(6, problem.problems().size(), message);
        assertTrue(message.contains("entrepot.http.prot (" + file + ", line 1): unknown setting"), message);
        assertTrue(message.contains("entrepot.consumers (" + file + ", line 5): set again, first set on line 2"), message);
        assertTrue(message.contains("log.level (" + file + ", line 6): not a gateway setting"), message);
        assertTrue(message.contains("entrepot.consumers = \"-1\""), message);
        assertTrue(message.contains("entrepot.max.document.bytes = \"50MB\""), message);
        assertTrue(message.contains("entrepot.broker.url = \"http://broker\""), message);
    }

    @Test
    void aBadEnvironmentVariableIsNamedAsSuch() {
        ConfigException problem = assertThrows(ConfigException.class,
                () -> GatewayConfig.load(null, Map.of("ENTREPOT_CONSUMERS", "lots"), new Properties()));

        assertEquals("entrepot.consumers = \"lots\" (environment variable ENTREPOT_CONSUMERS): "
                + "must be a number of consumers from 0 to 64", problem.problems().get(0));
    }

    @Test
    void sizesTakeBinaryUnits() {
        assertEquals(1024, size("1KiB"));
        assertEquals(3 * 1024 * 1024, size("3 MiB"));
        assertEquals(1 << 30, size("1GiB"));
        assertEquals(4096, size("4096"));
        assertThrows(ConfigException.class, () -> size("2GiB"));
        assertThrows(ConfigException.class, () -> size("0"));
        assertThrows(ConfigException.class, () -> size("1.5MiB"));
    }

    @Test
    void aFileOrFolderSomeoneNamedMustExist() {
        ConfigException problem = assertThrows(ConfigException.class, () -> GatewayConfig.of(Map.of(
                "entrepot.partners.file", folder.resolve("missing.yaml").toString(),
                "entrepot.mappings.dir", folder.resolve("missing").toString())));

        assertEquals(2, problem.problems().size(), problem.getMessage());
        assertTrue(problem.problems().get(0).endsWith("no such file"), problem.getMessage());
        assertTrue(problem.problems().get(1).endsWith("no such folder"), problem.getMessage());
    }

    @Test
    void theInboxCannotBeTheDataFolderOrTheOutbox() {
        String inbox = folder.resolve("shared").toString();
        ConfigException problem = assertThrows(ConfigException.class, () -> GatewayConfig.of(Map.of(
                "entrepot.data.dir", folder.toString(),
                "entrepot.inbox.dir", inbox,
                "entrepot.outbox.dir", inbox)));

        assertTrue(problem.getMessage().contains("must not be the inbox"), problem.getMessage());
        assertThrows(ConfigException.class, () -> GatewayConfig.of(Map.of(
                "entrepot.data.dir", folder.toString(), "entrepot.inbox.dir", folder.toString())));
    }

    @Test
    void anInboxPathMustNotCarryUriSyntax() {
        ConfigException problem = assertThrows(ConfigException.class, () -> GatewayConfig.of(Map.of(
                "entrepot.inbox.dir", folder.resolve("in?delete=false").toString())));

        assertTrue(problem.getMessage().contains("must not contain ?, #, & or %"), problem.getMessage());
    }

    @Test
    void aMissingConfigurationFileIsAnError() {
        ConfigException problem = assertThrows(ConfigException.class,
                () -> GatewayConfig.load(folder.resolve("nope.properties"), Map.of(), new Properties()));

        assertTrue(problem.getMessage().contains("nope.properties does not exist"), problem.getMessage());
    }

    @Test
    void unknownKeysGivenByAProgramAreRefused() {
        assertThrows(ConfigException.class, () -> GatewayConfig.of(Map.of("entrepot.http.prot", "1")));
    }

    @Test
    void theBrokerPasswordIsNeverShown() {
        GatewayConfig config = GatewayConfig.load(null,
                Map.of("ENTREPOT_BROKER_URL", "tcp://broker:61616", "ENTREPOT_BROKER_PASSWORD", "s3cret"),
                new Properties());

        assertEquals(Optional.of("s3cret"), config.brokerPassword());
        assertEquals(Optional.of("tcp://broker:61616"), config.brokerUrl());
        assertFalse(config.toString().contains("s3cret"), config.toString());
        assertTrue(config.toString().contains("entrepot.broker.password=********"), config.toString());
    }

    private int size(String value) {
        return GatewayConfig.of(Map.of("entrepot.max.document.bytes", value)).maxDocumentBytes();
    }

    private Path write(String name, String text) {
        try {
            return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
