package org.entrepot.deliver.as2;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.entrepot.document.Reason;
import org.entrepot.sign.SigningKey;

/**
 * Opens a received AS2 message layer by layer (decrypt, expand, verify, expand) down to the
 * document, and computes the MIC the MDN must return (RFC 4130 7.3.1, RFC 5402 4: over the
 * signed entity when signed, the decrypted entity when only encrypted, the content otherwise).
 */
final class Unpacking {

    /**
     * The document inside a message.
     *
     * @param content     the document's bytes
     * @param contentType its declared media type
     * @param fileName    the file name the sender gave in Content-Disposition, if any (unsafe data)
     * @param signer      the certificate that signed it, or null
     * @param mic         the MIC the MDN returns
     */
    record Unpacked(byte[] content, String contentType, Optional<String> fileName, X509Certificate signer, String mic) {
    }

    private Unpacking() {
    }

    /**
     * @param outer          the HTTP body with the request's Content-Type
     * @param partnerCerts   the certificates the sending partner signs with
     * @param keys           the gateway's keys, for decryption
     * @param signatureRequired whether an unsigned message is refused
     * @param micAlgorithm   the MIC algorithm the sender asked for
     * @param limit          the largest document (and intermediate entity) accepted
     */
    static Unpacked open(MimeEntity outer, List<X509Certificate> partnerCerts, List<SigningKey> keys,
                         boolean signatureRequired, String micAlgorithm, long limit) throws As2Refusal {
        MimeEntity entity = outer;
        byte[] micOver = null;
        X509Certificate signer = null;
        boolean decrypted = false;
        boolean expanded = false;
        for (int layer = 0; layer < 4; layer++) {
            if (Smime.isPkcs7Mime(entity)) {
                ASN1ObjectIdentifier type = Smime.cmsType(entity);
                if (Smime.isEncrypted(type) && !decrypted && signer == null) {
                    entity = Smime.decrypt(entity, keys, limit);
                    decrypted = true;
                    micOver = entity.bytes();
                    continue;
                }
                if (Smime.isCompressed(type) && !expanded) {
                    entity = Smime.expand(entity, limit);
                    expanded = true;
                    continue;
                }
                throw new As2Refusal(Reason.INTERNAL_ERROR, As2Refusal.UNEXPECTED,
                        "unexpected application/pkcs7-mime layer " + type);
            }
            if (entity.mediaType().equals("multipart/signed") && signer == null) {
                Smime.Verified verified = Smime.verify(entity, partnerCerts);
                signer = verified.signer();
                micOver = verified.content().bytes();
                entity = verified.content();
                continue;
            }
            break;
        }
        if (signer == null && signatureRequired) {
            throw new As2Refusal(Reason.SIGNATURE_MISSING, As2Refusal.INSUFFICIENT_SECURITY,
                    "the partner's messages must be signed, and this one is not");
        }
        if (entity.isMultipart() || Smime.isPkcs7Mime(entity)) {
            throw new As2Refusal(Reason.INTERNAL_ERROR, As2Refusal.UNEXPECTED,
                    "the message holds " + entity.mediaType() + " where a document was expected");
        }
        byte[] content;
        try {
            content = entity.decodedBody();
        } catch (IllegalArgumentException e) {
            throw new As2Refusal(Reason.INTERNAL_ERROR, As2Refusal.UNEXPECTED, e.getMessage());
        }
        if (content.length > limit) {
            throw Smime.tooLarge(limit);
        }
        if (content.length == 0) {
            throw new As2Refusal(Reason.EMPTY_DOCUMENT, As2Refusal.UNEXPECTED, "the message carries an empty document");
        }
        if (micOver == null) {
            micOver = content;
        }
        Optional<String> fileName = entity.header("Content-Disposition")
                .flatMap(disposition -> MimeEntity.parameter(disposition, "filename"));
        return new Unpacked(content, entity.mediaType(), fileName, signer, Smime.mic(micOver, micAlgorithm));
    }
}
