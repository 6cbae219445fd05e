package org.entrepot.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.entrepot.document.Position;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.entrepot.identify.Delimiters;

/**
 * The characters ISO 9735 allows at syntax levels A and B (UNOA, UNOB): level A is upper-case
 * letters, digits, space and {@code . , - ( ) / = ' + : ? ! " % & * ; < >}; level B adds lower-case
 * letters. StAEDI reads such an interchange without looking at its repertoire, so a lower-case
 * letter in UNOA or an umlaut in UNOB would pass; CONTRL reports them as error 21 (invalid
 * character). Levels C and beyond are whole ISO 8859 or ISO 10646 repertoires that the decoding
 * already enforces.
 *
 * <p>Line breaks right after a segment terminator are tolerated, as every partner writes them.
 * One problem per data element (its first bad character), at most {@link #LIMIT} in all.
 */
final class CharacterRepertoire {

    static final int LIMIT = 50;
    private static final String LEVEL_A = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,-()/='+:?!\"%&*;<>";
    private static final String LOWER_CASE = "abcdefghijklmnopqrstuvwxyz";
    private static final int UNA_LENGTH = 9;

    private final String syntaxIdentifier;
    private final String allowed;

    private CharacterRepertoire(String syntaxIdentifier, String allowed) {
        this.syntaxIdentifier = syntaxIdentifier;
        this.allowed = allowed;
    }

    /** The repertoire of a syntax identifier, when it is one this class checks (UNOA, UNOB). */
    static Optional<CharacterRepertoire> of(String syntaxIdentifier) {
        return switch (syntaxIdentifier) {
            case "UNOA" -> Optional.of(new CharacterRepertoire("UNOA", LEVEL_A));
            case "UNOB" -> Optional.of(new CharacterRepertoire("UNOB", LEVEL_A + LOWER_CASE));
            default -> Optional.empty();
        };
    }

    /** Every data element holding a character outside the repertoire, numbered as the check stage numbers segments. */
    List<Rejection> check(String text, Delimiters delimiters) {
        List<Rejection> problems = new ArrayList<>();
        boolean una = text.startsWith("UNA");
        int i = una ? Math.min(UNA_LENGTH, text.length()) : 0;
        int segment = una ? 1 : 0;
        while (i < text.length() && problems.size() < LIMIT) {
            while (i < text.length() && (text.charAt(i) == '\r' || text.charAt(i) == '\n')) {
                i++;
            }
            if (i >= text.length()) {
                break;
            }
            segment++;
            i = checkSegment(text, i, segment, delimiters, problems);
        }
        return problems;
    }

    /** Checks one segment from {@code start}; returns where the next one begins. */
    private int checkSegment(String text, int start, int segment, Delimiters delimiters, List<Rejection> problems) {
        int element = 0;
        int component = 1;
        int elementStart = start;
        boolean reported = false;
        StringBuilder tag = new StringBuilder();
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == delimiters.segmentTerminator()) {
                return i + 1;
            } else if (c == delimiters.elementSeparator()) {
                element++;
                component = 1;
                elementStart = i + 1;
                reported = false;
            } else if (c == delimiters.componentSeparator()) {
                component++;
            } else {
                if (delimiters.hasReleaseCharacter() && c == delimiters.releaseCharacter() && i + 1 < text.length()) {
                    c = text.charAt(++i);
                }
                if (element == 0 && tag.length() < 3) {
                    tag.append(c);
                }
                if (!reported && allowed.indexOf(c) < 0 && problems.size() < LIMIT) {
                    int inComposite = isComposite(text, elementStart, delimiters) ? component : 0;
                    problems.add(Rejection.of(Reason.INVALID_CHARACTER,
                            Position.element(segment, tag.toString(), element, inComposite),
                            String.format("character U+%04X is not in the %s repertoire", (int) c, syntaxIdentifier)));
                    reported = true;
                }
            }
            i++;
        }
        return i;
    }

    /** Whether the element starting at {@code start} has components, so positions name one. */
    private static boolean isComposite(String text, int start, Delimiters delimiters) {
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (delimiters.hasReleaseCharacter() && c == delimiters.releaseCharacter()) {
                i++;
            } else if (c == delimiters.componentSeparator()) {
                return true;
            } else if (c == delimiters.elementSeparator() || c == delimiters.segmentTerminator()) {
                return false;
            }
        }
        return false;
    }
}
