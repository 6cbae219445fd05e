package org.entrepot.sign.autack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entrepot.document.Outcome;
import org.entrepot.document.Position;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.entrepot.sign.CertificateTrust;
import org.entrepot.sign.TrustAnchors;
import org.entrepot.sign.autack.AutackReader.Autack;
import org.entrepot.sign.autack.AutackReader.Secured;
import org.entrepot.sign.autack.EdifactSegments.Interchange;
import org.entrepot.sign.autack.EdifactSegments.Segment;
import org.entrepot.sign.autack.Messages.Message;

/**
 * Verifies the AUTACK of an inbound EDIFACT interchange: it must be bound to this interchange
 * (USB and USX name its sender, recipient and reference), name every other message of the
 * interchange exactly once, state for each the hash of its bytes as received, and carry a USR
 * signature over all of that by the key of a partner certificate that chains to a trusted root.
 * Each failure is a coded rejection at the segment concerned. Safe for concurrent use.
 */
public final class AutackVerifier {

    private final Map<String, X509Certificate> partnerCertificates = new LinkedHashMap<>();
    private final TrustAnchors trust;

    /**
     * @param partnerCertificates the certificates partners exchanged with us; an AUTACK names its
     *                            signer's by SHA-256 fingerprint (USC)
     * @param trust               the roots a signer's certificate must chain to
     */
    public AutackVerifier(List<X509Certificate> partnerCertificates, TrustAnchors trust) {
        partnerCertificates.forEach(certificate -> this.partnerCertificates.put(AutackWriter.fingerprint(certificate), certificate));
        this.trust = trust;
    }

    public Outcome<VerifiedAutack> verify(byte[] interchange) {
        Interchange parsed = EdifactSegments.read(interchange);
        List<Segment> segments = parsed.segments();
        if (segments.size() < 2 || !segments.get(0).is("UNB") || !segments.get(segments.size() - 1).is("UNZ")
                || !segments.get(segments.size() - 1).value(2, 1).equals(segments.get(0).value(5, 1))) {
            return invalid(Position.NONE, "an AUTACK is verified within a whole interchange, UNB to the UNZ that closes it");
        }
        List<Message> messages = Messages.of(parsed);
        List<Message> autacks = messages.stream().filter(m -> AutackCodes.MESSAGE_TYPE.equals(m.type())).toList();
        if (autacks.size() != 1) {
            return invalid(Position.NONE, autacks.isEmpty() ? "no AUTACK secures this interchange"
                    : "the interchange holds " + autacks.size() + " AUTACK messages; one is expected");
        }
        List<Message> business = messages.stream().filter(m -> !AutackCodes.MESSAGE_TYPE.equals(m.type())).toList();
        return AutackReader.read(autacks.get(0)).then(autack -> verify(parsed, business, autack));
    }

    private Outcome<VerifiedAutack> verify(Interchange interchange, List<Message> business, Autack autack) {
        Segment unb = interchange.segments().get(0);
        List<Rejection> problems = new ArrayList<>();
        if (!autack.usb().value(3, 1).equals(unb.value(2, 1)) || !autack.usb().value(4, 1).equals(unb.value(3, 1))) {
            problems.add(at(Reason.AUTACK_INVALID, autack.usb(), "USB names another sender or recipient than UNB"));
        }
        problems.addAll(hashes(interchange, business, autack, unb.value(5, 1)));
        X509Certificate signer = partnerCertificates.get(autack.fingerprint());
        if (signer == null) {
            problems.add(Rejection.of(Reason.SIGNER_NOT_TRUSTED, Position.segment(autack.usb().number() - 1, "USC"),
                    "the AUTACK is signed with certificate " + autack.fingerprint() + ", which no partner gave us"));
            return Outcome.rejected(problems);
        }
        signature(interchange, autack, signer).ifPresent(problems::add);
        trusted(signer, autack).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            return Outcome.rejected(problems);
        }
        return Outcome.accepted(new VerifiedAutack(signer, autack.securityTime(),
                autack.secured().stream().map(Secured::messageReference).toList()));
    }

    /** Every message named once, in this interchange, with the hash of its bytes as received. */
    private static List<Rejection> hashes(Interchange interchange, List<Message> business, Autack autack, String interchangeReference) {
        List<Rejection> problems = new ArrayList<>();
        Map<String, Message> byReference = new LinkedHashMap<>();
        business.forEach(message -> byReference.merge(message.reference(), message, (a, b) -> null));
        Set<String> named = new HashSet<>();
        String algorithm = AutackCodes.HASHES.get(autack.hashAlgorithm());
        for (Secured secured : autack.secured()) {
            Message message = byReference.get(secured.messageReference());
            if (!secured.interchangeReference().equals(interchangeReference) || message == null
                    || message.trailer() == null || !named.add(secured.messageReference())
                    || !message.type().equals(secured.messageType())) {
                problems.add(at(Reason.AUTACK_INVALID, secured.usx(), "USX names message '" + secured.messageReference()
                        + "' of interchange '" + secured.interchangeReference() + "', which is not a single "
                        + secured.messageType() + " message of this interchange"));
            } else if (!MessageDigest.isEqual(message.hash(interchange, algorithm).getBytes(StandardCharsets.US_ASCII),
                    secured.hash().toUpperCase().getBytes(StandardCharsets.US_ASCII))) {
                problems.add(at(Reason.AUTACK_HASH_MISMATCH, secured.usy(), "message '" + secured.messageReference()
                        + "' (segment " + message.header().number() + ") does not have the hash the AUTACK states"));
            }
        }
        for (Message message : business) {
            if (!named.contains(message.reference())) {
                problems.add(at(Reason.AUTACK_INVALID, message.header(), "message '" + message.reference()
                        + "' is not secured by the AUTACK"));
            }
        }
        return problems;
    }

    private static Optional<Rejection> signature(Interchange interchange, Autack autack, X509Certificate signer) {
        String algorithm = AutackCodes.SIGNATURES.get(autack.signatureAlgorithm());
        if (!autack.signatureAlgorithm().equals(AutackWriter.signatureCode(signer))) {
            return Optional.of(at(Reason.AUTACK_SIGNATURE_INVALID, autack.usr(), "algorithm " + algorithm
                    + " does not fit the signer's " + signer.getPublicKey().getAlgorithm() + " key"));
        }
        try {
            Signature check = Signature.getInstance(algorithm);
            check.initVerify(signer.getPublicKey());
            check.update(interchange.bytes(autack.ush().start(), autack.lastUsy().end()));
            if (check.verify(HexFormat.of().parseHex(autack.signatureValue()))) {
                return Optional.empty();
            }
            return Optional.of(at(Reason.AUTACK_SIGNATURE_INVALID, autack.usr(),
                    "the signature does not match the security header, references and hashes"));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.of(at(Reason.AUTACK_SIGNATURE_INVALID, autack.usr(), "the signature cannot be checked: " + e.getMessage()));
        }
    }

    private Optional<Rejection> trusted(X509Certificate signer, Autack autack) {
        try {
            signer.checkValidity(Date.from(autack.securityTime()));
        } catch (CertificateExpiredException e) {
            return Optional.of(at(Reason.SIGNER_CERTIFICATE_EXPIRED, autack.ush(), "certificate "
                    + CertificateTrust.describe(signer) + " had expired at the security time " + autack.securityTime()));
        } catch (CertificateNotYetValidException e) {
            return Optional.of(at(Reason.SIGNER_CERTIFICATE_NOT_YET_VALID, autack.ush(), "certificate "
                    + CertificateTrust.describe(signer) + " was not yet valid at the security time " + autack.securityTime()));
        }
        return CertificateTrust.check(signer, partnerCertificates.values(), trust, autack.securityTime())
                .map(rejection -> at(rejection.reason(), autack.ush(), rejection.message()));
    }

    private static Rejection at(Reason reason, Segment segment, String message) {
        return Rejection.of(reason, Position.segment(segment.number(), segment.tag()), message);
    }

    private static <T> Outcome<T> invalid(Position where, String message) {
        return Outcome.rejected(Rejection.of(Reason.AUTACK_INVALID, where, message));
    }
}
