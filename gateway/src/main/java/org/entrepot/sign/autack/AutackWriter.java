package org.entrepot.sign.autack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.entrepot.document.Outcome;
import org.entrepot.document.Position;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.entrepot.sign.SigningKey;
import org.entrepot.sign.autack.EdifactSegments.Delimiters;
import org.entrepot.sign.autack.EdifactSegments.Interchange;
import org.entrepot.sign.autack.EdifactSegments.Segment;
import org.entrepot.sign.autack.Messages.Message;

/**
 * Secures the messages of an outbound EDIFACT interchange with an AUTACK (ISO 9735-6) appended
 * to the same interchange: one USX/USY pair per message, naming it by its UNH reference and
 * stating the SHA-256 hash of its bytes, and a USR signature over the security header, the
 * binding to the interchange and every reference and hash. UNZ's message count is raised by one.
 * Safe for concurrent use.
 */
public final class AutackWriter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss");

    private final Clock clock;

    public AutackWriter() {
        this(Clock.systemUTC());
    }

    public AutackWriter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The interchange with an AUTACK that secures each of its messages, signed with {@code key}. */
    public Outcome<byte[]> secure(byte[] interchange, SigningKey key) {
        Interchange parsed = EdifactSegments.read(interchange);
        List<Segment> segments = parsed.segments();
        if (segments.size() < 2 || !segments.get(0).is("UNB") || !segments.get(segments.size() - 1).is("UNZ")
                || segments.get(0).elements().size() < 5 || segments.get(segments.size() - 1).elements().size() < 2) {
            return failed(Position.NONE, "an AUTACK is appended to a whole interchange, UNB to UNZ");
        }
        if (segments.stream().anyMatch(segment -> segment.is("UNG"))) {
            return failed(Position.NONE, "interchanges with functional groups (UNG) are not secured with AUTACK yet");
        }
        List<Message> messages = Messages.of(parsed);
        if (messages.isEmpty() || messages.stream().anyMatch(message -> message.trailer() == null)) {
            return failed(Position.NONE, "the interchange has no complete message to secure");
        }
        String signatureAlgorithm = signatureCode(key.certificate());
        if (signatureAlgorithm == null) {
            return failed(Position.NONE, "AUTACK signs with RSA or EC keys; " + key + " is neither");
        }
        try {
            return Outcome.accepted(append(parsed, messages, key, signatureAlgorithm));
        } catch (GeneralSecurityException e) {
            return failed(Position.NONE, "cannot sign the AUTACK with " + key + ": " + e.getMessage());
        }
    }

    private byte[] append(Interchange interchange, List<Message> messages, SigningKey key, String signatureCode)
            throws GeneralSecurityException {
        Delimiters delimiters = interchange.delimiters();
        Segment unb = interchange.segments().get(0);
        Segment unz = interchange.segments().get(interchange.segments().size() - 1);
        String reference = freeReference(messages);
        ZonedDateTime now = clock.instant().atZone(ZoneOffset.UTC);
        String[] securityTime = {AutackCodes.SECURITY_TIMESTAMP, DATE.format(now), TIME.format(now)};
        String lineBreak = lineBreak(interchange);
        SegmentText text = new SegmentText(delimiters, lineBreak);
        List<String> secured = new ArrayList<>();
        secured.add(text.segment("USH", List.of(AutackCodes.NON_REPUDIATION_OF_ORIGIN), List.of(reference),
                List.of(AutackCodes.SCOPE_REFERENCED_MESSAGES), List.of(AutackCodes.NO_ACKNOWLEDGEMENT),
                List.of(AutackCodes.HEXADECIMAL_FILTER), List.of(), List.of(AutackCodes.ISSUER), List.of(), List.of(),
                List.of(), List.of(securityTime)));
        secured.add(text.segment("USA", List.of(AutackCodes.OWNER_HASHING, "", "", AutackCodes.SHA_256)));
        secured.add(text.segment("USA", List.of(AutackCodes.OWNER_SIGNING, "", "", signatureCode)));
        secured.add(text.segment("USC", List.of(reference), List.of(AutackCodes.CERTIFICATE_OWNER, "", fingerprint(key.certificate()))));
        secured.add(text.segment("USB", List.of(AutackCodes.NO_ACKNOWLEDGEMENT), List.of(securityTime),
                unb.elements().get(1), unb.elements().get(2)));
        for (Message message : messages) {
            secured.add(text.segment("USX", List.of(unb.value(5, 1)), List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(message.reference()), message.header().elements().get(1)));
            secured.add(text.segment("USY", List.of(reference),
                    List.of(AutackCodes.VALUE, message.hash(interchange, AutackCodes.HASHES.get(AutackCodes.SHA_256)))));
        }
        String signedPart = String.join("", secured);
        // the signature covers USH up to the last USY's terminator, not the line break after it
        String signedBytes = signedPart.substring(0, signedPart.length() - lineBreak.length());
        List<List<String>> result = new ArrayList<>();
        for (String part : chunks(sign(signedBytes, key, signatureCode))) {
            result.add(List.of(AutackCodes.VALUE, part));
        }
        List<String> trailer = new ArrayList<>();
        trailer.add(text.segment("UST", List.of(reference), List.of(Integer.toString(secured.size() + 2))));
        trailer.add(text.segment("USR", result.toArray(List[]::new)));
        String unh = text.segment("UNH", List.of(reference), List.of(AutackCodes.MESSAGE_TYPE, AutackCodes.MESSAGE_VERSION,
                AutackCodes.MESSAGE_RELEASE, AutackCodes.AGENCY));
        int count = 1 + secured.size() + trailer.size() + 1;
        String unt = text.segment("UNT", List.of(Integer.toString(count)), List.of(reference));
        String newUnz = text.segment("UNZ", List.of(Integer.toString(messages.size() + 1)), unz.elements().get(1));
        String autack = unh + signedPart + String.join("", trailer) + unt;
        // UNZ keeps whatever followed it (usually a final line break or nothing)
        return (interchange.text().substring(0, unz.start()) + autack
                + newUnz.substring(0, newUnz.length() - lineBreak.length()) + interchange.text().substring(unz.end()))
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    static String sign(String signedPart, SigningKey key, String signatureCode) throws GeneralSecurityException {
        Signature signature = Signature.getInstance(AutackCodes.SIGNATURES.get(signatureCode));
        signature.initSign(key.privateKey());
        signature.update(signedPart.getBytes(StandardCharsets.ISO_8859_1));
        return HexFormat.of().withUpperCase().formatHex(signature.sign());
    }

    static String signatureCode(X509Certificate certificate) {
        return switch (certificate.getPublicKey().getAlgorithm()) {
            case "RSA" -> AutackCodes.RSA_SHA_256;
            case "EC" -> AutackCodes.ECDSA_SHA_256;
            default -> null;
        };
    }

    static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot fingerprint " + certificate.getSubjectX500Principal(), e);
        }
    }

    private static List<String> chunks(String hex) {
        List<String> parts = new ArrayList<>();
        for (int start = 0; start < hex.length(); start += AutackCodes.VALUE_CHARACTERS) {
            parts.add(hex.substring(start, Math.min(hex.length(), start + AutackCodes.VALUE_CHARACTERS)));
        }
        return parts;
    }

    /** A message reference no message of the interchange uses. */
    private static String freeReference(List<Message> messages) {
        Set<String> taken = new HashSet<>();
        messages.forEach(message -> taken.add(message.reference()));
        int n = messages.size() + 1;
        while (taken.contains("AUT" + n)) {
            n++;
        }
        return "AUT" + n;
    }

    /** Whatever the sender put between segments (often CR LF or nothing), so the AUTACK looks like the rest. */
    private static String lineBreak(Interchange interchange) {
        List<Segment> segments = interchange.segments();
        return interchange.text().substring(segments.get(0).end(), segments.get(1).start());
    }

    private static <T> Outcome<T> failed(Position where, String message) {
        return Outcome.rejected(Rejection.of(Reason.SIGNING_FAILED, where, message));
    }
}
