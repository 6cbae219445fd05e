package org.entrepot.deliver.sftp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.entrepot.deliver.DeliveryFailure;
import org.entrepot.deliver.Transmission;
import org.entrepot.translate.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbound side against a real SFTP server on loopback (Apache MINA SSHD as the bank): key
 * login, upload under a temporary name and rename, retries that overwrite, and a pinned host key
 * that refuses any other server.
 */
class SftpChannelTest {

    @TempDir
    Path data;
    @TempDir
    Path bankFolder;

    private BankFixture gateway;
    private SftpChannel channel;
    private TestBank bank;
    private KeyPair gatewayKey;

    @BeforeEach
    void start() throws Exception {
        gateway = new BankFixture(data, 1 << 20);
        channel = new SftpChannel(gateway.config);
        gatewayKey = GatewaySshKey.ensure(data.resolve("pki"));
        bank = TestBank.start(bankFolder, gatewayKey.getPublic());
    }

    @AfterEach
    void stop() throws Exception {
        channel.close();
        bank.close();
        gateway.close();
    }

    private Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("host", "127.0.0.1");
        settings.put("port", Integer.toString(bank.port()));
        settings.put("user", TestBank.USER);
        settings.put("hostKey", bank.hostKeyFingerprint());
        settings.put("upload", "upload");
        settings.put("connectTimeout", "PT5S");
        settings.put("readTimeout", "PT10S");
        return settings;
    }

    @Test
    void aSignedPain001IsUploadedWithTheGatewaysKeyUnderATemporaryNameAndRenamedWhenComplete() throws Exception {
        byte[] pain = Samples.read("payments/yuanhang-elbufer-pain.001.001.09.xml");
        byte[] signature = "detached CMS signature bytes".getBytes(StandardCharsets.US_ASCII);

        Transmission sent = channel.send(BankFixture.payment(settings(), "MSG1", pain, signature, 1));

        assertEquals(Transmission.Status.DELIVERED, sent.status());
        assertTrue(sent.detail().contains("upload/MSG1-1.xml"), sent.detail());
        assertArrayEquals(pain, Files.readAllBytes(bank.upload().resolve("MSG1-1.xml")));
        assertArrayEquals(signature, Files.readAllBytes(bank.upload().resolve("MSG1-1.xml.p7s")));
        assertEquals(List.of("MSG1-1.xml", "MSG1-1.xml.p7s"), names(bank.upload()), "no temporary file is left");
        List<String> operations = bank.operations().stream().distinct().toList();
        assertEquals(List.of("write upload/.MSG1-1.xml.p7s.part", "move upload/.MSG1-1.xml.p7s.part -> upload/MSG1-1.xml.p7s",
                "write upload/.MSG1-1.xml.part", "move upload/.MSG1-1.xml.part -> upload/MSG1-1.xml"), operations,
                "the bank only ever sees a complete file under the final name, its signature first");
    }

    @Test
    void aRetryOverwritesWhatTheEarlierTryLeftInsteadOfAddingASecondFile() throws Exception {
        byte[] pain = Samples.read("payments/yuanhang-elbufer-pain.001.001.09.xml");
        Files.writeString(bank.upload().resolve(".MSG2-1.xml.part"), "half of a file from a try that broke off");
        channel.send(BankFixture.payment(settings(), "MSG2", pain, null, 1));

        channel.send(BankFixture.payment(settings(), "MSG2", pain, null, 2));

        assertEquals(List.of("MSG2-1.xml"), names(bank.upload()));
        assertArrayEquals(pain, Files.readAllBytes(bank.upload().resolve("MSG2-1.xml")));
    }

    @Test
    void aServerPresentingAnotherHostKeyIsRefusedBeforeAnythingIsSent() throws Exception {
        KeyPair impostor = KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
        Map<String, String> pinnedToAnother = settings();
        pinnedToAnother.put("hostKey", KeyUtils.getFingerPrint(impostor.getPublic()));

        DeliveryFailure failure = assertThrows(DeliveryFailure.class, () ->
                channel.send(BankFixture.payment(pinnedToAnother, "MSG3", "<x/>".getBytes(), null, 1)));

        assertEquals(DeliveryFailure.Kind.REFUSED, failure.kind());
        assertTrue(failure.getMessage().contains("presented host key " + bank.hostKeyFingerprint()), failure.getMessage());
        assertTrue(failure.getMessage().contains("hostKey pins " + KeyUtils.getFingerPrint(impostor.getPublic())),
                failure.getMessage());
        assertEquals(List.of(), names(bank.upload()));
        assertEquals(List.of(), bank.operations());
    }

    @Test
    void aBankThatDoesNotKnowTheGatewaysKeyRefusesTheLogin() throws Exception {
        bank.close();
        bank = TestBank.start(bankFolder, KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256).getPublic());

        DeliveryFailure failure = assertThrows(DeliveryFailure.class, () ->
                channel.send(BankFixture.payment(settings(), "MSG4", "<x/>".getBytes(), null, 1)));

        assertEquals(DeliveryFailure.Kind.REFUSED, failure.kind());
        assertTrue(failure.getMessage().contains("did not accept the gateway's key " + GatewaySshKey.fingerprint(gatewayKey)),
                failure.getMessage());
    }

    @Test
    void aBankThatIsDownIsUnreachable() throws Exception {
        bank.down();

        DeliveryFailure failure = assertThrows(DeliveryFailure.class, () ->
                channel.send(BankFixture.payment(settings(), "MSG5", "<x/>".getBytes(), null, 1)));

        assertEquals(DeliveryFailure.Kind.UNREACHABLE, failure.kind(), failure::describe);
    }

    @Test
    void aServerThatAcceptsTheConnectionButNeverSpeaksSshHoldsTheSendNoLongerThanItsTimeouts() throws Exception {
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
            Map<String, String> hanging = settings();
            hanging.put("port", Integer.toString(silent.getLocalPort()));
            hanging.put("connectTimeout", "PT1S");
            hanging.put("readTimeout", "PT1S");
            long started = System.nanoTime();

            DeliveryFailure failure = assertThrows(DeliveryFailure.class, () ->
                    channel.send(BankFixture.payment(hanging, "MSG7", "<x/>".getBytes(), null, 1)));

            assertEquals(DeliveryFailure.Kind.TIMEOUT, failure.kind(), failure::describe);
            assertTrue(failure.getMessage().contains("did not complete the login within PT2S"), failure.getMessage());
            assertTrue(System.nanoTime() - started < java.util.concurrent.TimeUnit.SECONDS.toNanos(30),
                    "bounded by the settings, not by a library default");
        }
    }

    @Test
    void anUploadFolderTheBankDoesNotHaveIsARefusal() {
        Map<String, String> wrongFolder = settings();
        wrongFolder.put("upload", "no-such-folder");

        DeliveryFailure failure = assertThrows(DeliveryFailure.class, () ->
                channel.send(BankFixture.payment(wrongFolder, "MSG6", "<x/>".getBytes(), null, 1)));

        assertEquals(DeliveryFailure.Kind.REFUSED, failure.kind(), failure::describe);
        assertTrue(failure.getMessage().contains("no such file"), failure.getMessage());
    }

    @Test
    void theGatewaysKeyIsMadeOnceAndItsPublicHalfIsAnAuthorizedKeysLineForTheBank() throws Exception {
        Path publicKey = GatewaySshKey.publicKeyFile(data.resolve("pki"));
        String line = Files.readString(publicKey).strip();

        assertTrue(line.startsWith("ssh-ed25519 AAAA"), line);
        assertTrue(line.endsWith(" entrepot-gateway"), line);
        assertEquals(PosixFilePermissions.fromString("rw-------"),
                Files.getPosixFilePermissions(publicKey.resolveSibling(GatewaySshKey.PRIVATE_KEY)));
        assertTrue(Files.readString(publicKey.resolveSibling(GatewaySshKey.PRIVATE_KEY)).contains(" OPENSSH "),
                "OpenSSH's own format, as ssh-keygen writes it, not PKCS#8");
        KeyPair again = GatewaySshKey.ensure(data.resolve("pki"));
        assertTrue(KeyUtils.compareKeys(gatewayKey.getPublic(), again.getPublic()), "read back, not made anew");
    }

    @Test
    void theCertsSshKeyCommandPrintsTheKeyTheGatewayLogsInWith() throws Exception {
        java.io.PrintStream before = System.out;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, org.entrepot.cli.Entrepot.run("certs", "ssh-key", "--data", data.toString()));
        } finally {
            System.setOut(before);
        }

        String line = printed.toString(StandardCharsets.UTF_8).strip();
        assertEquals(Files.readString(GatewaySshKey.publicKeyFile(data.resolve("pki"))).strip(), line);
        PublicKeyFromLine parsed = new PublicKeyFromLine(line);
        assertTrue(KeyUtils.compareKeys(gatewayKey.getPublic(), parsed.key()), "the key the bank must authorise");
    }

    /** An authorized_keys line read back with MINA's own parser. */
    private record PublicKeyFromLine(String line) {
        java.security.PublicKey key() throws Exception {
            return org.apache.sshd.common.config.keys.AuthorizedKeyEntry.parseAuthorizedKeyEntry(line)
                    .resolvePublicKey(null, org.apache.sshd.common.config.keys.PublicKeyEntryResolver.FAILING);
        }
    }

    @Test
    void settingsThatCannotWorkAreNamedWhenTheGatewayStarts() {
        Map<String, String> broken = new HashMap<>();
        broken.put("host", "bank.example");
        broken.put("hostKey", "MD5:16:27:ac:a5:76:28:2d:36:63:1b:56:4d:eb:df:a6:48");
        broken.put("port", "70000");
        broken.put("pollEvery", "every five minutes");
        broken.put("processed", "done");

        List<String> problems = channel.problems("elbufer", broken);

        assertEquals(5, problems.size(), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("user is missing")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("hostKey must be the SHA-256 fingerprint")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("port must be a number")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("pollEvery '") && p.contains("is not an ISO-8601 duration")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("processed is set but poll is not")), problems::toString);
        assertEquals(List.of(), channel.problems("elbufer", settings()));
    }

    static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
