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
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.entrepot.sign.SigningKey;
import org.entrepot.sign.TrustAnchors;

/**
 * A real RFC 3161 timestamp authority on a loopback port, for tests: its own root CA issues a
 * TSA certificate with the critical {@code timeStamping} extended key usage, and every POSTed
 * query is answered by Bouncy Castle's response generator.
 */
public final class LoopbackTimestampAuthority implements AutoCloseable {

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
        TestCa ca = TestCa.create("Test TSA Root");
        SigningKey tsa = ca.timestampAuthority("Test TSA");
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", tsa.privateKey(), tsa.certificate()),
                new JcaDigestCalculatorProviderBuilder().build().get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                POLICY);
        tokens.addCertificates(new JcaCertStore(List.of(tsa.certificate())));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        LoopbackTimestampAuthority authority = new LoopbackTimestampAuthority(ca.root(), tsa.certificate(), tokens, server);
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
}
