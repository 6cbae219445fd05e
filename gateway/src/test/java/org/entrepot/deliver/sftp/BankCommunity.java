package org.entrepot.deliver.sftp;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.entrepot.deliver.Channels;
import org.entrepot.gateway.DemoCommunityGateway;

/**
 * A real gateway with the demo community whose bank, Elbufer, is reached over SFTP: Nordwind's
 * payment orders are uploaded to the test bank's {@code upload} folder and the bank's
 * {@code outbox} is polled for its reports. The gateway's SSH key is made before the gateway
 * starts, so the bank can be told it, as an operator would.
 */
final class BankCommunity implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(120);

    final TestBank bank;
    final SftpChannel channel;
    final DemoCommunityGateway community;

    private BankCommunity(TestBank bank, SftpChannel channel, DemoCommunityGateway community) {
        this.bank = bank;
        this.channel = channel;
        this.community = community;
    }

    /**
     * @param attempts   tries of the payment agreement before the dead-letter queue
     * @param hostKey    the fingerprint the partner file pins, or null for the bank's own
     * @param settings   gateway settings on top of the test ones
     */
    static BankCommunity start(Path data, Path bankFolder, int attempts, String hostKey, Map<String, String> settings)
            throws Exception {
        TestBank bank = TestBank.start(bankFolder, GatewaySshKey.ensure(data.resolve("pki")).getPublic());
        String sftp = bank.channelSettings("pollEvery: PT0.3S, connectTimeout: PT5S, readTimeout: PT20S");
        if (hostKey != null) {
            sftp = sftp.replace(bank.hostKeyFingerprint(), hostKey);
        }
        String partners = DemoCommunityGateway.samplePartners()
                .replace("      - { scheme: BIC, value: \"ELBUDEHHXXX\" }\n",
                        "      - { scheme: BIC, value: \"ELBUDEHHXXX\" }\n    channels:\n      sftp: " + sftp + "\n")
                .replaceFirst("(id: nordwind-elbufer-payment\\n(?:    .*\\n)*?)    deliver: \\{ channel: directory \\}",
                        "$1    deliver: { channel: sftp, retry: { attempts: " + attempts
                                + ", first: PT0.2S, max: PT1S, jitter: 0.1 } }");
        assertTrue(partners.contains("    channels:\n      sftp: " + sftp + "\n"), "the bank got its settings");
        assertEquals(1, partners.split("deliver: \\{ channel: sftp,", -1).length - 1, "the payment agreement goes by sftp");
        SftpChannel channel = new SftpChannel(org.entrepot.gateway.TestGateways.config(data));
        try {
            DemoCommunityGateway community = DemoCommunityGateway.start(data, partners, new Channels(List.of(channel)),
                    settings);
            return new BankCommunity(bank, channel, community);
        } catch (RuntimeException e) {
            bank.close();
            throw e;
        }
    }

    /** How many times the server renamed a finished upload to {@code name}: each is one delivery the bank saw. */
    long uploadsOf(String name) {
        return bank.operations().stream().filter(op -> op.startsWith("move ") && op.endsWith(" -> upload/" + name)).count();
    }

    /** Puts a report in the bank's outbox the way a bank should: written aside, then renamed. */
    void bankWrites(String name, byte[] content) throws Exception {
        Path part = bank.outbox().resolve("." + name + ".part");
        Files.write(part, content);
        Files.move(part, bank.outbox().resolve(name));
    }

    /** Files now in one of the gateway's outbox folders. */
    List<String> outboxOf(String partner) throws Exception {
        Path folder = community.config().outboxDir().resolve(partner);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    void awaitBankOutboxEmpty() {
        await().atMost(PATIENCE).until(() -> SftpChannelTest.names(bank.outbox()).isEmpty());
    }

    @Override
    public void close() throws Exception {
        try {
            community.close();
        } finally {
            bank.close();
        }
    }
}
