package org.entrepot.deliver.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.entrepot.document.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The webhook signature is the Standard Webhooks one, byte for byte: the specification's published
 * test vector verifies, so a carrier using any Standard Webhooks library is understood.
 */
class WebhookSignatureTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final String TIMESTAMP = "1614265330";
    private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    private static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    private static final Instant SIGNED_AT = Instant.ofEpochSecond(1614265330);

    @TempDir
    Path secrets;

    @Test
    void theSpecificationsTestVectorVerifiesWithTheKeyAsTheCarrierFileHoldsIt() throws Exception {
        byte[] key = keyFromFile(SECRET + "\n");

        assertEquals(SIGNATURE, WebhookSignature.header(key, ID, TIMESTAMP, BODY));
        assertEquals(Optional.empty(), WebhookSignature.check(key, ID, TIMESTAMP, SIGNATURE, BODY, SIGNED_AT));
        assertEquals(Optional.empty(), WebhookSignature.check(key, ID, TIMESTAMP, "v1,bm9wZQ== " + SIGNATURE, BODY,
                SIGNED_AT.plusSeconds(299)), "one of several signatures (a key rotation) is enough");
    }

    @Test
    void anythingChangedOrLateIsRefusedWithItsReason() throws Exception {
        byte[] key = keyFromFile(SECRET);

        assertEquals(Reason.SIGNATURE_INVALID, refusal(key, "msg_other", TIMESTAMP, SIGNATURE, BODY, SIGNED_AT));
        assertEquals(Reason.SIGNATURE_INVALID, refusal(key, ID, TIMESTAMP, SIGNATURE, "{\"test\": 1}".getBytes(), SIGNED_AT));
        assertEquals(Reason.SIGNATURE_INVALID, refusal(key, ID, TIMESTAMP, "v2," + SIGNATURE.substring(3), BODY, SIGNED_AT));
        assertEquals(Reason.SIGNATURE_INVALID, refusal(key, ID, TIMESTAMP, "v1,not base64!", BODY, SIGNED_AT));
        assertEquals(Reason.SIGNATURE_INVALID, refusal(key, ID, "yesterday", SIGNATURE, BODY, SIGNED_AT));
        assertEquals(Reason.SIGNATURE_MISSING, refusal(key, ID, null, SIGNATURE, BODY, SIGNED_AT));
        assertEquals(Reason.SIGNATURE_MISSING, refusal(key, ID, TIMESTAMP, null, BODY, SIGNED_AT));
        WebhookSignature.Refusal late = WebhookSignature.check(key, ID, TIMESTAMP, SIGNATURE, BODY,
                SIGNED_AT.plusSeconds(301)).orElseThrow();
        assertTrue(late.message().contains("more than 5 minutes"), late.message());
    }

    @Test
    void aKeyFileThatIsTooShortHoldsNoKey() throws Exception {
        Files.createDirectories(secrets.resolve("rest"));
        Files.writeString(secrets.resolve("rest").resolve("baltica.webhook-secret"), "short");

        assertEquals(Optional.empty(), new CarrierSecrets(secrets).webhookSecret("baltica"));
    }

    private byte[] keyFromFile(String text) throws Exception {
        Files.createDirectories(secrets.resolve("rest"));
        Files.writeString(secrets.resolve("rest").resolve("baltica.webhook-secret"), text);
        return new CarrierSecrets(secrets).webhookSecret("baltica").orElseThrow();
    }

    private static Reason refusal(byte[] key, String id, String timestamp, String signature, byte[] body, Instant now) {
        return WebhookSignature.check(key, id, timestamp, signature, body, now).orElseThrow().reason();
    }
}
