package org.entrepot.sign;

import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.CertException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.cert.ocsp.jcajce.JcaCertificateID;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Asks a certificate's OCSP responder (RFC 6960) for its status. The answer counts only if it is
 * signed by the issuing CA or by a responder the CA delegated (id-kp-OCSPSigning), names the
 * certificate asked about and is current; anything else is an unknown status, never a good one.
 */
final class OcspClient {

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    // a response without nextUpdate may change at any time; asking again after this is enough for documents
    private static final Duration NO_NEXT_UPDATE = Duration.ofMinutes(10);

    private final HttpFetch http;
    private final Clock clock;

    OcspClient(HttpFetch http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    RevocationStatus status(X509Certificate certificate, X509Certificate issuer, Duration retryAfter) {
        Instant now = clock.instant();
        Instant retry = now.plus(retryAfter);
        List<String> responders = RevocationSources.ocspResponders(certificate);
        if (responders.isEmpty()) {
            return new RevocationStatus.Unknown("certificate " + SignerTrust.describe(certificate)
                    + " names no OCSP responder", retry);
        }
        String responder = responders.get(0);
        try {
            CertificateID id = new JcaCertificateID(new JcaDigestCalculatorProviderBuilder()
                    .setProvider(CryptoProvider.bouncyCastle()).build().get(CertificateID.HASH_SHA1),
                    issuer, certificate.getSerialNumber());
            OCSPReq request = new OCSPReqBuilder().addRequest(id).build();
            OCSPResp response = new OCSPResp(http.post(URI.create(responder), "application/ocsp-request",
                    request.getEncoded()));
            if (response.getStatus() != OCSPResp.SUCCESSFUL) {
                return new RevocationStatus.Unknown("OCSP responder " + responder + " answered status "
                        + response.getStatus(), retry);
            }
            if (!(response.getResponseObject() instanceof BasicOCSPResp basic)) {
                return new RevocationStatus.Unknown("OCSP responder " + responder + " sent no basic response", retry);
            }
            String signerProblem = signerProblem(basic, issuer, now);
            if (signerProblem != null) {
                return new RevocationStatus.Unknown("OCSP response from " + responder + " " + signerProblem, retry);
            }
            for (SingleResp single : basic.getResponses()) {
                if (single.getCertID().equals(id)) {
                    return judge(single, responder, certificate, now, retry);
                }
            }
            return new RevocationStatus.Unknown("OCSP responder " + responder + " did not answer about "
                    + SignerTrust.describe(certificate), retry);
        } catch (IOException | OCSPException | OperatorCreationException | CertificateEncodingException
                 | IllegalArgumentException e) {
            return new RevocationStatus.Unknown("OCSP responder " + responder + " could not be asked: " + e.getMessage(), retry);
        }
    }

    private static RevocationStatus judge(SingleResp single, String responder, X509Certificate certificate,
                                          Instant now, Instant retry) {
        Instant thisUpdate = single.getThisUpdate().toInstant();
        Instant nextUpdate = single.getNextUpdate() == null ? null : single.getNextUpdate().toInstant();
        if (thisUpdate.isAfter(now.plus(CLOCK_SKEW)) || (nextUpdate != null && nextUpdate.isBefore(now.minus(CLOCK_SKEW)))) {
            return new RevocationStatus.Unknown("OCSP response from " + responder + " is not current (this update "
                    + thisUpdate + ", next update " + nextUpdate + ")", retry);
        }
        Instant freshUntil = nextUpdate != null ? nextUpdate : now.plus(NO_NEXT_UPDATE);
        CertificateStatus status = single.getCertStatus();
        if (status == CertificateStatus.GOOD) {
            return new RevocationStatus.Good("OCSP " + responder, freshUntil);
        }
        if (status instanceof RevokedStatus revoked) {
            String reason = revoked.hasRevocationReason()
                    ? CRLReason.lookup(revoked.getRevocationReason()).toString() : "no reason given";
            return new RevocationStatus.Revoked("OCSP " + responder, revoked.getRevocationTime().toInstant(), reason, freshUntil);
        }
        return new RevocationStatus.Unknown("OCSP responder " + responder + " does not know "
                + SignerTrust.describe(certificate), retry);
    }

    /** Null when the response is signed by the issuer or a responder it delegated; otherwise what is wrong. */
    private static String signerProblem(BasicOCSPResp basic, X509Certificate issuer, Instant now) {
        try {
            if (signedBy(basic, issuer.getPublicKey())) {
                return null;
            }
            X509CertificateHolder issuerHolder = new JcaX509CertificateHolder(issuer);
            for (X509CertificateHolder responder : basic.getCerts()) {
                boolean delegated = responder.getIssuer().equals(issuerHolder.getSubject())
                        && responder.isSignatureValid(new JcaContentVerifierProviderBuilder()
                        .setProvider(CryptoProvider.bouncyCastle()).build(issuer.getPublicKey()))
                        && responder.isValidOn(Date.from(now))
                        && ExtendedKeyUsage.fromExtensions(responder.getExtensions()) != null
                        && ExtendedKeyUsage.fromExtensions(responder.getExtensions())
                        .hasKeyPurposeId(KeyPurposeId.id_kp_OCSPSigning);
                if (delegated && basic.isSignatureValid(new JcaContentVerifierProviderBuilder()
                        .setProvider(CryptoProvider.bouncyCastle()).build(responder))) {
                    return null;
                }
            }
            return "is not signed by the issuing CA or a responder it delegated";
        } catch (OCSPException | OperatorCreationException | GeneralSecurityException | CertException e) {
            return "has a signature that cannot be checked: " + e.getMessage();
        }
    }

    private static boolean signedBy(BasicOCSPResp basic, PublicKey key) throws OperatorCreationException, OCSPException {
        return basic.isSignatureValid(new JcaContentVerifierProviderBuilder()
                .setProvider(CryptoProvider.bouncyCastle()).build(key));
    }
}
