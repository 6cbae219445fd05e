package org.entrepot.identify;

/**
 * Makes sender-controlled text safe to put in a rejection message: rejections end up in logs,
 * tracking and acknowledgements, so control characters are escaped and length is capped.
 */
final class Excerpt {

    private static final int MAX_LENGTH = 40;

    private Excerpt() {
    }

    static String of(String text) {
        return of(text, MAX_LENGTH);
    }

    static String of(String text, int maxLength) {
        StringBuilder safe = new StringBuilder();
        text.codePoints().limit(maxLength).forEach(c -> {
            if (Character.isISOControl(c) || c == 0xFFFD) {
                safe.append(String.format("\\u%04X", c));
            } else {
                safe.appendCodePoint(c);
            }
        });
        return text.codePointCount(0, text.length()) > maxLength ? safe + "…" : safe.toString();
    }

    /** Quoted excerpt, so that an empty or space-padded value is visible: {@code 'UNX'}. */
    static String quoted(String text) {
        return quoted(text, MAX_LENGTH);
    }

    static String quoted(String text, int maxLength) {
        return "'" + of(text, maxLength) + "'";
    }
}
