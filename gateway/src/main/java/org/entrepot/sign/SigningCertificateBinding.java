package org.entrepot.sign;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.SignerInformation;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;

/**
 * Checks the CAdES signing-certificate-v2 attribute: when a signature names the certificate it
 * was made with, the certificate found in the signature must be that one. Without the check an
 * attacker could swap in another certificate for the same key (say, with a different name or
 * key usage). Signatures without the attribute (plain CMS, e.g. from {@code openssl cms}) pass.
 */
final class SigningCertificateBinding {

    private SigningCertificateBinding() {
    }

    static Optional<Rejection> check(SignerInformation signer, X509Certificate certificate) {
        AttributeTable attributes = signer.getSignedAttributes();
        if (attributes == null) {
            return Optional.empty();
        }
        ASN1EncodableVector all = attributes.getAll(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (all.size() == 0) {
            return Optional.empty();
        }
        try {
            if (all.size() > 1 || Attribute.getInstance(all.get(0)).getAttrValues().size() != 1) {
                return invalid("the signing-certificate-v2 attribute must occur once with one value");
            }
            SigningCertificateV2 value = SigningCertificateV2.getInstance(
                    Attribute.getInstance(all.get(0)).getAttrValues().getObjectAt(0));
            ESSCertIDv2[] ids = value.getCerts();
            if (ids.length == 0) {
                return invalid("the signing-certificate-v2 attribute names no certificate");
            }
            // the first entry is the signer's certificate (RFC 5035 section 5.4)
            ESSCertIDv2 id = ids[0];
            Optional<String> digest = AlgorithmPolicy.acceptedDigest(id.getHashAlgorithm().getAlgorithm().getId());
            if (digest.isEmpty()) {
                return invalid("the signing-certificate-v2 hash algorithm " + id.getHashAlgorithm().getAlgorithm()
                        + " is not accepted");
            }
            byte[] hash = MessageDigest.getInstance(digest.get()).digest(certificate.getEncoded());
            if (!Arrays.equals(hash, id.getCertHash())) {
                return invalid("the signed signing-certificate-v2 attribute names another certificate than "
                        + SignerTrust.describe(certificate) + " that the signature carries");
            }
            return Optional.empty();
        } catch (GeneralSecurityException | IllegalArgumentException | IllegalStateException e) {
            return invalid("the signing-certificate-v2 attribute cannot be read: " + e.getMessage());
        }
    }

    private static Optional<Rejection> invalid(String message) {
        return Optional.of(Rejection.of(Reason.SIGNATURE_INVALID, message));
    }
}
