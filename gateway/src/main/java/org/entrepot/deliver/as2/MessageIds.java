package org.entrepot.deliver.as2;

import java.util.Optional;
import java.util.regex.Pattern;

/** AS2 Message-IDs (RFC 2822 msg-id): what we write, and what we accept from a peer. */
final class MessageIds {

    // printable ASCII without spaces, angle brackets or quotes; long enough for any sane implementation
    private static final Pattern BARE = Pattern.compile("[\\x21\\x23-\\x3b\\x3d\\x3f-\\x7e]{1,250}");

    private MessageIds() {
    }

    /** The Message-ID of a transmission: the same on every retry and resend. */
    static String of(String transmissionId, String ourAs2Id) {
        return transmissionId + "@" + ourAs2Id.replaceAll("[^A-Za-z0-9.-]", "_");
    }

    /** A Message-ID without its angle brackets and surrounding space. */
    static String bare(String written) {
        String text = written.strip();
        if (text.startsWith("<") && text.endsWith(">")) {
            text = text.substring(1, text.length() - 1).strip();
        }
        return text;
    }

    /** A peer's Message-ID if it is one we accept as data (no spaces, controls or brackets). */
    static Optional<String> accepted(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String bare = bare(written);
        return BARE.matcher(bare).matches() ? Optional.of(bare) : Optional.empty();
    }
}
