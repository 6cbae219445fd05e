package org.entrepot.deliver.as2;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.entrepot.document.Reason;
import org.entrepot.sign.CmsSigner;
import org.entrepot.sign.SigningKey;

/**
 * A message disposition notification (RFC 3798 as RFC 4130 uses it): the receiver's receipt
 * for one AS2 message, with the MIC of what it received.
 *
 * @param originalMessageId the Message-ID of the message it answers, without angle brackets
 * @param disposition       the Disposition field, e.g. {@code automatic-action/MDN-sent-automatically; processed}
 * @param receivedMic       the Received-Content-MIC field ({@code base64, algorithm}), if any
 * @param signed            whether the MDN came signed (and its signature verified)
 */
record Mdn(String originalMessageId, String disposition, Optional<String> receivedMic, boolean signed) {

    private static final String PREFIX = "automatic-action/MDN-sent-automatically; ";

    /** Whether the receiver processed the message (a warning still counts; an error or failure does not). */
    boolean processed() {
        String outcome = outcome();
        return outcome.startsWith("processed") && !outcome.contains("/error") && !outcome.contains("/failure");
    }

    /** The part after the semicolon: {@code processed}, {@code processed/error: decryption-failed}… */
    String outcome() {
        int semicolon = disposition.indexOf(';');
        return (semicolon < 0 ? disposition : disposition.substring(semicolon + 1)).strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the received MIC is {@code expected} (same digest, same algorithm name up to case and dashes). */
    boolean micMatches(String expected) {
        return receivedMic.map(mic -> normalize(mic).equals(normalize(expected))).orElse(false);
    }

    private static String normalize(String mic) {
        int comma = mic.indexOf(',');
        if (comma < 0) {
            return mic.strip();
        }
        String algorithm = mic.substring(comma + 1).strip().toLowerCase(Locale.ROOT).replace("-", "");
        return mic.substring(0, comma).strip() + "," + algorithm;
    }

    /**
     * Writes an MDN as the multipart/report entity, signed when {@code key} is given.
     *
     * @param outcome {@code processed}, {@code processed/warning: duplicate-document} or
     *                {@code processed/error: <modifier>}
     */
    static MimeEntity write(String reportingUa, String recipient, String originalMessageId, String outcome,
                            String mic, String humanText, SigningKey key, CmsSigner signer) {
        Map<String, String> textHeaders = new LinkedHashMap<>();
        textHeaders.put("Content-Type", "text/plain; charset=us-ascii");
        textHeaders.put("Content-Transfer-Encoding", "7bit");
        MimeEntity text = MimeEntity.of(textHeaders, (humanText.replaceAll("[^\\x20-\\x7e]", "?") + "\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        StringBuilder fields = new StringBuilder()
                .append("Reporting-UA: ").append(reportingUa).append("\r\n")
                .append("Original-Recipient: rfc822; ").append(recipient).append("\r\n")
                .append("Final-Recipient: rfc822; ").append(recipient).append("\r\n")
                .append("Original-Message-ID: <").append(originalMessageId).append(">\r\n")
                .append("Disposition: ").append(PREFIX).append(outcome).append("\r\n");
        if (mic != null) {
            fields.append("Received-Content-MIC: ").append(mic).append("\r\n");
        }
        Map<String, String> notificationHeaders = new LinkedHashMap<>();
        notificationHeaders.put("Content-Type", "message/disposition-notification");
        notificationHeaders.put("Content-Transfer-Encoding", "7bit");
        MimeEntity notification = MimeEntity.of(notificationHeaders, fields.toString().getBytes(StandardCharsets.US_ASCII));
        MimeEntity report = MimeEntity.multipart("multipart/report; report-type=disposition-notification",
                List.of(text.bytes(), notification.bytes()), Map.of());
        return key == null ? report : Smime.sign(report, key, signer);
    }

    /**
     * Reads an MDN, verifying its signature against the partner's certificates.
     *
     * @param signatureRequired whether an unsigned MDN is refused
     */
    static Mdn read(MimeEntity entity, List<X509Certificate> partnerCertificates, boolean signatureRequired)
            throws As2Refusal {
        boolean signed = false;
        MimeEntity report = entity;
        if (entity.mediaType().equals("multipart/signed")) {
            report = Smime.verify(entity, partnerCertificates).content();
            signed = true;
        } else if (signatureRequired) {
            throw new As2Refusal(Reason.SIGNATURE_MISSING, As2Refusal.INSUFFICIENT_SECURITY,
                    "the MDN is not signed, but a signed MDN was asked for");
        }
        if (!report.mediaType().equals("multipart/report")) {
            throw new As2Refusal(Reason.INTERNAL_ERROR, As2Refusal.UNEXPECTED,
                    "the MDN is " + report.mediaType() + ", not multipart/report");
        }
        try {
            for (MimeEntity part : report.parts()) {
                if (part.mediaType().equals("message/disposition-notification")) {
                    return fields(Smime.ascii(part.decodedBody()), signed);
                }
            }
        } catch (IllegalArgumentException e) {
            throw new As2Refusal(Reason.INTERNAL_ERROR, As2Refusal.UNEXPECTED, "the MDN cannot be read: " + e.getMessage());
        }
        throw new As2Refusal(Reason.INTERNAL_ERROR, As2Refusal.UNEXPECTED, "the MDN has no disposition-notification part");
    }

    private static Mdn fields(String text, boolean signed) throws As2Refusal {
        Map<String, String> fields = new LinkedHashMap<>();
        String last = null;
        for (String line : text.split("\r?\n")) {
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && last != null) {
                fields.put(last, fields.get(last) + " " + line.strip());
                continue;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                last = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                fields.putIfAbsent(last, line.substring(colon + 1).strip());
            }
        }
        String original = fields.get("original-message-id");
        String disposition = fields.get("disposition");
        if (original == null || disposition == null) {
            throw new As2Refusal(Reason.INTERNAL_ERROR, As2Refusal.UNEXPECTED,
                    "the MDN lacks Original-Message-ID or Disposition");
        }
        return new Mdn(MessageIds.bare(original), disposition, Optional.ofNullable(fields.get("received-content-mic")), signed);
    }
}
