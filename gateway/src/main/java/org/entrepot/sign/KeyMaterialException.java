package org.entrepot.sign;

/**
 * Keys, certificates or keystores could not be read, written or generated. The message always
 * names the file concerned, because this is a start-up failure an operator has to fix.
 */
public class KeyMaterialException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public KeyMaterialException(String message) {
        super(message);
    }

    public KeyMaterialException(String message, Throwable cause) {
        super(message, cause);
    }
}
