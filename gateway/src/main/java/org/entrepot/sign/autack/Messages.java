package org.entrepot.sign.autack;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.entrepot.sign.autack.EdifactSegments.Interchange;
import org.entrepot.sign.autack.EdifactSegments.Segment;

/** The messages of an interchange as AUTACK sees them: UNH to UNT, by reference, as bytes. */
final class Messages {

    /**
     * One message.
     *
     * @param reference its UNH message reference number (0062)
     * @param type      its message type (UNH S009 first component)
     * @param header    the UNH segment
     * @param trailer   the UNT segment, or null when the message is not closed
     * @param segments  UNH to UNT inclusive
     */
    record Message(String reference, String type, Segment header, Segment trailer, List<Segment> segments) {

        /** The message's bytes as transmitted, from the U of UNH to UNT's terminator. */
        byte[] bytes(Interchange interchange) {
            return interchange.bytes(header.start(), trailer.end());
        }

        /** The hash AUTACK states for this message, in upper-case hexadecimal. */
        String hash(Interchange interchange, String algorithm) {
            try {
                return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance(algorithm).digest(bytes(interchange)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JDK has no " + algorithm, e);
            }
        }
    }

    private Messages() {
    }

    /** The messages in interchange order; a message without UNT runs to the end. */
    static List<Message> of(Interchange interchange) {
        List<Message> messages = new ArrayList<>();
        List<Segment> current = null;
        for (Segment segment : interchange.segments()) {
            if (segment.is("UNH")) {
                current = new ArrayList<>();
            }
            if (current == null) {
                continue;
            }
            current.add(segment);
            if (segment.is("UNT")) {
                messages.add(message(current, segment));
                current = null;
            }
        }
        if (current != null) {
            messages.add(message(current, null));
        }
        return messages;
    }

    private static Message message(List<Segment> segments, Segment trailer) {
        Segment header = segments.get(0);
        return new Message(header.value(1, 1), header.value(2, 1), header, trailer, List.copyOf(segments));
    }
}
