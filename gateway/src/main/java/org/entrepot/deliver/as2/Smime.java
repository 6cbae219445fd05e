package org.entrepot.deliver.as2;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAuthEnvelopedData;
import org.bouncycastle.cms.CMSAuthEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSCompressedData;
import org.bouncycastle.cms.CMSCompressedDataGenerator;
import org.bouncycastle.cms.CMSEnvelopedData;
import org.bouncycastle.cms.CMSEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.RecipientInformationStore;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyTransEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientId;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.cms.jcajce.ZlibCompressor;
import org.bouncycastle.cms.jcajce.ZlibExpanderProvider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OutputAEADEncryptor;
import org.bouncycastle.operator.OutputEncryptor;
import org.entrepot.document.Reason;
import org.entrepot.sign.CmsSigner;
import org.entrepot.sign.SigningKey;

/**
 * The S/MIME operations of AS2 over {@link MimeEntity}: sign and verify (multipart/signed with a
 * detached CMS signature), encrypt and decrypt (application/pkcs7-mime enveloped or
 * authEnveloped data), compress and expand (RFC 5402), and the message integrity check.
 */
final class Smime {

    // never registered globally: other libraries in the JVM keep their own provider order
    static final Provider BC = new BouncyCastleProvider();

    // what a partner may encrypt with: AES only, never DES, RC2 or RC4
    private static final Set<ASN1ObjectIdentifier> ACCEPTED_CIPHERS = Set.of(
            CMSAlgorithm.AES128_CBC, CMSAlgorithm.AES192_CBC, CMSAlgorithm.AES256_CBC,
            CMSAlgorithm.AES128_GCM, CMSAlgorithm.AES192_GCM, CMSAlgorithm.AES256_GCM);

    private Smime() {
    }

    /** Signs {@code content} into a multipart/signed entity whose first part is {@code content} byte for byte. */
    static MimeEntity sign(MimeEntity content, SigningKey key, CmsSigner signer) {
        byte[] signature = signer.signDetached(content.bytes(), key);
        String micalg = micalgOf(signature);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/pkcs7-signature; name=smime.p7s; smime-type=signed-data");
        headers.put("Content-Transfer-Encoding", "base64");
        headers.put("Content-Disposition", "attachment; filename=\"smime.p7s\"");
        MimeEntity signaturePart = MimeEntity.of(headers, Base64.getMimeEncoder(76, new byte[] {'\r', '\n'})
                .encode(signature));
        return MimeEntity.multipart("multipart/signed; protocol=\"application/pkcs7-signature\"; micalg=" + micalg,
                List.of(content.bytes(), signaturePart.bytes()), Map.of());
    }

    /** What a verified signature covered, and who signed. */
    record Verified(MimeEntity content, X509Certificate signer) {
    }

    /**
     * Verifies a multipart/signed entity against the certificates the partner signs with: the
     * signature must verify with one of them, so a signature by anyone else is refused however
     * well it verifies with the certificate it carries.
     */
    static Verified verify(MimeEntity signed, List<X509Certificate> allowed) throws As2Refusal {
        List<MimeEntity> parts;
        try {
            parts = signed.parts();
        } catch (IllegalArgumentException e) {
            throw new As2Refusal(Reason.SIGNATURE_INVALID, As2Refusal.INTEGRITY_CHECK_FAILED,
                    "the multipart/signed entity cannot be read: " + e.getMessage());
        }
        if (parts.size() != 2 || !parts.get(1).mediaType().endsWith("pkcs7-signature")) {
            throw new As2Refusal(Reason.SIGNATURE_INVALID, As2Refusal.INTEGRITY_CHECK_FAILED,
                    "multipart/signed must have the content and one application/pkcs7-signature part");
        }
        MimeEntity content = parts.get(0);
        CMSSignedData signature;
        try {
            signature = new CMSSignedData(new CMSProcessableByteArray(content.bytes()), parts.get(1).decodedBody());
        } catch (CMSException | IllegalArgumentException e) {
            throw new As2Refusal(Reason.SIGNATURE_INVALID, As2Refusal.INTEGRITY_CHECK_FAILED,
                    "the signature is not a CMS SignedData: " + e.getMessage());
        }
        if (signature.getSignerInfos().size() != 1) {
            throw new As2Refusal(Reason.SIGNATURE_INVALID, As2Refusal.INTEGRITY_CHECK_FAILED,
                    "expected one signer, found " + signature.getSignerInfos().size());
        }
        SignerInformation signer = signature.getSignerInfos().getSigners().iterator().next();
        for (X509Certificate certificate : allowed) {
            try {
                if (signer.getSID().match(new X509CertificateHolder(certificate.getEncoded()))) {
                    if (signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(certificate))) {
                        return new Verified(content, certificate);
                    }
                    throw new As2Refusal(Reason.SIGNATURE_INVALID, As2Refusal.INTEGRITY_CHECK_FAILED,
                            "the signature does not verify with the partner's certificate");
                }
            } catch (As2Refusal refusal) {
                throw refusal;
            } catch (Exception e) {
                // CMSSignerDigestMismatchException for altered content: BC throws rather than returns false
                throw new As2Refusal(Reason.SIGNATURE_INVALID, As2Refusal.INTEGRITY_CHECK_FAILED,
                        "the signature does not verify: " + e.getMessage());
            }
        }
        throw new As2Refusal(Reason.SIGNER_NOT_REGISTERED, As2Refusal.AUTHENTICATION_FAILED,
                "the message is signed by a certificate the partner has not registered");
    }

    /** Encrypts an entity to the receiver's certificate. */
    static MimeEntity encrypt(MimeEntity content, X509Certificate receiver, Encryption encryption) {
        try {
            OutputEncryptor encryptor = new JceCMSContentEncryptorBuilder(encryption.algorithm()).setProvider(BC).build();
            JceKeyTransRecipientInfoGenerator recipient = new JceKeyTransRecipientInfoGenerator(receiver).setProvider(BC);
            byte[] der;
            String smimeType;
            if (encryption.authenticated()) {
                CMSAuthEnvelopedDataGenerator generator = new CMSAuthEnvelopedDataGenerator();
                generator.addRecipientInfoGenerator(recipient);
                der = generator.generate(new CMSProcessableByteArray(content.bytes()), (OutputAEADEncryptor) encryptor)
                        .getEncoded();
                smimeType = "authEnveloped-data";
            } else {
                CMSEnvelopedDataGenerator generator = new CMSEnvelopedDataGenerator();
                generator.addRecipientInfoGenerator(recipient);
                der = generator.generate(new CMSProcessableByteArray(content.bytes()), encryptor).getEncoded();
                smimeType = "enveloped-data";
            }
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "application/pkcs7-mime; smime-type=" + smimeType + "; name=smime.p7m");
            headers.put("Content-Transfer-Encoding", "binary");
            headers.put("Content-Disposition", "attachment; filename=\"smime.p7m\"");
            return MimeEntity.of(headers, der);
        } catch (Exception e) {
            throw new IllegalStateException("cannot encrypt with " + encryption.setting() + ": " + e.getMessage(), e);
        }
    }

    static boolean isPkcs7Mime(MimeEntity entity) {
        String type = entity.mediaType();
        return type.equals("application/pkcs7-mime") || type.equals("application/x-pkcs7-mime");
    }

    /** The CMS content type of an application/pkcs7-mime entity, whatever its smime-type says. */
    static ASN1ObjectIdentifier cmsType(MimeEntity entity) throws As2Refusal {
        try {
            return ContentInfo.getInstance(entity.decodedBody()).getContentType();
        } catch (RuntimeException e) {
            throw new As2Refusal(Reason.INTERNAL_ERROR, As2Refusal.DECRYPTION_FAILED,
                    "the application/pkcs7-mime body is not a CMS ContentInfo");
        }
    }

    static boolean isEncrypted(ASN1ObjectIdentifier cmsType) {
        return CMSObjectIdentifiers.envelopedData.equals(cmsType) || CMSObjectIdentifiers.authEnvelopedData.equals(cmsType);
    }

    static boolean isCompressed(ASN1ObjectIdentifier cmsType) {
        return CMSObjectIdentifiers.compressedData.equals(cmsType);
    }

    /**
     * Decrypts with whichever of the gateway's keys the message was encrypted to (old and new
     * during a rotation). EnvelopedData with AES-GCM is accepted too, as some implementations
     * send it that way.
     */
    static MimeEntity decrypt(MimeEntity encrypted, List<SigningKey> keys, long limit) throws As2Refusal {
        try {
            byte[] der = encrypted.decodedBody();
            RecipientInformationStore recipients;
            ASN1ObjectIdentifier cipher;
            if (CMSObjectIdentifiers.authEnvelopedData.equals(cmsType(encrypted))) {
                CMSAuthEnvelopedData data = new CMSAuthEnvelopedData(der);
                recipients = data.getRecipientInfos();
                cipher = data.getEncryptionAlgOID() == null ? null : new ASN1ObjectIdentifier(data.getEncryptionAlgOID());
            } else {
                CMSEnvelopedData data = new CMSEnvelopedData(der);
                recipients = data.getRecipientInfos();
                cipher = new ASN1ObjectIdentifier(data.getEncryptionAlgOID());
            }
            if (cipher == null || !ACCEPTED_CIPHERS.contains(cipher)) {
                throw new As2Refusal(Reason.INTERNAL_ERROR, As2Refusal.INSUFFICIENT_SECURITY,
                        "the message is encrypted with " + cipher + "; only AES (CBC or GCM) is accepted");
            }
            for (SigningKey key : keys) {
                RecipientInformation recipient = recipients.get(new JceKeyTransRecipientId(key.certificate()));
                if (recipient != null) {
                    byte[] clear = readBounded(recipient.getContentStream(
                            new JceKeyTransEnvelopedRecipient(key.privateKey()).setProvider(BC)).getContentStream(), limit);
                    return MimeEntity.parse(clear);
                }
            }
            throw new As2Refusal(Reason.INTERNAL_ERROR, As2Refusal.DECRYPTION_FAILED,
                    "the message is not encrypted to a certificate of this gateway");
        } catch (As2Refusal refusal) {
            throw refusal;
        } catch (CMSException | IOException | RuntimeException e) {
            throw new As2Refusal(Reason.INTERNAL_ERROR, As2Refusal.DECRYPTION_FAILED,
                    "the message cannot be decrypted: " + e.getMessage(), e);
        }
    }

    /** Compresses an entity (RFC 5402, zlib). */
    static MimeEntity compress(MimeEntity content) {
        try {
            byte[] der = new CMSCompressedDataGenerator()
                    .generate(new CMSProcessableByteArray(content.bytes()), new ZlibCompressor()).getEncoded();
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "application/pkcs7-mime; smime-type=compressed-data; name=smime.p7z");
            headers.put("Content-Transfer-Encoding", "binary");
            headers.put("Content-Disposition", "attachment; filename=\"smime.p7z\"");
            return MimeEntity.of(headers, der);
        } catch (CMSException | IOException e) {
            throw new IllegalStateException("cannot compress: " + e.getMessage(), e);
        }
    }

    /**
     * Expands a compressed entity, stopping at {@code limit} bytes: a few kilobytes of zlib can
     * expand to gigabytes, so the size is checked while expanding, never after.
     */
    static MimeEntity expand(MimeEntity compressed, long limit) throws As2Refusal {
        try {
            CMSCompressedData data = new CMSCompressedData(compressed.decodedBody());
            InputStream stream = data.getContentStream(new ZlibExpanderProvider(limit + 1)).getContentStream();
            return MimeEntity.parse(readBounded(stream, limit));
        } catch (As2Refusal refusal) {
            throw refusal;
        } catch (CMSException | IOException | RuntimeException e) {
            if (e.getClass().getSimpleName().contains("StreamOverflow")) {
                throw tooLarge(limit);
            }
            throw new As2Refusal(Reason.INTERNAL_ERROR, As2Refusal.DECOMPRESSION_FAILED,
                    "the compressed data cannot be expanded: " + e.getMessage(), e);
        }
    }

    private static byte[] readBounded(InputStream stream, long limit) throws IOException, As2Refusal {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        try (stream) {
            while ((read = stream.read(buffer)) > 0) {
                if (out.size() + (long) read > limit) {
                    throw tooLarge(limit);
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            if (e.getClass().getSimpleName().contains("StreamOverflow")) {
                throw tooLarge(limit);
            }
            throw e;
        }
        return out.toByteArray();
    }

    static As2Refusal tooLarge(long limit) {
        return new As2Refusal(Reason.DOCUMENT_TOO_LARGE, As2Refusal.UNEXPECTED,
                "the message expands to more than the limit of " + limit + " bytes");
    }

    /** The MIC as the Received-Content-MIC field writes it: {@code base64, algorithm}. */
    static String mic(byte[] data, String algorithm) {
        try {
            byte[] digest = MessageDigest.getInstance(javaDigest(algorithm)).digest(data);
            return Base64.getEncoder().encodeToString(digest) + ", " + algorithm;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalArgumentException("unknown MIC algorithm " + algorithm, e);
        }
    }

    /** Whether a MIC algorithm name (as in signed-receipt-micalg) is one this gateway computes. */
    static boolean knownMicAlgorithm(String name) {
        try {
            javaDigest(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String javaDigest(String algorithm) {
        return switch (algorithm.strip().toLowerCase(Locale.ROOT)) {
            case "sha-256", "sha256" -> "SHA-256";
            case "sha-384", "sha384" -> "SHA-384";
            case "sha-512", "sha512" -> "SHA-512";
            case "sha1", "sha-1" -> "SHA-1";
            default -> throw new IllegalArgumentException("unknown MIC algorithm " + algorithm);
        };
    }

    // the micalg parameter names the digest the signature actually used (RFC 5751 3.4.3.2)
    private static String micalgOf(byte[] signature) {
        try {
            SignerInformation signer = new CMSSignedData(signature).getSignerInfos().getSigners().iterator().next();
            ASN1ObjectIdentifier digest = signer.getDigestAlgorithmID().getAlgorithm();
            if (NISTObjectIdentifiers.id_sha512.equals(digest)) {
                return "sha-512";
            }
            if (NISTObjectIdentifiers.id_sha384.equals(digest)) {
                return "sha-384";
            }
            if (OIWObjectIdentifiers.idSHA1.equals(digest)) {
                return "sha1";
            }
            return "sha-256";
        } catch (CMSException e) {
            throw new IllegalStateException("our own signature cannot be read: " + e.getMessage(), e);
        }
    }

    static String ascii(byte[] bytes) {
        return new String(bytes, StandardCharsets.US_ASCII);
    }
}
