package org.entrepot.sign;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.cert.CRLReason;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the CRL at a certificate's distribution point (RFC 5280). A CRL counts only if the
 * certificate's issuer signed it and it is current; each CRL is kept until its next update, so
 * one download serves every document signed under that CA meanwhile.
 */
final class CrlClient {

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final Duration NO_NEXT_UPDATE = Duration.ofMinutes(10);

    private final HttpFetch http;
    private final Clock clock;
    private final Map<String, Downloaded> crls = new ConcurrentHashMap<>();

    private record Downloaded(X509CRL crl, Instant freshUntil) {
    }

    private final List<X509CRL> local;

    CrlClient(HttpFetch http, Clock clock, List<X509CRL> local) {
        this.http = http;
        this.clock = clock;
        this.local = List.copyOf(local);
    }

    RevocationStatus status(X509Certificate certificate, X509Certificate issuer, Duration retryAfter) {
        Instant now = clock.instant();
        Instant retry = now.plus(retryAfter);
        for (X509CRL crl : local) {
            if (crl.getIssuerX500Principal().equals(certificate.getIssuerX500Principal())) {
                try {
                    Downloaded checked = checked(crl, issuer, now);
                    return lookUp(certificate, checked.crl(), "local CRL of " + crl.getIssuerX500Principal().getName(),
                            checked.freshUntil());
                } catch (GeneralSecurityException e) {
                    return new RevocationStatus.Unknown("the local CRL of " + crl.getIssuerX500Principal().getName()
                            + " cannot be used: " + e.getMessage(), retry);
                }
            }
        }
        List<String> points = RevocationSources.crlDistributionPoints(certificate);
        if (points.isEmpty()) {
            return new RevocationStatus.Unknown("certificate " + SignerTrust.describe(certificate)
                    + " names no CRL distribution point", retry);
        }
        String point = points.get(0);
        X509CRL crl;
        Instant freshUntil;
        try {
            Downloaded cached = crls.get(point);
            if (cached == null || !now.isBefore(cached.freshUntil())) {
                cached = download(point, issuer, now);
                crls.put(point, cached);
            }
            crl = cached.crl();
            freshUntil = cached.freshUntil();
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            return new RevocationStatus.Unknown("CRL " + point + " could not be used: " + e.getMessage(), retry);
        }
        return lookUp(certificate, crl, "CRL " + point, freshUntil);
    }

    private static RevocationStatus lookUp(X509Certificate certificate, X509CRL crl, String source, Instant freshUntil) {
        X509CRLEntry entry = crl.getRevokedCertificate(certificate);
        if (entry == null || entry.getRevocationReason() == CRLReason.REMOVE_FROM_CRL) {
            return new RevocationStatus.Good(source, freshUntil);
        }
        String reason = entry.getRevocationReason() == null ? "no reason given" : entry.getRevocationReason().name();
        return new RevocationStatus.Revoked(source, entry.getRevocationDate().toInstant(), reason, freshUntil);
    }

    private Downloaded download(String point, X509Certificate issuer, Instant now)
            throws IOException, GeneralSecurityException {
        X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509")
                .generateCRL(new ByteArrayInputStream(http.get(URI.create(point))));
        return checked(crl, issuer, now);
    }

    private static Downloaded checked(X509CRL crl, X509Certificate issuer, Instant now) throws GeneralSecurityException {
        if (!crl.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            throw new GeneralSecurityException("it is issued by " + crl.getIssuerX500Principal().getName()
                    + ", not by the certificate's issuer (indirect CRLs are not supported)");
        }
        crl.verify(issuer.getPublicKey());
        Instant thisUpdate = crl.getThisUpdate().toInstant();
        Instant nextUpdate = crl.getNextUpdate() == null ? null : crl.getNextUpdate().toInstant();
        if (thisUpdate.isAfter(now.plus(CLOCK_SKEW))) {
            throw new GeneralSecurityException("it is dated " + thisUpdate + ", in the future");
        }
        if (nextUpdate != null && nextUpdate.isBefore(now.minus(CLOCK_SKEW))) {
            throw new GeneralSecurityException("it is stale: its next update was due " + nextUpdate);
        }
        return new Downloaded(crl, nextUpdate != null ? nextUpdate : now.plus(NO_NEXT_UPDATE));
    }
}
