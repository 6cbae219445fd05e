package org.entrepot.deliver.as2;

import java.util.Objects;
import org.entrepot.document.Reason;

/**
 * Why an AS2 message or MDN was refused: the gateway's reason code, the AS2 disposition modifier
 * the MDN carries to the sender (RFC 4130 7.4.3), and a sentence.
 */
final class As2Refusal extends Exception {

    /** Disposition modifiers of RFC 4130 7.4.3 (and 7.5.3 for unexpected errors). */
    static final String AUTHENTICATION_FAILED = "authentication-failed";
    static final String DECRYPTION_FAILED = "decryption-failed";
    static final String INTEGRITY_CHECK_FAILED = "integrity-check-failed";
    static final String INSUFFICIENT_SECURITY = "insufficient-message-security";
    static final String DECOMPRESSION_FAILED = "decompression-failed";
    static final String UNEXPECTED = "unexpected-processing-error";

    private final Reason reason;
    private final String modifier;

    As2Refusal(Reason reason, String modifier, String message) {
        this(reason, modifier, message, null);
    }

    As2Refusal(Reason reason, String modifier, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.modifier = Objects.requireNonNull(modifier, "modifier");
    }

    Reason reason() {
        return reason;
    }

    String modifier() {
        return modifier;
    }

    /** {@code CODE: sentence}, as logs and MDN texts show it. */
    String describe() {
        return reason.name() + ": " + getMessage();
    }
}
