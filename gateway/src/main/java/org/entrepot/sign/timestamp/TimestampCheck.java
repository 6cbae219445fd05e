package org.entrepot.sign.timestamp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.entrepot.document.Outcome;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.entrepot.sign.CertificateTrust;
import org.entrepot.sign.TrustAnchors;

/**
 * Checks an RFC 3161 timestamp token against the data it claims to cover: the imprint must be
 * the digest of exactly that data, the token must be signed by a certificate issued for time
 * stamping (critical extended key usage {@code timeStamping}, which Bouncy Castle's
 * {@code TimeStampToken.validate} insists on) that chains to a trusted root at the stamped time.
 */
public final class TimestampCheck {

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final Map<String, String> DIGESTS = Map.of(
            NISTObjectIdentifiers.id_sha256.getId(), "SHA-256",
            NISTObjectIdentifiers.id_sha384.getId(), "SHA-384",
            NISTObjectIdentifiers.id_sha512.getId(), "SHA-512");

    private final TrustAnchors authorities;
    private final Clock clock;

    /** Trusts timestamps whose authority chains to {@code authorities}. */
    public TimestampCheck(TrustAnchors authorities) {
        this(authorities, Clock.systemUTC());
    }

    public TimestampCheck(TrustAnchors authorities, Clock clock) {
        this.authorities = authorities;
        this.clock = clock;
    }

    /**
     * The time the authority vouches for, or a {@code TIMESTAMP_INVALID} rejection.
     *
     * @param token           the DER-encoded timestamp token
     * @param timestampedData the data the token must cover (its imprint is recomputed here)
     */
    public Outcome<Instant> verify(byte[] token, byte[] timestampedData) {
        TimeStampToken parsed;
        try {
            parsed = new TimeStampToken(new CMSSignedData(token));
        } catch (CMSException | TSPException | IOException | IllegalArgumentException | ClassCastException e) {
            return invalid("the timestamp token cannot be read: " + e.getMessage());
        }
        Optional<String> digest = Optional.ofNullable(DIGESTS.get(parsed.getTimeStampInfo().getMessageImprintAlgOID().getId()));
        if (digest.isEmpty()) {
            return invalid("imprint algorithm " + parsed.getTimeStampInfo().getMessageImprintAlgOID() + " is not accepted");
        }
        if (!MessageDigest.isEqual(digest(digest.get(), timestampedData), parsed.getTimeStampInfo().getMessageImprintDigest())) {
            return invalid("the timestamp covers other data than this signature value");
        }
        Instant stamped = parsed.getTimeStampInfo().getGenTime().toInstant();
        if (stamped.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            return invalid("the timestamp " + stamped + " is in the future");
        }
        return authority(parsed).then(authority -> signedBy(parsed, authority, stamped));
    }

    private Outcome<Instant> signedBy(TimeStampToken token, X509CertificateHolder authority, Instant stamped) {
        try {
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(authority));
        } catch (TSPException | OperatorCreationException | CertificateException | IllegalArgumentException e) {
            return invalid("the timestamp's signature or its authority's certificate is not valid: " + e.getMessage());
        }
        try {
            X509Certificate certificate = toX509(authority);
            Optional<Rejection> distrust = CertificateTrust.check(certificate, certificates(token), authorities, stamped);
            if (distrust.isPresent()) {
                return invalid("the timestamp authority is not trusted: " + distrust.get().message());
            }
            return Outcome.accepted(stamped);
        } catch (CertificateException e) {
            return invalid("the timestamp authority's certificate cannot be read: " + e.getMessage());
        }
    }

    private static Outcome<X509CertificateHolder> authority(TimeStampToken token) {
        Collection<X509CertificateHolder> matches = token.getCertificates().getMatches(token.getSID());
        if (matches.size() != 1) {
            return invalid("the timestamp token does not carry its authority's certificate");
        }
        return Outcome.accepted(matches.iterator().next());
    }

    private static List<X509Certificate> certificates(TimeStampToken token) throws CertificateException {
        List<X509Certificate> all = new ArrayList<>();
        for (X509CertificateHolder holder : token.getCertificates().getMatches(null)) {
            all.add(toX509(holder));
        }
        return all;
    }

    private static X509Certificate toX509(X509CertificateHolder holder) throws CertificateException {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(holder.getEncoded()));
        } catch (IOException e) {
            throw new CertificateException(e.getMessage(), e);
        }
    }

    private static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has " + algorithm, e);
        }
    }

    private static <T> Outcome<T> invalid(String message) {
        return Outcome.rejected(Rejection.of(Reason.TIMESTAMP_INVALID, message));
    }
}
