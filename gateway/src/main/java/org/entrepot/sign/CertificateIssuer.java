package org.entrepot.sign;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Issues the two certificate profiles the demo PKI needs: a root CA that may only sign
 * certificates and CRLs, and document-signing certificates. The signing profile carries the
 * extended key usage {@code emailProtection} because that is what CMS verifiers such as
 * {@code openssl cms -verify} demand of a signer by default.
 */
final class CertificateIssuer {

    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateIssuer() {
    }

    static KeyPair rsaKeyPair(int bits) {
        return keyPair("RSA", bits);
    }

    /** A key pair of a JCA algorithm ("RSA", "EC", "Ed25519"); size 0 keeps the default. */
    static KeyPair keyPair(String algorithm, int size) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            if (size > 0) {
                generator.initialize(size, RANDOM);
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new KeyMaterialException("cannot generate a " + algorithm + " key: " + e.getMessage(), e);
        }
    }

    /** A self-signed root that may sign certificates and CRLs, and nothing else. */
    static SigningKey selfSignedCa(KeyPair keys, String subject, Instant notBefore, Instant notAfter) {
        return selfSignedCa(keys, subject, notBefore, notAfter, 0);
    }

    /** A self-signed root whose chains may hold {@code pathLength} intermediate CAs below it. */
    static SigningKey selfSignedCa(KeyPair keys, String subject, Instant notBefore, Instant notAfter, int pathLength) {
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X500Principal name = new X500Principal(subject);
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serialNumber(),
                    Date.from(notBefore), Date.from(notAfter), name, keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(pathLength))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(keys.getPublic()));
            X509Certificate certificate = sign(builder, keys.getPrivate(), keys.getPublic());
            return new SigningKey(keys.getPrivate(), certificate, List.of(certificate));
        } catch (GeneralSecurityException | CertIOException e) {
            throw new KeyMaterialException("cannot issue CA certificate " + subject + ": " + e.getMessage(), e);
        }
    }

    /** A document-signing certificate for {@code keys}, issued and signed by {@code issuer}. */
    static SigningKey signingCertificate(KeyPair keys, String subject, SigningKey issuer,
                                         Instant notBefore, Instant notAfter) {
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            // taking the issuer name from its certificate keeps the exact encoding, which name chaining compares
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer.certificate(), serialNumber(),
                    Date.from(notBefore), Date.from(notAfter), new X500Principal(subject), keys.getPublic());
            addSigningProfile(builder, extensions, keys.getPublic())
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            extensions.createAuthorityKeyIdentifier(issuer.certificate().getPublicKey()));
            X509Certificate certificate = sign(builder, issuer.privateKey(), issuer.certificate().getPublicKey());
            List<X509Certificate> chain = new ArrayList<>();
            chain.add(certificate);
            chain.addAll(issuer.chain());
            return new SigningKey(keys.getPrivate(), certificate, chain);
        } catch (GeneralSecurityException | CertIOException e) {
            throw new KeyMaterialException("cannot issue signing certificate " + subject + ": " + e.getMessage(), e);
        }
    }

    /**
     * What a certificate is for, beyond the defaults: an intermediate CA, an OCSP responder, or a
     * signing certificate that names where its revocation status is published.
     *
     * @param pathLength  -1 for an end-entity certificate; otherwise a CA with this path length
     * @param keyUsage    {@link KeyUsage} bits
     * @param extendedKeyUsage extended key usage, or null for none
     * @param ocspUrl     the OCSP responder to name in authority information access, or null
     * @param crlUrl      the CRL distribution point, or null
     */
    record Profile(int pathLength, int keyUsage, KeyPurposeId extendedKeyUsage, String ocspUrl, String crlUrl) {

        static Profile signing() {
            return new Profile(-1, KeyUsage.digitalSignature | KeyUsage.nonRepudiation,
                    KeyPurposeId.id_kp_emailProtection, null, null);
        }

        static Profile intermediateCa(int pathLength) {
            return new Profile(pathLength, KeyUsage.keyCertSign | KeyUsage.cRLSign, null, null, null);
        }

        static Profile ocspResponder() {
            return new Profile(-1, KeyUsage.digitalSignature, KeyPurposeId.id_kp_OCSPSigning, null, null);
        }

        Profile publishedAt(String ocsp, String crl) {
            return new Profile(pathLength, keyUsage, extendedKeyUsage, ocsp, crl);
        }

        Profile withKeyUsage(int bits) {
            return new Profile(pathLength, bits, extendedKeyUsage, ocspUrl, crlUrl);
        }
    }

    /** A certificate of any {@link Profile} for {@code keys}, issued and signed by {@code issuer}. */
    static SigningKey issue(KeyPair keys, String subject, SigningKey issuer, Instant notBefore, Instant notAfter,
                            Profile profile) {
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer.certificate(), serialNumber(),
                    Date.from(notBefore), Date.from(notAfter), new X500Principal(subject), keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, profile.pathLength() < 0
                            ? new BasicConstraints(false) : new BasicConstraints(profile.pathLength()))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(profile.keyUsage()))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(keys.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            extensions.createAuthorityKeyIdentifier(issuer.certificate().getPublicKey()));
            if (profile.extendedKeyUsage() != null) {
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(profile.extendedKeyUsage()));
            }
            if (profile.ocspUrl() != null) {
                builder.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
                        AccessDescription.id_ad_ocsp, new GeneralName(GeneralName.uniformResourceIdentifier, profile.ocspUrl())));
            }
            if (profile.crlUrl() != null) {
                DistributionPointName name = new DistributionPointName(new GeneralNames(
                        new GeneralName(GeneralName.uniformResourceIdentifier, profile.crlUrl())));
                builder.addExtension(Extension.cRLDistributionPoints, false,
                        new CRLDistPoint(new DistributionPoint[] {new DistributionPoint(name, null, null)}));
            }
            X509Certificate certificate = sign(builder, issuer.privateKey(), issuer.certificate().getPublicKey());
            List<X509Certificate> chain = new ArrayList<>();
            chain.add(certificate);
            chain.addAll(issuer.chain());
            return new SigningKey(keys.getPrivate(), certificate, chain);
        } catch (GeneralSecurityException | CertIOException e) {
            throw new KeyMaterialException("cannot issue certificate " + subject + ": " + e.getMessage(), e);
        }
    }

    /** A self-signed document-signing certificate, as partners without a CA often use. */
    static SigningKey selfSignedSigningCertificate(KeyPair keys, String subject, Instant notBefore, Instant notAfter) {
        try {
            X500Principal name = new X500Principal(subject);
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serialNumber(),
                    Date.from(notBefore), Date.from(notAfter), name, keys.getPublic());
            addSigningProfile(builder, new JcaX509ExtensionUtils(), keys.getPublic());
            X509Certificate certificate = sign(builder, keys.getPrivate(), keys.getPublic());
            return new SigningKey(keys.getPrivate(), certificate, List.of(certificate));
        } catch (GeneralSecurityException | CertIOException e) {
            throw new KeyMaterialException("cannot issue signing certificate " + subject + ": " + e.getMessage(), e);
        }
    }

    private static X509v3CertificateBuilder addSigningProfile(X509v3CertificateBuilder builder,
                                                              JcaX509ExtensionUtils extensions,
                                                              PublicKey subjectKey) throws CertIOException {
        return builder
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                .addExtension(Extension.extendedKeyUsage, false,
                        new ExtendedKeyUsage(KeyPurposeId.id_kp_emailProtection))
                .addExtension(Extension.subjectKeyIdentifier, false,
                        extensions.createSubjectKeyIdentifier(subjectKey));
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey,
                                        PublicKey issuerPublicKey) throws GeneralSecurityException {
        try {
            ContentSigner signer = new JcaContentSignerBuilder(SignatureAlgorithm.forKey(issuerPublicKey).jcaName())
                    .setProvider(CryptoProvider.bouncyCastle())
                    .build(issuerKey);
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e.getMessage(), e);
        }
    }

    /** A positive random serial of 127 bits: unique without a counter to keep on disk. */
    private static BigInteger serialNumber() {
        return new BigInteger(126, RANDOM).setBit(126);
    }
}
