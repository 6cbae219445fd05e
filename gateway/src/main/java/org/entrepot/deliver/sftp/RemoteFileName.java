package org.entrepot.deliver.sftp;

import java.util.Optional;

/**
 * Decides whether a name in a bank's folder listing is a plain file name the gateway may fetch.
 * The name comes from the bank's server, so it is never trusted to be one: a separator, a
 * {@code ..}, a control character or NUL would make it a path (on the server or, if it were
 * ever used so, here). The gateway only uses such a name inside the remote folder it listed
 * and as display text; it never becomes a local path.
 */
final class RemoteFileName {

    /** Longer than any file system's name, or an attempt to flood the metadata. */
    static final int LONGEST = 255;

    private RemoteFileName() {
    }

    /** Whether the name is one a writer is still busy with, by the usual conventions: skipped silently. */
    static boolean inProgress(String name) {
        return name.startsWith(".") || name.endsWith(".part") || name.endsWith(".tmp") || name.endsWith(".filepart");
    }

    /**
     * @return why the name is refused, or empty when it is a plain file name
     */
    static Optional<String> problem(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.of("the name is empty");
        }
        if (name.length() > LONGEST) {
            return Optional.of("the name has " + name.length() + " characters, more than " + LONGEST);
        }
        if (name.equals(".") || name.equals("..")) {
            return Optional.of("the name is a folder reference");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == '\\') {
                return Optional.of("the name contains a path separator at character " + (i + 1));
            }
            if (c < 0x20 || c == 0x7f) {
                return Optional.of("the name contains control character U+" + String.format("%04X", (int) c)
                        + " at character " + (i + 1));
            }
        }
        if (name.contains("..")) {
            return Optional.of("the name contains '..'");
        }
        if (name.length() >= 2 && name.charAt(1) == ':') {
            return Optional.of("the name starts like a drive letter");
        }
        return Optional.empty();
    }

    /** The name as it may appear in logs and tracking: control characters shown as '?'. */
    static String printable(String name) {
        StringBuilder shown = new StringBuilder();
        String cut = name.length() > 80 ? name.substring(0, 80) + "…" : name;
        for (char c : cut.toCharArray()) {
            shown.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        return shown.toString();
    }
}
