package org.entrepot.sign;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The part of the demo PKI that exists for tests of the receiving side: an intermediate CA, a
 * partner certificate under it that has expired, one that is revoked, and the CRLs. Written by
 * {@code entrepot certs init}; the CRLs are reissued on every call so they never go stale.
 *
 * <pre>
 * pkiDir/intermediate.p12, .pem   "Entrepot Demo Issuing CA", issued by the root, path length 0
 * pkiDir/test/expired.p12, .pem   signing certificate under the intermediate, expired 30 days ago
 * pkiDir/test/revoked.p12, .pem   signing certificate under the intermediate, on intermediate.crl
 * pkiDir/test/valid.p12, .pem     signing certificate under the intermediate, valid
 * pkiDir/ca.crl, intermediate.crl the CRLs of the root and of the intermediate (DER), 30 days
 * </pre>
 */
final class DemoTestCertificates {

    static final String INTERMEDIATE_SUBJECT = "CN=Entrepot Demo Issuing CA,O=Entrepot demo PKI";
    private static final Duration CRL_LIFETIME = Duration.ofDays(30);

    private DemoTestCertificates() {
    }

    static void ensure(Path directory, SigningKey ca, char[] password) {
        if (ca.certificate().getBasicConstraints() < 1) {
            throw new KeyMaterialException("the demo CA in " + directory + " was made before intermediates existed"
                    + " (path length 0); remove the demo PKI directory to start over");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant caStart = ca.certificate().getNotBefore().toInstant();
        SigningKey intermediate = loadOrIssue(directory.resolve("intermediate.p12"), password,
                () -> CertificateIssuer.issue(CertificateIssuer.rsaKeyPair(2048), INTERMEDIATE_SUBJECT, ca,
                        caStart, now.plus(Duration.ofDays(5 * 365)), CertificateIssuer.Profile.intermediateCa(0)));
        Path test = directory.resolve("test");
        Instant intermediateStart = intermediate.certificate().getNotBefore().toInstant();
        loadOrIssue(test.resolve("valid.p12"), password, () -> CertificateIssuer.issue(CertificateIssuer.rsaKeyPair(2048),
                "CN=valid,O=Entrepot demo test", intermediate, now.minus(Duration.ofMinutes(5)),
                now.plus(Duration.ofDays(365)), CertificateIssuer.Profile.signing()));
        Instant expiredEnd = now.minus(Duration.ofDays(30));
        Instant expiredStart = intermediateStart.isAfter(now.minus(Duration.ofDays(90))) ? intermediateStart
                : now.minus(Duration.ofDays(90));
        loadOrIssue(test.resolve("expired.p12"), password, () -> CertificateIssuer.issue(CertificateIssuer.rsaKeyPair(2048),
                "CN=expired,O=Entrepot demo test", intermediate, expiredStart, expiredEnd, CertificateIssuer.Profile.signing()));
        SigningKey revoked = loadOrIssue(test.resolve("revoked.p12"), password, () -> CertificateIssuer.issue(
                CertificateIssuer.rsaKeyPair(2048), "CN=revoked,O=Entrepot demo test", intermediate,
                now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofDays(365)), CertificateIssuer.Profile.signing()));
        writeCrl(directory.resolve("intermediate.crl"), intermediate, List.of(revoked.certificate()), now);
        writeCrl(directory.resolve("ca.crl"), ca, List.of(), now);
    }

    private static SigningKey loadOrIssue(Path p12, char[] password, Supplier<SigningKey> issue) {
        SigningKey key;
        if (Files.exists(p12)) {
            key = KeyStores.load(p12, password, null);
        } else {
            try {
                Files.createDirectories(p12.getParent());
            } catch (IOException e) {
                throw new KeyMaterialException("cannot create " + p12.getParent() + ": " + e.getMessage(), e);
            }
            key = issue.get();
            String name = p12.getFileName().toString();
            KeyStores.store(p12, key, password, name.substring(0, name.length() - ".p12".length()));
        }
        String name = p12.getFileName().toString();
        KeyStores.writePem(p12.resolveSibling(name.substring(0, name.length() - ".p12".length()) + ".pem"), key.certificate());
        return key;
    }

    /** A CRL signed by {@code issuer} listing {@code revoked} (key compromise, a day ago). */
    static X509CRL crl(SigningKey issuer, List<X509Certificate> revoked, Instant now) {
        try {
            X509v2CRLBuilder builder = new X509v2CRLBuilder(
                    new JcaX509CertificateHolder(issuer.certificate()).getSubject(), Date.from(now.minus(Duration.ofMinutes(5))));
            builder.setNextUpdate(Date.from(now.plus(CRL_LIFETIME)));
            for (X509Certificate certificate : revoked) {
                builder.addCRLEntry(certificate.getSerialNumber(), Date.from(now.minus(Duration.ofDays(1))),
                        CRLReason.keyCompromise);
            }
            return new JcaX509CRLConverter().getCRL(builder.build(new JcaContentSignerBuilder(
                    SignatureAlgorithm.forKey(issuer.certificate().getPublicKey()).jcaName())
                    .setProvider(CryptoProvider.bouncyCastle()).build(issuer.privateKey())));
        } catch (OperatorCreationException | CRLException | CertificateEncodingException e) {
            throw new KeyMaterialException("cannot issue a CRL for " + issuer + ": " + e.getMessage(), e);
        }
    }

    private static void writeCrl(Path file, SigningKey issuer, List<X509Certificate> revoked, Instant now) {
        try {
            AtomicWrite.replace(file, crl(issuer, revoked, now).getEncoded(), false);
        } catch (IOException | CRLException e) {
            throw new KeyMaterialException("cannot write CRL " + file + ": " + e.getMessage(), e);
        }
    }
}
