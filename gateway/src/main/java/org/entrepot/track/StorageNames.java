package org.entrepot.track;

import java.util.regex.Pattern;

/**
 * The only shapes of string this package lets into a file name. Message ids and step names are
 * the gateway's own, never a partner's, but a path is built from them, so they are checked at
 * the point where that happens rather than trusted from afar.
 */
final class StorageNames {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,10}");

    private StorageNames() {
    }

    /**
     * @param what what the name is, for the error message
     * @param name the candidate
     * @return the name, if it is 1 to 100 letters, digits, {@code .}, {@code _} or {@code -} and
     *     not {@code .} or {@code ..}
     * @throws IllegalArgumentException otherwise
     */
    static String requireName(String what, String name) {
        if (!isName(name)) {
            throw new IllegalArgumentException(what + " must match " + NAME + " and not be . or ..: " + quoted(name));
        }
        return name;
    }

    static boolean isName(String name) {
        return name != null && NAME.matcher(name).matches() && !name.equals(".") && !name.equals("..");
    }

    /** @throws IllegalArgumentException unless the extension is 1 to 10 lower-case letters or digits */
    static String requireExtension(String extension) {
        if (!isExtension(extension)) {
            throw new IllegalArgumentException("extension must match " + EXTENSION + ": " + quoted(extension));
        }
        return extension;
    }

    static boolean isExtension(String extension) {
        return extension != null && EXTENSION.matcher(extension).matches();
    }

    // the refused value may itself be hostile; keep the message on one line and short
    private static String quoted(String value) {
        if (value == null) {
            return "null";
        }
        String shown = value.length() > 120 ? value.substring(0, 120) + "…" : value;
        return '"' + shown.replaceAll("\\p{Cntrl}", "?") + '"';
    }
}
