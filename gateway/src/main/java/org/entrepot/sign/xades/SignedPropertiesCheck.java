package org.entrepot.sign.xades;

import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.xml.crypto.dsig.DigestMethod;
import org.entrepot.document.Outcome;
import org.entrepot.document.Position;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.w3c.dom.Element;

/**
 * Reads what the signed properties state about the signer: the signing time and which
 * certificate signed ({@code SigningCertificateV2}). The certificate is chosen by its digest
 * among those in {@code ds:KeyInfo}, so a certificate slipped into the unsigned KeyInfo cannot
 * pose as the signer.
 */
final class SignedPropertiesCheck {

    private static final Map<String, String> DIGESTS = Map.of(DigestMethod.SHA256, "SHA-256",
            DigestMethod.SHA384, "SHA-384", DigestMethod.SHA512, "SHA-512");

    /** The signer and the time it claims. */
    record Signer(X509Certificate certificate, Instant signingTime) {
    }

    private SignedPropertiesCheck() {
    }

    static Outcome<Signer> read(Element signedProperties, List<X509Certificate> keyInfoCertificates, Position where) {
        Element signatureProperties = XmlDocuments.onlyChild(signedProperties, XadesNames.XADES, "SignedSignatureProperties");
        if (signatureProperties == null) {
            return invalid(where, "the signed properties hold no SignedSignatureProperties");
        }
        Element time = XmlDocuments.onlyChild(signatureProperties, XadesNames.XADES, XadesNames.SIGNING_TIME);
        Element certificate = XmlDocuments.onlyChild(signatureProperties, XadesNames.XADES, XadesNames.SIGNING_CERTIFICATE_V2);
        if (time == null || certificate == null) {
            return invalid(where, "a baseline signature states its SigningTime and SigningCertificateV2 exactly once");
        }
        Instant signingTime;
        try {
            signingTime = OffsetDateTime.parse(time.getTextContent().trim()).toInstant();
        } catch (DateTimeParseException e) {
            return invalid(where, "SigningTime '" + time.getTextContent() + "' is not a date and time with offset");
        }
        return signer(certificate, keyInfoCertificates, where).map(signer -> new Signer(signer, signingTime));
    }

    private static Outcome<X509Certificate> signer(Element signingCertificate, List<X509Certificate> candidates,
                                                   Position where) {
        List<Element> certs = XmlDocuments.children(signingCertificate, XadesNames.XADES, "Cert");
        if (certs.isEmpty()) {
            return invalid(where, "SigningCertificateV2 names no certificate");
        }
        // the first Cert is the signer's (EN 319 132-1, 5.2.2); others describe its chain
        Element cert = certs.get(0);
        Element digest = XmlDocuments.onlyChild(cert, XadesNames.XADES, "CertDigest");
        Element method = digest == null ? null : XmlDocuments.onlyChild(digest, XadesNames.DS, "DigestMethod");
        Element value = digest == null ? null : XmlDocuments.onlyChild(digest, XadesNames.DS, "DigestValue");
        String algorithm = method == null ? null : DIGESTS.get(method.getAttribute("Algorithm"));
        if (algorithm == null || value == null) {
            return invalid(where, "the signing certificate's digest is missing or uses a refused algorithm");
        }
        byte[] expected;
        try {
            expected = Base64.getMimeDecoder().decode(value.getTextContent().trim());
        } catch (IllegalArgumentException e) {
            return invalid(where, "the signing certificate's digest is not base64");
        }
        for (X509Certificate candidate : candidates) {
            if (MessageDigest.isEqual(expected, QualifyingProperties.certificateDigest(candidate, algorithm))) {
                return issuerSerialMatches(cert, candidate)
                        ? Outcome.accepted(candidate)
                        : invalid(where, "IssuerSerialV2 does not name the certificate that CertDigest names");
            }
        }
        return invalid(where, "no certificate in KeyInfo matches the signed signing-certificate digest");
    }

    private static boolean issuerSerialMatches(Element cert, X509Certificate certificate) {
        Element issuerSerial = XmlDocuments.onlyChild(cert, XadesNames.XADES, "IssuerSerialV2");
        if (issuerSerial == null) {
            return true;
        }
        try {
            return MessageDigest.isEqual(Base64.getMimeDecoder().decode(issuerSerial.getTextContent().trim()),
                    QualifyingProperties.issuerSerial(certificate));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static <T> Outcome<T> invalid(Position where, String message) {
        return Outcome.rejected(Rejection.of(Reason.SIGNED_PROPERTIES_INVALID, where, message));
    }
}
