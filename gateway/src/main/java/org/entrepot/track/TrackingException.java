package org.entrepot.track;

/**
 * The tracking database could not be read or written. Unchecked because callers (stages, the
 * CLI) cannot repair a broken database and should let the failure travel to their error handler.
 */
public final class TrackingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what the store was doing
     * @param cause the database failure
     */
    public TrackingException(String message, Throwable cause) {
        super(message, cause);
    }
}
