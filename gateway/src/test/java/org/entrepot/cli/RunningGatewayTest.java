package org.entrepot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entrepot.config.GatewayConfig;
import org.entrepot.translate.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code entrepot serve} does at start: HTTP partners get a token once, printed and never stored in clear. */
class RunningGatewayTest {

    @TempDir
    Path data;

    @Test
    void everyHttpPartnerGetsOneTokenOnFirstStartAndNoneAgainLater() {
        GatewayConfig config = GatewayConfig.of(Map.of(
                "entrepot.data.dir", data.toString(),
                "entrepot.partners.file", Samples.repository().resolve("samples/partners.yaml").toString(),
                "entrepot.http.port", "0"));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        try (RunningGateway running = RunningGateway.start(config)) {
            List<String> issued = running.issueMissingTokens(new PrintStream(printed, true, StandardCharsets.UTF_8));
            assertEquals(List.of("meridian", "nordwind", "yuanhang"), issued.stream().sorted().toList());
            String line = printed.toString(StandardCharsets.UTF_8).lines()
                    .filter(l -> l.startsWith("API token for nordwind")).findFirst().orElseThrow();
            String token = line.substring(line.lastIndexOf(' ') + 1);
            assertEquals(Optional.of("nordwind"), running.gateway().apiTokens().authenticate(token));
            assertTrue(running.issueMissingTokens(new PrintStream(new ByteArrayOutputStream())).isEmpty(),
                    "a partner that has a token is not given another");
        }
    }

    @Test
    void aCarrierReachedOverRestGetsATokenForItsWebhookCalls() throws Exception {
        String community = java.nio.file.Files.readString(Samples.repository().resolve("samples/partners.yaml"))
                .replace("      - { scheme: GLN, value: \"5790001234560\" }\n", "      - { scheme: GLN, value: \"5790001234560\" }\n"
                        + "    channels: { rest: { url: \"https://api.baltica.example/v1/si\" } }\n");
        Path partners = java.nio.file.Files.writeString(data.resolve("partners.yaml"), community);
        GatewayConfig config = GatewayConfig.of(Map.of("entrepot.data.dir", data.resolve("data").toString(),
                "entrepot.partners.file", partners.toString(), "entrepot.http.port", "0"));

        try (RunningGateway running = RunningGateway.start(config)) {
            List<String> issued = running.issueMissingTokens(new PrintStream(new ByteArrayOutputStream()));
            assertEquals(List.of("baltica", "meridian", "nordwind", "yuanhang"), issued.stream().sorted().toList());
        }
    }
}
