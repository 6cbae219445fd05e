package org.entrepot.check.ack;

import io.xlate.edi.stream.EDIStreamValidationError;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entrepot.document.Rejection;

/**
 * The StAEDI validation error behind a rejection. The check stage keeps StAEDI's error name in
 * the rejection's message (see {@code EdiProblems.fromStaedi}); it is finer than the gateway's
 * {@code Reason} (a missing segment and an unexpected one in 997 terms, a too-long element) and
 * is what the standards' error codes are chosen from.
 */
final class StaediError {

    private static final Pattern NAME = Pattern.compile("\\(([A-Z_]+), ");

    private StaediError() {
    }

    static Optional<EDIStreamValidationError> of(Rejection problem) {
        Matcher name = NAME.matcher(problem.message());
        while (name.find()) {
            try {
                return Optional.of(EDIStreamValidationError.valueOf(name.group(1)));
            } catch (IllegalArgumentException notStaedi) {
                // some other upper-case word in brackets: keep looking
            }
        }
        return Optional.empty();
    }
}
