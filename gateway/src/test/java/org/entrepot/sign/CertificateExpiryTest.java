package org.entrepot.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.entrepot.track.EventType;
import org.entrepot.track.GatewayMetrics;
import org.entrepot.track.TrackingEvent;
import org.entrepot.track.TrackingStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Expiry warnings at 30, 7 and 1 days, each once, as tracking events and metrics. */
class CertificateExpiryTest {

    private static final Instant NOW = TestAuthority.NOW;

    private final TestAuthority authority = TestAuthority.create("Expiry CA");
    private final X509Certificate endsIn40Days = certificateEndingIn(Duration.ofDays(40));
    private final X509Certificate endsIn20Days = certificateEndingIn(Duration.ofDays(20));
    private final TrackingStore tracking = TrackingStore.inMemory("expiry-" + System.nanoTime());
    private final GatewayMetrics metrics = new GatewayMetrics();

    private X509Certificate certificateEndingIn(Duration left) {
        return authority.issue("ends-" + left.toDays(), "EC", 256, NOW.minus(Duration.ofDays(300)), NOW.plus(left)).certificate();
    }

    @AfterEach
    void close() {
        tracking.close();
    }

    @Test
    void aCertificateIsWarnedAboutAt30Then7Then1DaysAndOnceAtEach() {
        MovableClock clock = new MovableClock(NOW);
        CertificateExpiry expiry = new CertificateExpiry(clock);
        Map<String, List<X509Certificate>> owners = Map.of("nordwind", List.of(endsIn40Days));

        assertEquals(List.of(), expiry.alert(owners, tracking, metrics), "40 days left: nothing yet");
        clock.set(NOW.plus(Duration.ofDays(11)));
        assertEquals(List.of(30), thresholds(expiry.alert(owners, tracking, metrics)));
        assertEquals(List.of(), expiry.alert(owners, tracking, metrics), "the 30-day warning is given once");
        clock.set(NOW.plus(Duration.ofDays(34)));
        assertEquals(List.of(7), thresholds(expiry.alert(owners, tracking, metrics)));
        clock.set(NOW.plus(Duration.ofDays(39)).plus(Duration.ofHours(1)));
        assertEquals(List.of(1), thresholds(expiry.alert(owners, tracking, metrics)));

        String messageId = "certificate-" + PartnerCertificateStore.fingerprint(endsIn40Days).substring(0, 16);
        List<TrackingEvent> events = tracking.history(messageId);
        assertEquals(3, events.size(), events::toString);
        assertTrue(events.stream().allMatch(event -> event.type() == EventType.CERTIFICATE_EXPIRING));
        assertTrue(events.get(1).detail().startsWith("expires within 7 days: nordwind certificate CN=ends-40"), events::toString);
        for (String threshold : List.of("30", "7", "1")) {
            assertEquals(1.0, metrics.count(CertificateExpiry.METRIC, "owner", "nordwind", "threshold", threshold), threshold);
        }
    }

    @Test
    void aWarningAlreadyRecordedIsNotRepeatedByANewCheckerAfterARestart() {
        Map<String, List<X509Certificate>> owners = Map.of("gateway", List.of(endsIn20Days));

        assertEquals(1, new CertificateExpiry(new MovableClock(NOW)).alert(owners, tracking, metrics).size());
        assertEquals(0, new CertificateExpiry(new MovableClock(NOW)).alert(owners, tracking, new GatewayMetrics()).size());
    }

    @Test
    void anExpiredCertificateIsReportedAsExpired() {
        CertificateExpiry expiry = new CertificateExpiry(new MovableClock(NOW.plus(Duration.ofDays(21))));

        List<CertificateExpiry.Warning> warnings = expiry.check(Map.of("acme", List.of(endsIn20Days, endsIn40Days)));

        assertEquals(List.of(0, 30), thresholds(warnings));
        assertTrue(warnings.get(0).message().startsWith("expired: acme certificate"), warnings.get(0)::message);
    }

    private static List<Integer> thresholds(List<CertificateExpiry.Warning> warnings) {
        return warnings.stream().map(CertificateExpiry.Warning::thresholdDays).toList();
    }
}
