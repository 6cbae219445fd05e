package org.entrepot.sign;

/**
 * Signing failed although the document was fine: a gateway fault (unusable key, provider error).
 * The sign stage reports it as {@code Reason.SIGNING_FAILED}.
 */
public class SigningException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SigningException(String message, Throwable cause) {
        super(message, cause);
    }
}
