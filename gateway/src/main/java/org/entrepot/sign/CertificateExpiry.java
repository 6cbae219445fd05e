package org.entrepot.sign;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.entrepot.track.EventType;
import org.entrepot.track.GatewayMetrics;
import org.entrepot.track.TrackingEvent;
import org.entrepot.track.TrackingStore;

/**
 * Warns before a certificate the gateway signs or verifies with expires: at 30, 7 and 1 days
 * left, once per certificate and threshold, as a {@link EventType#CERTIFICATE_EXPIRING} event
 * and a count of {@value #METRIC} tagged with the owner and the threshold. The event is kept under
 * the message id {@code certificate-<first 16 hex digits of the SHA-256 fingerprint>}, which is
 * also how a warning already given is recognised after a restart.
 */
public final class CertificateExpiry {

    /** The thresholds in days, widest first. */
    public static final List<Integer> THRESHOLDS = List.of(30, 7, 1);

    /** The metric counted for each warning. */
    public static final String METRIC = "entrepot.certificate.expiring";

    /**
     * A certificate close to its end.
     *
     * @param owner         who uses it: {@code gateway}, a partner id, {@code ca}
     * @param certificate   the certificate
     * @param thresholdDays the narrowest threshold reached: 30, 7 or 1 (0 once it has expired)
     * @param left          the time left, negative once expired
     */
    public record Warning(String owner, X509Certificate certificate, int thresholdDays, Duration left) {

        public String message() {
            String subject = certificate.getSubjectX500Principal().getName();
            return thresholdDays == 0
                    ? "expired: " + owner + " certificate " + subject + " ended " + certificate.getNotAfter().toInstant()
                    : "expires within " + thresholdDays + " days: " + owner + " certificate " + subject + " ends "
                    + certificate.getNotAfter().toInstant() + " (" + left.toDays() + " days left)";
        }

        String messageId() {
            return "certificate-" + PartnerCertificateStore.fingerprint(certificate).substring(0, 16);
        }
    }

    private final Clock clock;

    public CertificateExpiry(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The certificates of {@code owners} (owner → certificates) that expire within 30 days or have expired. */
    public List<Warning> check(Map<String, List<X509Certificate>> owners) {
        Instant now = clock.instant();
        List<Warning> warnings = new ArrayList<>();
        owners.forEach((owner, certificates) -> {
            for (X509Certificate certificate : certificates) {
                Duration left = Duration.between(now, certificate.getNotAfter().toInstant());
                int reached = left.isNegative() ? 0 : -1;
                for (int days : THRESHOLDS) {
                    if (!left.isNegative() && left.compareTo(Duration.ofDays(days)) <= 0) {
                        reached = days;
                    }
                }
                if (reached >= 0) {
                    warnings.add(new Warning(owner, certificate, reached, left));
                }
            }
        });
        return warnings;
    }

    /**
     * Checks and raises every warning not raised before at its threshold: an event in
     * {@code tracking} and a count in {@code metrics}.
     *
     * @return the warnings raised now (those already raised are left out)
     */
    public List<Warning> alert(Map<String, List<X509Certificate>> owners, TrackingStore tracking, GatewayMetrics metrics) {
        List<Warning> raised = new ArrayList<>();
        for (Warning warning : check(owners)) {
            String prefix = warning.message().substring(0, warning.message().indexOf(':') + 1);
            boolean already = tracking.history(warning.messageId()).stream()
                    .anyMatch(event -> event.type() == EventType.CERTIFICATE_EXPIRING && event.detail().startsWith(prefix));
            if (already) {
                continue;
            }
            tracking.record(new TrackingEvent(warning.messageId(), null, EventType.CERTIFICATE_EXPIRING, clock.instant(),
                    warning.message()));
            metrics.increment(METRIC, "owner", warning.owner(), "threshold", Integer.toString(warning.thresholdDays()));
            raised.add(warning);
        }
        return raised;
    }
}
