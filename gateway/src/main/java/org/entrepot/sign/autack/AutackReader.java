package org.entrepot.sign.autack;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.entrepot.document.Outcome;
import org.entrepot.document.Position;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.entrepot.sign.autack.EdifactSegments.Segment;
import org.entrepot.sign.autack.Messages.Message;

/**
 * Reads the structure of one AUTACK message: UNH, USH, USA (hash and signature algorithms),
 * USC, USB, one or more USX/USY pairs, UST, USR, UNT. Anything else there is refused as
 * {@code AUTACK_INVALID}, with the segment that broke the layout.
 */
final class AutackReader {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    /** A secured message as the AUTACK names it. */
    record Secured(Segment usx, Segment usy, String interchangeReference, String messageReference,
                   String messageType, String hash) {
    }

    /** The parts of an AUTACK the verifier checks. */
    record Autack(Message message, Segment ush, String hashAlgorithm, String signatureAlgorithm, String fingerprint,
                  Segment usb, List<Secured> secured, Segment lastUsy, Segment ust, Segment usr, Instant securityTime) {

        /** The signature value, reassembled from USR's validation results. */
        String signatureValue() {
            StringBuilder value = new StringBuilder();
            for (int element = 1; element <= usr.elements().size(); element++) {
                if (AutackCodes.VALUE.equals(usr.value(element, 1))) {
                    value.append(usr.value(element, 2));
                }
            }
            return value.toString();
        }
    }

    private AutackReader() {
    }

    static Outcome<Autack> read(Message message) {
        List<Segment> segments = message.segments();
        if (message.trailer() == null) {
            return invalid(message.header(), "the AUTACK has no UNT");
        }
        int at = 1;
        Segment ush = segments.get(at);
        if (segments.size() < 10 || !ush.is("USH")) {
            return invalid(ush, "an AUTACK starts with its security header USH");
        }
        String hash = null;
        String signature = null;
        for (at++; at < segments.size() && segments.get(at).is("USA"); at++) {
            Segment usa = segments.get(at);
            if (AutackCodes.OWNER_HASHING.equals(usa.value(1, 1))) {
                hash = usa.value(1, 4);
            } else if (AutackCodes.OWNER_SIGNING.equals(usa.value(1, 1))) {
                signature = usa.value(1, 4);
            }
        }
        if (!AutackCodes.HASHES.containsKey(hash) || !AutackCodes.SIGNATURES.containsKey(signature)) {
            return invalid(ush, "the AUTACK names no accepted hash and signature algorithm (USA 0527: "
                    + AutackCodes.HASHES.keySet() + ", " + AutackCodes.SIGNATURES.keySet() + ")");
        }
        if (at + 2 >= segments.size()) {
            return invalid(ush, "the AUTACK ends before its USC and USB");
        }
        Segment usc = segments.get(at++);
        Segment usb = segments.get(at++);
        if (!usc.is("USC") || !usb.is("USB") || usc.value(2, 3).isEmpty()) {
            return invalid(usc, "USC naming the signer's certificate and USB binding the interchange follow USA");
        }
        List<Secured> secured = new ArrayList<>();
        while (at + 1 < segments.size() && segments.get(at).is("USX")) {
            Segment usx = segments.get(at++);
            Segment usy = segments.get(at++);
            if (!usy.is("USY") || !AutackCodes.VALUE.equals(usy.value(2, 1))) {
                return invalid(usy, "each USX is followed by the USY that states its hash");
            }
            secured.add(new Secured(usx, usy, usx.value(1, 1), usx.value(7, 1), usx.value(8, 1), usy.value(2, 2)));
        }
        if (secured.isEmpty() || at + 2 >= segments.size() || !segments.get(at).is("UST") || !segments.get(at + 1).is("USR")) {
            return invalid(segments.get(Math.min(at, segments.size() - 1)),
                    "USX/USY references are followed by the security trailer UST and result USR");
        }
        Segment ust = segments.get(at);
        Segment usr = segments.get(at + 1);
        if (at + 2 != segments.size() - 1) {
            return invalid(segments.get(at + 2), "nothing may follow USR but UNT");
        }
        Instant time;
        try {
            time = LocalDateTime.parse(ush.value(11, 2) + ush.value(11, 3), STAMP).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return invalid(ush, "USH states no security date and time (S501 CCYYMMDD:HHMMSS)");
        }
        return Outcome.accepted(new Autack(message, ush, hash, signature, usc.value(2, 3), usb, List.copyOf(secured),
                secured.get(secured.size() - 1).usy(), ust, usr, time));
    }

    private static <T> Outcome<T> invalid(Segment segment, String message) {
        return Outcome.rejected(Rejection.of(Reason.AUTACK_INVALID, Position.segment(segment.number(), segment.tag()), message));
    }
}
