package org.entrepot.deliver.as2;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.helger.as2lib.client.AS2Client;
import com.helger.as2lib.client.AS2ClientRequest;
import com.helger.as2lib.client.AS2ClientResponse;
import com.helger.as2lib.client.AS2ClientSettings;
import com.helger.as2lib.crypto.ECompressionType;
import com.helger.as2lib.crypto.ECryptoAlgorithmCrypt;
import com.helger.as2lib.crypto.ECryptoAlgorithmSign;
import com.helger.as2lib.crypto.IMICMatchingHandler;
import com.helger.as2lib.disposition.DispositionOptions;
import com.helger.as2lib.message.IMessage;
import com.helger.security.keystore.EKeyStoreType;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.FileOutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.mail.smime.SMIMESigned;
import org.entrepot.receive.InboundDocument;
import org.entrepot.sign.DemoPki;
import org.entrepot.sign.SigningKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A foreign AS2 implementation sends to Entrepot: as2-lib 5.1.7 (phase2 under its earlier name,
 * by the same author; phase2 6.x itself does not resolve here) signs, encrypts and compresses
 * with its own MIME and CMS code, and checks our MDN's signature and MIC with its own code too.
 */
class As2Phase2InteropTest {

    @TempDir
    Path folder;

    private As2Endpoint entrepot;
    private SigningKey acmeKey;
    private SigningKey gatewayKey;
    private Path keystore;
    private HttpServer mdnCatcher;
    private final List<byte[]> asyncMdns = new CopyOnWriteArrayList<>();
    private final List<String> asyncMdnTypes = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startEntrepotAndTheForeignPartner() throws Exception {
        Path data = folder.resolve("entrepot");
        gatewayKey = As2Endpoint.gatewayKey(data, "buyer");
        acmeKey = DemoPki.ensure(data.resolve("pki"), List.of("acme")).partnerKey("acme").orElseThrow();
        mdnCatcher = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        mdnCatcher.createContext("/mdn", exchange -> {
            asyncMdns.add(exchange.getRequestBody().readAllBytes());
            asyncMdnTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        mdnCatcher.start();
        int port = As2Endpoint.freePort();
        entrepot = As2Endpoint.start(data, "ENTREPOT", port, As2Endpoint.partnerFile("acme", Map.of(
                "as2Id", "ACME-AS2", "url", "http://127.0.0.1:" + mdnCatcher.getAddress().getPort() + "/as2")));
        keystore = folder.resolve("acme.p12");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("acme", acmeKey.privateKey(), "test".toCharArray(), new X509Certificate[] {acmeKey.certificate()});
        store.setCertificateEntry("entrepot", gatewayKey.certificate());
        try (FileOutputStream out = new FileOutputStream(keystore.toFile())) {
            store.store(out, "test".toCharArray());
        }
    }

    @AfterEach
    void stop() {
        entrepot.close();
        mdnCatcher.stop(0);
    }

    private AS2ClientSettings settings(ECryptoAlgorithmCrypt encryption) {
        AS2ClientSettings settings = new AS2ClientSettings();
        settings.setKeyStore(EKeyStoreType.PKCS12, keystore.toFile(), "test");
        settings.setSenderData("ACME-AS2", "as2@acme.example", "acme");
        settings.setReceiverData("ENTREPOT", "entrepot", entrepot.url());
        settings.setReceiverCertificate(gatewayKey.certificate());
        settings.setPartnershipName("ACME-AS2_ENTREPOT");
        settings.setEncryptAndSign(encryption, ECryptoAlgorithmSign.DIGEST_SHA_256);
        settings.setCompress(ECompressionType.ZLIB, true);
        settings.setMDNOptions(new DispositionOptions().setMICAlg(ECryptoAlgorithmSign.DIGEST_SHA_256)
                .setMICAlgImportance(DispositionOptions.IMPORTANCE_REQUIRED)
                .setProtocol(DispositionOptions.PROTOCOL_PKCS7_SIGNATURE)
                .setProtocolImportance(DispositionOptions.IMPORTANCE_REQUIRED));
        return settings;
    }

    @Test
    void phase2SendsASignedEncryptedCompressedInvoiceAndAcceptsOurSignedSyncMdnAndItsMic() {
        AtomicReference<String> micVerdict = new AtomicReference<>();
        AtomicReference<X509Certificate> mdnSigner = new AtomicReference<>();
        AS2ClientSettings settings = settings(ECryptoAlgorithmCrypt.CRYPT_AES256_GCM);
        settings.setMICMatchingHandler(new IMICMatchingHandler() {
            @Override
            public void onMICMatch(IMessage message, String mic) {
                micVerdict.set("match " + mic);
            }

            @Override
            public void onMICMismatch(IMessage message, String originalMic, String receivedMic) {
                micVerdict.set("mismatch " + originalMic + " / " + receivedMic);
            }
        });
        settings.setVerificationCertificateConsumer(mdnSigner::set);
        AS2ClientRequest request = new AS2ClientRequest("invoice INV-2026-001")
                .setData(As2Endpoint.INVOIC.getBytes(StandardCharsets.ISO_8859_1))
                .setContentType("application/EDIFACT")
                .setFilename("inv-2026-001.edi");

        AS2ClientResponse response = new AS2Client().sendSynchronous(settings, request);

        assertFalse(response.hasException(), () -> String.valueOf(response.getException()));
        assertTrue(response.getMDNDisposition().contains("processed"), response.getMDNDisposition());
        assertFalse(response.getMDNDisposition().contains("error"), response.getMDNDisposition());
        assertTrue(micVerdict.get() != null && micVerdict.get().startsWith("match"), String.valueOf(micVerdict.get()));
        assertEquals(gatewayKey.certificate(), mdnSigner.get());
        assertEquals(1, entrepot.received.size());
        InboundDocument document = entrepot.received.get(0);
        assertArrayEquals(As2Endpoint.INVOIC.getBytes(StandardCharsets.ISO_8859_1), document.content());
        assertEquals("acme", document.metadata(InboundDocument.AUTHENTICATED_PARTNER));
        assertEquals(response.getOriginalMessageID().replaceAll("[<>]", ""), document.metadata(InboundDocument.TRANSPORT_MESSAGE_ID));
    }

    @Test
    void phase2AsksForAnAsyncMdnAndGetsOneSignedByTheGatewayThatAnIndependentSmimeParserVerifies() throws Exception {
        AS2ClientSettings settings = settings(ECryptoAlgorithmCrypt.CRYPT_AES128_CBC);
        settings.setAsyncMDNUrl("http://127.0.0.1:" + mdnCatcher.getAddress().getPort() + "/mdn");
        AS2ClientRequest request = new AS2ClientRequest("invoice INV-2026-001")
                .setData(As2Endpoint.INVOIC.getBytes(StandardCharsets.ISO_8859_1))
                .setContentType("application/EDIFACT");

        AS2ClientResponse response = new AS2Client().sendSynchronous(settings, request);

        assertFalse(response.hasException(), () -> String.valueOf(response.getException()));
        assertNull(response.getMDN(), "the MDN must not come in the HTTP answer");
        await().atMost(Duration.ofSeconds(60)).until(() -> !asyncMdns.isEmpty());
        // read with jakarta.mail and Bouncy Castle's S/MIME classes, none of our MIME code
        MimeMultipart signed = new MimeMultipart(new ByteArrayDataSource(asyncMdns.get(0), asyncMdnTypes.get(0)));
        SMIMESigned smime = new SMIMESigned(signed);
        SignerInformation signer = smime.getSignerInfos().getSigners().iterator().next();
        assertTrue(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(gatewayKey.certificate())));
        MimeMultipart report = (MimeMultipart) smime.getContent().getContent();
        String notification = new String(report.getBodyPart(1).getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertTrue(notification.contains("Original-Message-ID: " + response.getOriginalMessageID()), notification);
        assertTrue(notification.contains("; processed\r\n"), notification);
        assertTrue(notification.contains("Received-Content-MIC: "), notification);
        assertEquals(1, entrepot.received.size());
    }
}
