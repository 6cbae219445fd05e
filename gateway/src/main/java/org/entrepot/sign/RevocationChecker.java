package org.entrepot.sign;

import java.math.BigInteger;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.security.auth.x500.X500Principal;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;

/**
 * Checks that no certificate of a signer's chain is revoked, by OCSP, CRL or both as the
 * agreement's {@link RevocationPolicy} says. OCSP answers are cached per certificate and CRLs per
 * distribution point until the source's next update; an OCSP responder that did not answer is
 * asked again after one minute at the earliest, so a responder that is down does not cost a
 * timeout for every document.
 *
 * <p>A revoked certificate is rejected even if it was revoked after the stated signing time:
 * that time is the signer's own claim, and without a trusted timestamp it cannot prove the
 * signature came first. Safe for concurrent use.
 */
public final class RevocationChecker {

    /** How long an unanswered check is remembered before the source is asked again. */
    static final Duration RETRY_AFTER = Duration.ofMinutes(1);
    private static final int MAX_CACHED = 10_000;

    private final Clock clock;
    private final OcspClient ocsp;
    private final CrlClient crl;
    private final Map<Key, RevocationStatus> ocspAnswers = new ConcurrentHashMap<>();

    private record Key(X500Principal issuer, BigInteger serial) {
    }

    /** The result for one chain: rejections when it fails, warnings when the policy let it pass unchecked. */
    public record Verdict(List<Rejection> rejections, List<String> warnings) {
        public Verdict {
            rejections = List.copyOf(rejections);
            warnings = List.copyOf(warnings);
        }
    }

    /** A checker asking over HTTP with a 10-second limit per call, judging freshness by {@code clock}. */
    public RevocationChecker(Clock clock) {
        this(clock, Duration.ofSeconds(10));
    }

    public RevocationChecker(Clock clock, Duration timeout) {
        this(clock, timeout, List.of());
    }

    /**
     * A checker that consults {@code localCrls} (CRLs obtained out of band, e.g. the demo PKI's)
     * before any distribution point, for the certificates their issuers issued.
     */
    public RevocationChecker(Clock clock, Duration timeout, List<X509CRL> localCrls) {
        this.clock = Objects.requireNonNull(clock, "clock");
        HttpFetch http = new HttpFetch(timeout);
        this.ocsp = new OcspClient(http, clock);
        this.crl = new CrlClient(http, clock, localCrls);
    }

    /**
     * @param chain the certificates from the signer up to, not including, the trust anchor
     * @param anchor the trust anchor that issued the last certificate of {@code chain}
     */
    public Verdict check(List<X509Certificate> chain, X509Certificate anchor, RevocationPolicy policy) {
        List<Rejection> rejections = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (policy.source() == RevocationPolicy.Source.NONE) {
            return new Verdict(rejections, warnings);
        }
        for (int i = 0; i < chain.size(); i++) {
            X509Certificate certificate = chain.get(i);
            X509Certificate issuer = i + 1 < chain.size() ? chain.get(i + 1) : anchor;
            RevocationStatus status = status(certificate, issuer, policy.source());
            if (status instanceof RevocationStatus.Revoked revoked) {
                rejections.add(Rejection.of(Reason.SIGNER_CERTIFICATE_REVOKED, "certificate "
                        + SignerTrust.describe(certificate) + " was revoked on " + revoked.revokedAt()
                        + " (" + revoked.reason() + "), according to " + revoked.source()));
            } else if (status instanceof RevocationStatus.Unknown unknown) {
                String message = "the revocation status of " + SignerTrust.describe(certificate)
                        + " is unknown: " + unknown.problem();
                if (policy.onUnreachable() == RevocationPolicy.OnUnreachable.FAIL) {
                    rejections.add(Rejection.of(Reason.REVOCATION_UNAVAILABLE, message));
                } else {
                    warnings.add(message + "; accepted because the agreement says warn");
                }
            }
        }
        return new Verdict(rejections, warnings);
    }

    private RevocationStatus status(X509Certificate certificate, X509Certificate issuer, RevocationPolicy.Source source) {
        return switch (source) {
            case OCSP -> ocspStatus(certificate, issuer);
            case CRL -> crl.status(certificate, issuer, RETRY_AFTER);
            case BOTH -> {
                RevocationStatus first = ocspStatus(certificate, issuer);
                if (!(first instanceof RevocationStatus.Unknown unknown)) {
                    yield first;
                }
                RevocationStatus second = crl.status(certificate, issuer, RETRY_AFTER);
                yield second instanceof RevocationStatus.Unknown other
                        ? new RevocationStatus.Unknown(unknown.problem() + "; " + other.problem(), other.freshUntil())
                        : second;
            }
            case NONE -> throw new IllegalArgumentException("no source");
        };
    }

    private RevocationStatus ocspStatus(X509Certificate certificate, X509Certificate issuer) {
        Key key = new Key(certificate.getIssuerX500Principal(), certificate.getSerialNumber());
        Instant now = clock.instant();
        RevocationStatus cached = ocspAnswers.get(key);
        if (cached != null && now.isBefore(cached.freshUntil())) {
            return cached;
        }
        RevocationStatus status = ocsp.status(certificate, issuer, RETRY_AFTER);
        if (ocspAnswers.size() >= MAX_CACHED) {
            // a bound, not an eviction policy: partners' chains are few, a flood of strangers is not kept
            ocspAnswers.clear();
        }
        ocspAnswers.put(key, status);
        return status;
    }
}
