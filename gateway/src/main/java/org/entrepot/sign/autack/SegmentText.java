package org.entrepot.sign.autack;

import java.util.ArrayList;
import java.util.List;
import org.entrepot.sign.autack.EdifactSegments.Delimiters;

/** Writes segments with the interchange's own service characters, trailing empty parts omitted. */
final class SegmentText {

    private final Delimiters delimiters;
    private final String separator;

    SegmentText(Delimiters delimiters, String separator) {
        this.delimiters = delimiters;
        this.separator = separator;
    }

    @SafeVarargs
    final String segment(String tag, List<String>... elements) {
        List<String> written = new ArrayList<>();
        for (List<String> components : elements) {
            List<String> escaped = new ArrayList<>();
            components.forEach(component -> escaped.add(delimiters.escape(component)));
            written.add(trimmed(escaped, delimiters.component()));
        }
        return tag + delimiters.element() + trimmed(written, delimiters.element()) + delimiters.terminator() + separator;
    }

    private static String trimmed(List<String> parts, char separator) {
        int last = parts.size();
        while (last > 0 && parts.get(last - 1).isEmpty()) {
            last--;
        }
        return String.join(String.valueOf(separator), parts.subList(0, last));
    }
}
