package org.entrepot.partner;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * What an agreement says about acknowledgements, both ways: what the gateway answers the sender
 * for each interchange it receives, and how soon the receiver must acknowledge what the gateway
 * sends on.
 *
 * @param send       the functional acknowledgement returned to the sender
 * @param aperak     whether a business-level refusal (an interchange that is syntactically sound
 *                   but cannot be processed: no mapping, a mapping failure) is answered with an
 *                   EDIFACT APERAK as well
 * @param expectWithin how long the receiver has to acknowledge an interchange the gateway sent;
 *                   empty when the receiver does not acknowledge
 * @param duplicates what a resent interchange the gateway already accepted gets
 */
public record Acknowledgement(Send send, boolean aperak, Optional<Duration> expectWithin, DuplicateAnswer duplicates) {

    /** An agreement that says nothing: no acknowledgement either way, duplicates refused. */
    public static final Acknowledgement DEFAULT = new Acknowledgement(Send.NONE, false, Optional.empty(), DuplicateAnswer.REJECT);

    /** The functional acknowledgement the sender gets. */
    public enum Send {
        /** CONTRL for EDIFACT, 997 for X12 up to 004010, 999 from 005010; nothing for XML. */
        AUTO,
        CONTRL,
        /** X12 997 functional acknowledgement. */
        X997,
        /** X12 999 implementation acknowledgement. */
        X999,
        /** X12 TA1 interchange acknowledgement only. */
        TA1,
        NONE;

        /** The name used in the partner file: auto, contrl, 997, 999, ta1, none. */
        public String id() {
            return name().startsWith("X") ? name().substring(1) : name().toLowerCase(Locale.ROOT);
        }
    }

    /** The answer to a resent interchange. */
    public enum DuplicateAnswer {
        /** Quarantined as a duplicate; the sender gets a rejecting acknowledgement. */
        REJECT,
        /** The earlier acknowledgement is sent again; the resend is recorded, not processed. */
        REPEAT_ACK;

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
