package org.entrepot.identify;

import java.util.Objects;
import org.entrepot.document.Position;

/**
 * Where the envelope's facts were read, so that a rejection found later (an unknown partner,
 * an unsupported message type) can still point at the segment and element that caused it.
 *
 * @param interchange the interchange header (UNB, ISA, or the XML root element)
 * @param sender      the sender's identifier
 * @param receiver    the receiver's identifier
 * @param message     the first message's type (UNH S009, ST01, or the XML root element)
 */
public record EnvelopePositions(Position interchange, Position sender, Position receiver, Position message) {

    public EnvelopePositions {
        Objects.requireNonNull(interchange, "interchange");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(message, "message");
    }
}
