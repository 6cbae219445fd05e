package org.entrepot.check;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entrepot.identify.Delimiters;

/**
 * The functional groups (GS..GE) of an X12 interchange and the ST03 of each transaction set:
 * what 997 and 999 quote back (AK1, AK2, AK9) but the validating reader does not hand out.
 * Segments are numbered as the check stage numbers them, ISA = 1, so problems can be placed
 * in their group by segment number. Bad input yields fewer facts, never an exception.
 */
final class FunctionalGroups {

    /** What a GS segment (and its GE, if any) say, and where the group starts and ends. */
    record Facts(int header, int trailer, String functionalId, String applicationSender, String applicationReceiver,
                 String controlNumber, String version, String declaredCount) {

        boolean holds(int segment) {
            return segment >= header && (trailer < 0 || segment <= trailer);
        }
    }

    private final List<Facts> groups = new ArrayList<>();
    private final Map<Integer, String> conventions = new HashMap<>();

    private FunctionalGroups() {
    }

    static FunctionalGroups scan(byte[] interchange, Charset charset, Delimiters delimiters) {
        FunctionalGroups scan = new FunctionalGroups();
        if (delimiters != null) {
            scan.read(new String(interchange, charset), delimiters);
        }
        return scan;
    }

    private void read(String text, Delimiters delimiters) {
        String[] gs = null;
        int gsAt = 0;
        int number = 0;
        int from = 0;
        while (from < text.length()) {
            int end = text.indexOf(delimiters.segmentTerminator(), from);
            String segment = (end < 0 ? text.substring(from) : text.substring(from, end)).strip();
            from = end < 0 ? text.length() : end + 1;
            if (segment.isEmpty()) {
                continue;
            }
            number++;
            String[] elements = segment.split(java.util.regex.Pattern.quote(String.valueOf(delimiters.elementSeparator())), -1);
            switch (elements[0]) {
                case "GS" -> {
                    if (gs != null) {
                        groups.add(facts(gs, gsAt, -1, ""));
                    }
                    gs = elements;
                    gsAt = number;
                }
                case "GE" -> {
                    if (gs != null) {
                        groups.add(facts(gs, gsAt, number, element(elements, 1)));
                        gs = null;
                    }
                }
                case "ST" -> conventions.put(number, element(elements, 3));
                default -> { }
            }
        }
        if (gs != null) {
            groups.add(facts(gs, gsAt, -1, ""));
        }
    }

    private static Facts facts(String[] gs, int header, int trailer, String declaredCount) {
        return new Facts(header, trailer, element(gs, 1), element(gs, 2), element(gs, 3), element(gs, 6), element(gs, 8),
                declaredCount);
    }

    private static String element(String[] elements, int position) {
        return position < elements.length ? elements[position].strip() : "";
    }

    List<Facts> groups() {
        return groups;
    }

    /** ST03 of the transaction set whose ST is segment {@code header}; empty when absent. */
    String convention(int header) {
        return conventions.getOrDefault(header, "");
    }
}
