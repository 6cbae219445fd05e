package org.entrepot.deliver.as2;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entrepot.sign.CmsSigner;
import org.entrepot.sign.SigningKey;

/**
 * Wraps a document for sending the way the partner's settings ask: compressed (RFC 5402,
 * before signing, so the signature covers what travels), signed, encrypted; and computes the MIC
 * the partner's MDN must return, over the same bytes the partner will hash (see {@link Unpacking}).
 */
final class Packing {

    /** The entity to send and the MIC its MDN must carry. */
    record Packed(MimeEntity wire, String mic) {
    }

    private Packing() {
    }

    static Packed pack(byte[] content, String contentType, String fileName, As2Settings settings, SigningKey key,
                       CmsSigner signer, X509Certificate partnerCertificate, String micAlgorithm) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType);
        headers.put("Content-Transfer-Encoding", "binary");
        headers.put("Content-Disposition", "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
        MimeEntity entity = MimeEntity.of(headers, content);
        if (settings.compress()) {
            entity = Smime.compress(entity);
        }
        byte[] micOver = content;
        if (settings.sign()) {
            micOver = entity.bytes();
            entity = Smime.sign(entity, key, signer);
        } else if (settings.encrypt() != Encryption.NONE) {
            micOver = entity.bytes();
        }
        if (settings.encrypt() != Encryption.NONE) {
            entity = Smime.encrypt(entity, partnerCertificate, settings.encrypt());
        }
        return new Packed(entity, Smime.mic(micOver, micAlgorithm));
    }

    /** The certificate to encrypt to: of those valid now the newest (a rotated one once it is valid), else the last listed. */
    static X509Certificate encryptionCertificate(List<X509Certificate> certificates, Instant now) {
        X509Certificate chosen = null;
        for (X509Certificate certificate : certificates) {
            boolean valid = !now.isBefore(certificate.getNotBefore().toInstant())
                    && !now.isAfter(certificate.getNotAfter().toInstant());
            if (valid && (chosen == null || certificate.getNotBefore().after(chosen.getNotBefore()))) {
                chosen = certificate;
            }
        }
        return chosen != null ? chosen : certificates.get(certificates.size() - 1);
    }
}
