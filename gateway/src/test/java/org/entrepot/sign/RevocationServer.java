package org.entrepot.sign;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * A real OCSP responder and CRL distribution point for the tests' CAs, as one HTTP server on
 * loopback: {@code POST /ocsp} answers RFC 6960 requests signed by the issuing CA's own key,
 * {@code GET /crl/<n>.crl} serves a freshly signed CRL of CA number n. Revoking a serial takes
 * effect on the next request.
 */
final class RevocationServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<Integer, SigningKey> authorities = new ConcurrentHashMap<>();
    private final Set<BigInteger> revoked = ConcurrentHashMap.newKeySet();
    private final AtomicInteger ocspRequests = new AtomicInteger();
    private final AtomicInteger crlRequests = new AtomicInteger();
    private final Instant now = Instant.now();
    private volatile SigningKey forger;
    private volatile SigningKey delegate;

    RevocationServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ocsp", this::ocsp);
        server.createContext("/crl/", this::crl);
        server.start();
    }

    /** Serves revocation for certificates {@code authority} issues; returns the CRL URL of that CA. */
    String serve(SigningKey authority) {
        int number = authorities.size();
        authorities.put(number, authority);
        return base() + "/crl/" + number + ".crl";
    }

    String ocspUrl() {
        return base() + "/ocsp";
    }

    /** From now on answers "good" for every certificate asked about, signed by {@code key}: a forged responder. */
    void forgeAnswersWith(SigningKey key) {
        forger = key;
    }

    /** From now on signs OCSP answers with {@code responder}'s key and includes its certificate (a delegated responder). */
    void delegateTo(SigningKey responder) {
        delegate = responder;
    }

    void revoke(X509Certificate certificate) {
        revoked.add(certificate.getSerialNumber());
    }

    int ocspRequests() {
        return ocspRequests.get();
    }

    int crlRequests() {
        return crlRequests.get();
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void crl(HttpExchange exchange) throws IOException {
        crlRequests.incrementAndGet();
        try {
            String name = exchange.getRequestURI().getPath().substring("/crl/".length());
            SigningKey authority = authorities.get(Integer.parseInt(name.substring(0, name.indexOf('.'))));
            X509CertificateHolder issuer = new JcaX509CertificateHolder(authority.certificate());
            X509v2CRLBuilder builder = new X509v2CRLBuilder(issuer.getSubject(), Date.from(now.minusSeconds(60)));
            builder.setNextUpdate(Date.from(now.plus(Duration.ofHours(1))));
            for (BigInteger serial : revoked) {
                builder.addCRLEntry(serial, Date.from(now.minus(Duration.ofHours(2))), CRLReason.keyCompromise);
            }
            respond(exchange, "application/pkix-crl", builder.build(signer(authority)).getEncoded());
        } catch (Exception e) {
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        }
    }

    private void ocsp(HttpExchange exchange) throws IOException {
        ocspRequests.incrementAndGet();
        try {
            OCSPReq request = new OCSPReq(exchange.getRequestBody().readAllBytes());
            DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().build();
            SigningKey authority = null;
            BasicOCSPRespBuilder builder = null;
            for (Req single : request.getRequestList()) {
                CertificateID id = single.getCertID();
                if (forger != null) {
                    authority = forger;
                    builder = new BasicOCSPRespBuilder(new RespID(X500Name.getInstance(
                            new JcaX509CertificateHolder(forger.certificate()).getSubject())));
                    builder.addResponse(id, CertificateStatus.GOOD, Date.from(now.minusSeconds(60)),
                            Date.from(now.plus(Duration.ofHours(1))));
                    continue;
                }
                for (SigningKey candidate : authorities.values()) {
                    X509CertificateHolder issuer = new JcaX509CertificateHolder(candidate.certificate());
                    if (id.matchesIssuer(issuer, digests)) {
                        authority = candidate;
                        if (builder == null) {
                            builder = new BasicOCSPRespBuilder(new RespID(X500Name.getInstance(issuer.getSubject())));
                        }
                        CertificateStatus status = revoked.contains(id.getSerialNumber())
                                ? new RevokedStatus(Date.from(now.minus(Duration.ofHours(2))), CRLReason.keyCompromise)
                                : CertificateStatus.GOOD;
                        builder.addResponse(id, status, Date.from(now.minusSeconds(60)),
                                Date.from(now.plus(Duration.ofHours(1))));
                    }
                }
            }
            byte[] body;
            if (builder == null) {
                body = new OCSPRespBuilder().build(OCSPRespBuilder.UNAUTHORIZED, null).getEncoded();
            } else {
                BasicOCSPResp basic = delegate == null ? builder.build(signer(authority), null, Date.from(now))
                        : builder.build(signer(delegate), new X509CertificateHolder[] {
                                new JcaX509CertificateHolder(delegate.certificate())}, Date.from(now));
                body = new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic).getEncoded();
            }
            respond(exchange, "application/ocsp-response", body);
        } catch (Exception e) {
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        }
    }

    private static ContentSigner signer(SigningKey authority) throws Exception {
        return new JcaContentSignerBuilder("SHA256withRSA").build(authority.privateKey());
    }

    private static void respond(HttpExchange exchange, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
