package org.entrepot.sign.timestamp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.entrepot.document.Outcome;
import org.entrepot.document.Reason;
import org.entrepot.sign.TrustAnchors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The RFC 3161 client against a real timestamp authority on loopback, and the check of its tokens. */
class TimestampClientTest {

    private static final byte[] DATA = "UNH+1+INVOIC:D:96A:UN'".getBytes(StandardCharsets.US_ASCII);
    private static LoopbackTimestampAuthority authority;

    @BeforeAll
    static void start() throws Exception {
        authority = LoopbackTimestampAuthority.start();
    }

    @AfterAll
    static void stop() {
        authority.close();
    }

    @Test
    void aTokenFromTheAuthorityVouchesForExactlyTheDataStamped() {
        Instant before = Instant.now().minusSeconds(1);

        byte[] token = new TimestampClient(authority.url()).stamp(DATA).value();
        Instant stamped = new TimestampCheck(authority.trustAnchors()).verify(token, DATA).value();

        assertTrue(!stamped.isBefore(before) && !stamped.isAfter(Instant.now()), stamped::toString);
    }

    @Test
    void theSameTokenDoesNotVouchForOtherData() {
        byte[] token = new TimestampClient(authority.url()).stamp(DATA).value();

        Outcome<Instant> outcome = new TimestampCheck(authority.trustAnchors())
                .verify(token, "UNH+2+INVOIC:D:96A:UN'".getBytes(StandardCharsets.US_ASCII));

        assertEquals(Reason.TIMESTAMP_INVALID, outcome.rejections().get(0).reason());
    }

    @Test
    void aTokenFromAnAuthorityOutsideTheTrustAnchorsIsRejected() throws Exception {
        byte[] token = new TimestampClient(authority.url()).stamp(DATA).value();
        try (LoopbackTimestampAuthority other = LoopbackTimestampAuthority.start()) {
            Outcome<Instant> outcome = new TimestampCheck(TrustAnchors.of(other.rootCertificate())).verify(token, DATA);

            assertEquals(Reason.TIMESTAMP_INVALID, outcome.rejections().get(0).reason());
            assertTrue(outcome.rejections().get(0).message().contains("not trusted"), outcome.toString());
        }
    }

    @Test
    void garbageInsteadOfATokenIsRejectedNotThrown() {
        Outcome<Instant> outcome = new TimestampCheck(authority.trustAnchors()).verify(new byte[] {0x30, 0x03, 1, 2, 3}, DATA);

        assertEquals(Reason.TIMESTAMP_INVALID, outcome.rejections().get(0).reason());
    }

    @Test
    void aServerThatIsNotATimestampAuthorityYieldsTimestampUnavailable() {
        TimestampClient wrongPath = new TimestampClient(authority.url().resolve("/elsewhere"), Duration.ofSeconds(2));

        assertEquals(Reason.TIMESTAMP_UNAVAILABLE, wrongPath.stamp(DATA).rejections().get(0).reason());
    }
}
