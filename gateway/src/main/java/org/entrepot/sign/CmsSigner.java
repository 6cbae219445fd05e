package org.entrepot.sign;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs documents as CMS SignedData (RFC 5652), DER-encoded: detached (the form AS2, S/MIME and
 * {@code openssl cms} exchange) or enveloping (the content inside the signature, for channels
 * that carry one file). The signature covers the CAdES-B-B signed attributes (content type,
 * message digest, signing time, signing-certificate-v2, ETSI EN 319 122-1) and carries the
 * signer's certificate chain so that a receiver needs only its trust anchor.
 *
 * <p>The signature algorithm follows the key: SHA256withRSA (or RSASSA-PSS when asked) for RSA,
 * SHA256withECDSA for EC, Ed25519 for Ed25519 (whose message digest is SHA-512, as RFC 8419
 * requires). Safe for concurrent use.
 */
public final class CmsSigner {

    // the gateway signs with one or two keys; the bound only stops a misuse from growing without end
    private static final int MAX_PREPARED_KEYS = 32;

    private final Clock clock;
    private final RsaPadding rsaPadding;
    private final DigestCalculatorProvider digests;
    private final Map<SigningKey, PreparedKey> preparedKeys = new ConcurrentHashMap<>();

    /** A signer whose signing time is the system clock's. */
    public CmsSigner() {
        this(Clock.systemUTC());
    }

    /** A signer that stamps signatures with {@code clock}'s time. */
    public CmsSigner(Clock clock) {
        this(clock, RsaPadding.PKCS1_V1_5);
    }

    /** A signer that stamps signatures with {@code clock}'s time and signs with RSA keys using {@code rsaPadding}. */
    public CmsSigner(Clock clock, RsaPadding rsaPadding) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rsaPadding = Objects.requireNonNull(rsaPadding, "rsaPadding");
        try {
            this.digests = new JcaDigestCalculatorProviderBuilder()
                    .setProvider(CryptoProvider.bouncyCastle()).build();
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("Bouncy Castle offers no digest calculators", e);
        }
    }

    /**
     * Signs {@code content} with {@code key}.
     *
     * @return the DER encoding of a CMS ContentInfo holding a SignedData without the content
     * @throws SigningException if the key cannot sign (unsupported type, provider failure)
     */
    public byte[] signDetached(byte[] content, SigningKey key) {
        return sign(content, key, true);
    }

    /**
     * Signs {@code content} with {@code key}, the content inside the signature.
     *
     * @return the DER encoding of a CMS ContentInfo holding a SignedData that encapsulates the content
     * @throws SigningException if the key cannot sign (unsupported type, provider failure)
     */
    public byte[] signEnveloping(byte[] content, SigningKey key) {
        return sign(content, key, false);
    }

    /** Signs detached or enveloping, as {@code detached} says. */
    public byte[] sign(byte[] content, SigningKey key, boolean detached) {
        Objects.requireNonNull(content, "content");
        PreparedKey prepared = prepare(key);
        CMSSignedDataGenerator generator = prepared.borrow();
        try {
            byte[] signature = generator.generate(new CMSProcessableByteArray(content), !detached)
                    .getEncoded(ASN1Encoding.DER);
            // returned only after success: a generator that failed half-way may hold a dirty digest
            prepared.giveBack(generator);
            return signature;
        } catch (CMSException | IOException | RuntimeException e) {
            throw new SigningException("cannot sign with " + key + ": " + e.getMessage(), e);
        }
    }

    private PreparedKey prepare(SigningKey key) {
        Objects.requireNonNull(key, "key");
        PreparedKey prepared = preparedKeys.get(key);
        if (prepared == null) {
            if (preparedKeys.size() >= MAX_PREPARED_KEYS) {
                preparedKeys.clear();
            }
            prepared = preparedKeys.computeIfAbsent(key, PreparedKey::new);
        }
        return prepared;
    }

    /**
     * The signing time comes from the clock at each signature, not when a generator was built;
     * the signing-certificate-v2 attribute binds the signature to the signer's certificate, so
     * that a certificate swapped into the signature afterwards is detected (CAdES-B-B).
     */
    private CMSAttributeTableGenerator signedAttributes(Attribute signingCertificate) {
        return parameters -> {
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(clock.instant())))));
            attributes.add(signingCertificate);
            return new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes))
                    .getAttributes(parameters);
        };
    }

    /** ESS signing-certificate-v2 (RFC 5035) with the SHA-256 hash, the default algorithm, and issuer and serial. */
    static Attribute signingCertificateV2(X509Certificate certificate) throws GeneralSecurityException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(
                X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()), certificate.getSerialNumber());
        return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2(hash, issuerSerial))));
    }

    /**
     * Generators ready to sign with one key. Building one costs a provider lookup, key
     * conversion and certificate re-encoding, so they are kept and reused; a generator is not
     * thread-safe, so each is lent to one thread at a time.
     */
    private final class PreparedKey {

        private final SigningKey key;
        private final ConcurrentLinkedDeque<CMSSignedDataGenerator> idle = new ConcurrentLinkedDeque<>();

        PreparedKey(SigningKey key) {
            this.key = key;
            // fail on the first signature rather than later, for an unusable key
            idle.push(build());
        }

        CMSSignedDataGenerator borrow() {
            CMSSignedDataGenerator generator = idle.pollFirst();
            return generator != null ? generator : build();
        }

        void giveBack(CMSSignedDataGenerator generator) {
            idle.offerFirst(generator);
        }

        private CMSSignedDataGenerator build() {
            try {
                SignatureAlgorithm algorithm = SignatureAlgorithm.forKey(key.certificate().getPublicKey(), rsaPadding);
                ContentSigner signer = new JcaContentSignerBuilder(algorithm.jcaName())
                        .setProvider(CryptoProvider.bouncyCastle())
                        .build(key.privateKey());
                CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
                generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(digests)
                        .setSignedAttributeGenerator(signedAttributes(signingCertificateV2(key.certificate())))
                        .build(signer, key.certificate()));
                generator.addCertificates(new JcaCertStore(key.chain()));
                return generator;
            } catch (OperatorCreationException | CMSException | GeneralSecurityException | IllegalArgumentException e) {
                throw new SigningException("cannot prepare signing with " + key + ": " + e.getMessage(), e);
            }
        }
    }
}
