package org.entrepot.sign;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The certificates one partner signs with, each for a window of time. During a rotation the old
 * and the new certificate overlap, and a signature by either verifies; after the old one's window
 * ends only the new one does. The window is the one agreed with the partner, narrowed to the
 * certificate's own validity.
 */
public final class PartnerCertificates {

    /**
     * One registered certificate.
     *
     * @param certificate the partner's signing certificate
     * @param from        first moment it may sign, or null for its notBefore
     * @param until       last moment it may sign, or null for its notAfter
     */
    public record Registered(X509Certificate certificate, Instant from, Instant until) {

        public Registered {
            Objects.requireNonNull(certificate, "certificate");
        }

        /** When the window opens: the later of {@code from} and the certificate's notBefore. */
        public Instant start() {
            Instant notBefore = certificate.getNotBefore().toInstant();
            return from == null || from.isBefore(notBefore) ? notBefore : from;
        }

        /** When the window closes: the earlier of {@code until} and the certificate's notAfter. */
        public Instant end() {
            Instant notAfter = certificate.getNotAfter().toInstant();
            return until == null || until.isAfter(notAfter) ? notAfter : until;
        }

        public boolean coversAt(Instant at) {
            return !at.isBefore(start()) && !at.isAfter(end());
        }
    }

    private final String partner;
    private final List<Registered> registered;

    private PartnerCertificates(String partner, List<Registered> registered) {
        this.partner = Objects.requireNonNull(partner, "partner");
        this.registered = List.copyOf(registered);
    }

    public static PartnerCertificates of(String partner, List<Registered> registered) {
        return new PartnerCertificates(partner, registered);
    }

    public String partner() {
        return partner;
    }

    public List<Registered> registered() {
        return registered;
    }

    /** The registrations whose window includes {@code at}, oldest first. */
    public List<Registered> validAt(Instant at) {
        List<Registered> valid = new ArrayList<>();
        for (Registered candidate : registered) {
            if (candidate.coversAt(at)) {
                valid.add(candidate);
            }
        }
        return valid;
    }

    /** The registration of exactly this certificate, if any. */
    public Optional<Registered> find(X509Certificate certificate) {
        return registered.stream().filter(r -> r.certificate().equals(certificate)).findFirst();
    }
}
