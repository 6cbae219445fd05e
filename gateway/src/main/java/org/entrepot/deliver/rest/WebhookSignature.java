package org.entrepot.deliver.rest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.entrepot.document.Reason;

/**
 * The HMAC a carrier signs its webhook calls with, in the form of the Standard Webhooks
 * specification (standardwebhooks.com): {@code webhook-signature: v1,<base64 HMAC-SHA256>} over
 * {@code <webhook-id>.<webhook-timestamp>.<body>}, several signatures separated by spaces during
 * a key rotation. The id and the time are signed with the body, so a captured call can neither be
 * replayed under a fresh id (the duplicate register would not know it) nor kept for later (the
 * time must be within {@link #TOLERANCE} of the gateway's clock).
 */
final class WebhookSignature {

    /** How far the signed time may lie from the gateway's clock. */
    static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final String VERSION = "v1,";
    private static final int MAX_SIGNATURES = 8;

    /** Why a call's signature was refused. */
    record Refusal(Reason reason, String message) {
    }

    private WebhookSignature() {
    }

    /**
     * @return empty when the signature holds; otherwise why not
     */
    static Optional<Refusal> check(byte[] key, String id, String timestamp, String signatures, byte[] body,
                                   Instant now) {
        if (timestamp == null || signatures == null) {
            return Optional.of(new Refusal(Reason.SIGNATURE_MISSING,
                    "the carrier signs its calls: send webhook-timestamp and webhook-signature"));
        }
        Instant signedAt;
        try {
            signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp.strip()));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return Optional.of(new Refusal(Reason.SIGNATURE_INVALID, "webhook-timestamp is not seconds since 1970"));
        }
        if (Duration.between(signedAt, now).abs().compareTo(TOLERANCE) > 0) {
            return Optional.of(new Refusal(Reason.SIGNATURE_INVALID, "webhook-timestamp " + signedAt
                    + " is more than " + TOLERANCE.toMinutes() + " minutes from the gateway's clock"));
        }
        byte[] expected = sign(key, id, timestamp.strip(), body);
        String[] presented = signatures.strip().split(" +", MAX_SIGNATURES + 1);
        boolean match = false;
        for (int i = 0; i < Math.min(presented.length, MAX_SIGNATURES); i++) {
            if (!presented[i].startsWith(VERSION)) {
                continue;
            }
            try {
                byte[] value = Base64.getDecoder().decode(presented[i].substring(VERSION.length()));
                match |= MessageDigest.isEqual(expected, value);
            } catch (IllegalArgumentException e) {
                // not base64: cannot be the signature
            }
        }
        return match ? Optional.empty()
                : Optional.of(new Refusal(Reason.SIGNATURE_INVALID, "webhook-signature does not match the body"));
    }

    /** The v1 signature of a call, as the carrier computes it. */
    static byte[] sign(byte[] key, String id, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }

    /** The header value for a call, as the carrier sends it. */
    static String header(byte[] key, String id, String timestamp, byte[] body) {
        return VERSION + Base64.getEncoder().encodeToString(sign(key, id, timestamp, body));
    }
}
