package org.entrepot.sign.timestamp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.entrepot.sign.TrustAnchors;

/**
 * A real RFC 3161 timestamp authority on a loopback port, for tests: its own root CA issues a
 * TSA certificate with the critical {@code timeStamping} extended key usage, and every POSTed
 * query is answered by Bouncy Castle's response generator.
 */
public final class LoopbackTimestampAuthority implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ASN1ObjectIdentifier POLICY = new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.3161.1");

    private final X509Certificate root;
    private final X509Certificate tsaCertificate;
    private final TimeStampTokenGenerator tokens;
    private final HttpServer server;
    private final AtomicLong serials = new AtomicLong(1);
    private final AtomicLong answered = new AtomicLong();

    private LoopbackTimestampAuthority(X509Certificate root, X509Certificate tsaCertificate,
                                       TimeStampTokenGenerator tokens, HttpServer server) {
        this.root = root;
        this.tsaCertificate = tsaCertificate;
        this.tokens = tokens;
        this.server = server;
    }

    /** Generates the authority's keys and certificates and starts answering on 127.0.0.1. */
    public static LoopbackTimestampAuthority start() throws Exception {
        Instant now = Instant.now();
        KeyPair rootKeys = rsa();
        X500Principal rootName = new X500Principal("CN=Test TSA Root,O=Entrepot tests");
        X509Certificate root = sign(new JcaX509v3CertificateBuilder(rootName, serial(), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(3650))), rootName, rootKeys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)), rootKeys);
        KeyPair tsaKeys = rsa();
        X509Certificate tsa = sign(new JcaX509v3CertificateBuilder(root, serial(), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(365))), new X500Principal("CN=Test TSA,O=Entrepot tests"), tsaKeys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                .addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping)), rootKeys);
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", tsaKeys.getPrivate(), tsa),
                new JcaDigestCalculatorProviderBuilder().build().get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                POLICY);
        tokens.addCertificates(new JcaCertStore(List.of(tsa)));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        LoopbackTimestampAuthority authority = new LoopbackTimestampAuthority(root, tsa, tokens, server);
        server.createContext("/tsa", authority::answer);
        server.start();
        return authority;
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa");
    }

    /** Trust in this authority's root alone. */
    public TrustAnchors trustAnchors() {
        return TrustAnchors.of(root);
    }

    public X509Certificate rootCertificate() {
        return root;
    }

    public X509Certificate tsaCertificate() {
        return tsaCertificate;
    }

    /** How many queries this authority has answered with a token. */
    public long answered() {
        return answered.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            byte[] reply;
            try {
                reply = respond(body.readNBytes(64 * 1024));
            } catch (Exception e) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
            exchange.sendResponseHeaders(200, reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        } finally {
            exchange.close();
        }
    }

    private byte[] respond(byte[] query) throws Exception {
        TimeStampResponse response;
        synchronized (tokens) {
            response = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED)
                    .generate(new TimeStampRequest(query), BigInteger.valueOf(serials.getAndIncrement()), new Date());
        }
        answered.incrementAndGet();
        return response.getEncoded();
    }

    private static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048, RANDOM);
        return generator.generateKeyPair();
    }

    private static BigInteger serial() {
        return new BigInteger(126, RANDOM).setBit(126);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair issuer) throws Exception {
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuer.getPrivate())));
    }
}
