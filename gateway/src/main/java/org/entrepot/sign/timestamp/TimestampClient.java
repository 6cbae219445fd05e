package org.entrepot.sign.timestamp;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Objects;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.entrepot.document.Outcome;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;

/**
 * Asks an RFC 3161 timestamp authority over HTTP (RFC 3161 section 3.4) to vouch that some data
 * existed now. The request carries a SHA-256 imprint, a random nonce and asks for the
 * authority's certificate, so that the token can be checked later with only a trust anchor.
 * Every answer is checked against its request (status, imprint, nonce) before it is returned.
 * Safe for concurrent use.
 */
public final class TimestampClient {

    /** A timestamp token with a certificate chain is a few KB; anything far larger is not one. */
    static final int MAX_RESPONSE_BYTES = 256 * 1024;
    private static final String QUERY = "application/timestamp-query";
    private static final SecureRandom NONCES = new SecureRandom();

    private final URI authority;
    private final Duration timeout;
    private final HttpClient http;

    /** A client of the authority at {@code authority} with a ten-second time limit per request. */
    public TimestampClient(URI authority) {
        this(authority, Duration.ofSeconds(10));
    }

    public TimestampClient(URI authority, Duration timeout) {
        this.authority = Objects.requireNonNull(authority, "authority");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.http = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * A timestamp token (DER-encoded CMS SignedData, RFC 3161) over the SHA-256 digest of
     * {@code data}, or a {@code TIMESTAMP_UNAVAILABLE} rejection saying why none was issued.
     */
    public Outcome<byte[]> stamp(byte[] data) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, sha256(data),
                new BigInteger(63, NONCES));
        try {
            byte[] answer = exchange(request.getEncoded());
            TimeStampResponse response = new TimeStampResponse(answer);
            // status, imprint, nonce and the presence of the certificate we asked for
            response.validate(request);
            TimeStampToken token = response.getTimeStampToken();
            if (token == null) {
                return unavailable("the authority refused: status " + response.getStatus()
                        + (response.getStatusString() == null ? "" : " (" + response.getStatusString() + ")"));
            }
            return Outcome.accepted(token.getEncoded());
        } catch (TSPException e) {
            return unavailable("the authority's answer does not fit the request: " + e.getMessage());
        } catch (IOException e) {
            return unavailable("no answer from " + authority + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unavailable("interrupted while waiting for " + authority);
        }
    }

    public URI authority() {
        return authority;
    }

    private byte[] exchange(byte[] query) throws IOException, InterruptedException {
        HttpRequest post = HttpRequest.newBuilder(authority).timeout(timeout)
                .header("Content-Type", QUERY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(query)).build();
        HttpResponse<InputStream> response = http.send(post, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("HTTP status " + response.statusCode());
            }
            byte[] answer = body.readNBytes(MAX_RESPONSE_BYTES + 1);
            if (answer.length > MAX_RESPONSE_BYTES) {
                throw new IOException("the answer exceeds " + MAX_RESPONSE_BYTES + " bytes");
            }
            return answer;
        }
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static Outcome<byte[]> unavailable(String message) {
        return Outcome.rejected(Rejection.of(Reason.TIMESTAMP_UNAVAILABLE, message));
    }
}
