package org.entrepot.deliver.as2;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.entrepot.deliver.DeliveryFailure;
import org.entrepot.deliver.Transmission;

/**
 * The HTTP client side of AS2: posts a packed message with the AS2 headers and reads the
 * synchronous MDN, and posts MDNs to partners that asked for them asynchronously. Every wait is
 * bounded by the partner's connect and read timeouts.
 */
final class As2Sender {

    static final String MIC_ALGORITHM = "sha-256";

    private final Map<Duration, HttpClient> clients = new ConcurrentHashMap<>();

    /** What went out: the AS2 headers besides the entity's own. */
    record Envelope(String as2From, String as2To, String messageId, String subject, boolean mdnRequested,
                    boolean signedMdn, String asyncMdnUrl) {
    }

    /**
     * Posts a message.
     *
     * @return the HTTP answer: status, Content-Type and body (the synchronous MDN, if any)
     */
    HttpResponse<byte[]> post(URI url, MimeEntity wire, Envelope envelope, As2Settings settings) throws DeliveryFailure {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(settings.readTimeout())
                .header("AS2-Version", "1.2")
                .header("MIME-Version", "1.0")
                .header("AS2-From", quoted(envelope.as2From()))
                .header("AS2-To", quoted(envelope.as2To()))
                .header("Message-ID", "<" + envelope.messageId() + ">")
                .header("Subject", envelope.subject())
                .header("Content-Type", wire.header("Content-Type").orElseThrow());
        wire.header("Content-Transfer-Encoding").ifPresent(encoding -> request.header("Content-Transfer-Encoding", encoding));
        wire.header("Content-Disposition").ifPresent(disposition -> request.header("Content-Disposition", disposition));
        if (envelope.mdnRequested()) {
            request.header("Disposition-Notification-To", envelope.as2From());
            if (envelope.signedMdn()) {
                request.header("Disposition-Notification-Options",
                        "signed-receipt-protocol=optional, pkcs7-signature; signed-receipt-micalg=optional, " + MIC_ALGORITHM);
            }
            if (envelope.asyncMdnUrl() != null) {
                request.header("Receipt-Delivery-Option", envelope.asyncMdnUrl());
            }
        }
        request.POST(HttpRequest.BodyPublishers.ofByteArray(wire.body()));
        return exchange(request.build(), settings.connectTimeout(), url);
    }

    /** Posts an MDN to the address a partner gave for asynchronous receipts. */
    HttpResponse<byte[]> postMdn(URI url, MimeEntity mdn, String as2From, String as2To, String messageId,
                                 Duration connectTimeout, Duration readTimeout) throws DeliveryFailure {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(readTimeout)
                .header("AS2-Version", "1.2")
                .header("MIME-Version", "1.0")
                .header("AS2-From", quoted(as2From))
                .header("AS2-To", quoted(as2To))
                .header("Message-ID", "<" + messageId + ">")
                .header("Subject", "Message Disposition Notification")
                .header("Content-Type", mdn.header("Content-Type").orElseThrow())
                .POST(HttpRequest.BodyPublishers.ofByteArray(mdn.body()))
                .build();
        return exchange(request, connectTimeout, url);
    }

    private HttpResponse<byte[]> exchange(HttpRequest request, Duration connectTimeout, URI url) throws DeliveryFailure {
        HttpClient client = clients.computeIfAbsent(connectTimeout, timeout -> HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw new DeliveryFailure(DeliveryFailure.Kind.UNREACHABLE, "cannot connect to " + url + ": " + e, e);
        } catch (HttpTimeoutException e) {
            throw new DeliveryFailure(DeliveryFailure.Kind.TIMEOUT, "no answer from " + url + " within "
                    + request.timeout().map(Duration::toString).orElse("the timeout"), e);
        } catch (IOException e) {
            throw new DeliveryFailure(DeliveryFailure.Kind.UNREACHABLE, "the connection to " + url + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure(DeliveryFailure.Kind.UNREACHABLE, "interrupted while sending to " + url, e);
        }
    }

    /** The MDN in an HTTP answer, as an entity with the answer's Content-Type; empty when there is none. */
    static Optional<MimeEntity> mdnIn(HttpResponse<byte[]> response) {
        Optional<String> type = response.headers().firstValue("Content-Type");
        if (type.isEmpty() || response.body().length == 0) {
            return Optional.empty();
        }
        return Optional.of(MimeEntity.fromHttp(type.get(), response.headers().firstValue("Content-Transfer-Encoding")
                .orElse(null), response.body()));
    }

    /**
     * Judges an MDN for a message we sent: delivered only when it is signed as asked, answers
     * this message, says processed and returns exactly our MIC.
     */
    static Transmission judge(MimeEntity mdnEntity, List<X509Certificate> partnerCertificates, boolean signedMdn,
                              String messageId, String expectedMic, String where) throws DeliveryFailure {
        Transmission.Evidence evidence = new Transmission.Evidence("mdn", "mdn", mdnEntity.bytes());
        Mdn mdn;
        try {
            mdn = Mdn.read(mdnEntity, partnerCertificates, signedMdn);
        } catch (As2Refusal refusal) {
            throw new DeliveryFailure(DeliveryFailure.Kind.RECEIPT_INVALID, "the MDN from " + where + " cannot be trusted: "
                    + refusal.describe(), evidence, refusal);
        }
        if (!mdn.originalMessageId().equals(messageId)) {
            throw new DeliveryFailure(DeliveryFailure.Kind.RECEIPT_INVALID, "the MDN from " + where + " answers Message-ID "
                    + mdn.originalMessageId() + ", not " + messageId, evidence, null);
        }
        if (!mdn.processed()) {
            throw new DeliveryFailure(DeliveryFailure.Kind.REFUSED, where + " refused the message: " + mdn.outcome(),
                    evidence, null);
        }
        if (mdn.receivedMic().isEmpty()) {
            throw new DeliveryFailure(DeliveryFailure.Kind.RECEIPT_INVALID, "the MDN from " + where
                    + " has no Received-Content-MIC, so it does not prove what arrived", evidence, null);
        }
        if (!mdn.micMatches(expectedMic)) {
            throw new DeliveryFailure(DeliveryFailure.Kind.RECEIPT_INVALID, "the MDN from " + where
                    + " returns MIC " + mdn.receivedMic().get() + " but we sent " + expectedMic, evidence, null);
        }
        return new Transmission(Transmission.Status.DELIVERED, "as2 " + where + ": MDN " + mdn.outcome()
                + (mdn.signed() ? ", signed" : ", unsigned") + ", MIC " + expectedMic + " matches, Message-ID " + messageId,
                List.of(evidence));
    }

    // RFC 4130 6.2: an AS2 name with spaces travels quoted
    static String quoted(String as2Id) {
        return as2Id.indexOf(' ') >= 0 ? "\"" + as2Id + "\"" : as2Id;
    }
}
