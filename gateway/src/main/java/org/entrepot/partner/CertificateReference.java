package org.entrepot.partner;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A partner's signing certificate as the partner file names it: by alias in the gateway's
 * partner certificate store, or by its SHA-256 fingerprint, with the window in which it may sign.
 * The partner file never holds a certificate or a password, only this reference.
 *
 * @param alias       the alias in the partner certificate store, or null
 * @param fingerprint the SHA-256 fingerprint as lower-case hex without separators, or null
 * @param from        the first moment it may sign, or null for the certificate's notBefore
 * @param until       the last moment it may sign, or null for the certificate's notAfter
 */
public record CertificateReference(String alias, String fingerprint, Instant from, Instant until) {

    public CertificateReference {
        if ((alias == null) == (fingerprint == null)) {
            throw new IllegalArgumentException("name a certificate by alias or by fingerprint, exactly one");
        }
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("until " + until + " is before from " + from);
        }
    }

    /**
     * The canonical form of a fingerprint as people write it: {@code SHA256:AB:CD:...},
     * {@code ab cd ...} or plain hex; null when it is not 32 bytes of hex.
     */
    public static String normalizeFingerprint(String written) {
        Objects.requireNonNull(written, "written");
        String text = written.strip();
        if (text.regionMatches(true, 0, "SHA256:", 0, 7) || text.regionMatches(true, 0, "SHA-256:", 0, 8)) {
            text = text.substring(text.indexOf(':') + 1);
        }
        String hex = text.replaceAll("[:\\s]", "").toLowerCase(Locale.ROOT);
        return hex.matches("[0-9a-f]{64}") ? hex : null;
    }

    @Override
    public String toString() {
        return (alias != null ? "alias " + alias : "fingerprint " + fingerprint)
                + (from != null ? " from " + from : "") + (until != null ? " until " + until : "");
    }
}
