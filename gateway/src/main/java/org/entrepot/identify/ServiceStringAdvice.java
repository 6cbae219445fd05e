package org.entrepot.identify;

import java.util.ArrayList;
import java.util.List;
import org.entrepot.document.Outcome;
import org.entrepot.document.Position;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;

/**
 * Reads EDIFACT's UNA service string advice: exactly six characters after {@code UNA}, naming
 * the component separator, element separator, decimal mark, release character, repetition
 * separator (a space where unused) and segment terminator. A line break may serve as segment
 * terminator; letters, digits and non-ASCII characters may serve as nothing.
 */
final class ServiceStringAdvice {

    /** {@code UNA} plus its six service characters. */
    static final int LENGTH = 9;

    private static final String[] ROLES = {"component separator", "element separator", "decimal mark",
        "release character", "repetition separator", "segment terminator"};

    private ServiceStringAdvice() {
    }

    /** Reads the UNA starting at {@code start} of text in which one character stands for one byte. */
    static Outcome<Delimiters> read(String text, int start) {
        if (text.length() - start < LENGTH) {
            return reject("UNA must be followed by exactly six service characters");
        }
        char[] chars = text.substring(start + 3, start + LENGTH).toCharArray();
        char decimal = chars[2];
        if (decimal != '.' && decimal != ',') {
            return reject("the UNA decimal mark must be '.' or ',', not " + Excerpt.quoted(String.valueOf(decimal)));
        }
        // Release and repetition may be unused (space); the others are always in force.
        char release = chars[3] == ' ' ? Delimiters.NONE : chars[3];
        char repetition = chars[4] == ' ' ? Delimiters.NONE : chars[4];
        List<Character> inForce = new ArrayList<>();
        for (int i : new int[] {0, 1, 5, 3, 4}) {
            char c = chars[i];
            if ((i == 3 || i == 4) && c == ' ') {
                continue;
            }
            boolean lineEnd = i == 5 && (c == '\r' || c == '\n');
            if (!isServiceCharacter(c) && !lineEnd) {
                return reject("the UNA " + ROLES[i] + " " + Excerpt.quoted(String.valueOf(c))
                        + " cannot be a service character (letters, digits, spaces and non-ASCII are not)");
            }
            if (inForce.contains(c)) {
                return reject("the UNA " + ROLES[i] + " " + Excerpt.quoted(String.valueOf(c))
                        + " is already used as another service character");
            }
            inForce.add(c);
        }
        if (inForce.contains(decimal)) {
            return reject("the UNA decimal mark " + Excerpt.quoted(String.valueOf(decimal))
                    + " is already used as another service character");
        }
        return Outcome.accepted(new Delimiters(chars[5], chars[1], chars[0], repetition, release, decimal));
    }

    /**
     * Service characters must be ASCII: the interchange is split before it is decoded, and a
     * multi-byte character set only keeps ASCII bytes out of its multi-byte sequences.
     */
    private static boolean isServiceCharacter(char c) {
        return c > ' ' && c < 0x7F && !Character.isLetterOrDigit(c);
    }

    private static Outcome<Delimiters> reject(String message) {
        return Outcome.rejected(Rejection.of(Reason.BAD_INTERCHANGE_HEADER, Position.segment(1, "UNA"), message));
    }
}
