package org.entrepot.translate;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.entrepot.document.Syntax;
import org.entrepot.identify.EdifactEnvelopeReader;
import org.entrepot.partner.EnvelopeSettings;
import org.entrepot.partner.IdScheme;
import org.entrepot.partner.Partner;
import org.entrepot.partner.PartyId;

/**
 * Puts the gateway's own envelope on an interchange a mapping wrote: the control reference the
 * gateway numbered for this delivery (UNB/UNZ 0020, ISA13/IEA02, GS06/GE02, UNG/UNE 0048), and
 * what the agreement says about addressing: which identifiers, UNG/UNE groups, application codes,
 * test indicator. Mappings write the business content; the envelope is the agreement's.
 *
 * <p>The segments are split with the interchange's own delimiters and release character; values
 * the gateway writes are partner identifiers from the partner file, escaped the same way.
 */
public final class OutboundEnvelope {

    private OutboundEnvelope() {
    }

    /**
     * @param content  the interchange as mapped
     * @param format   EDIFACT or X12; anything else is returned unchanged
     * @param control  the control number to write (already formatted for the standard)
     * @param sender   the interchange's sending partner
     * @param receiver the receiving partner
     */
    public static byte[] apply(byte[] content, Format format, String control, Partner sender, Partner receiver,
                               EnvelopeSettings settings) {
        return switch (format) {
            case EDIFACT -> edifact(content, control, sender, receiver, settings);
            case X12 -> x12(content, control, sender, receiver, settings);
            default -> content;
        };
    }

    private static byte[] edifact(byte[] content, String control, Partner sender, Partner receiver, EnvelopeSettings settings) {
        var declared = new EdifactEnvelopeReader().charset(content);
        Charset charset = declared.isAccepted() ? declared.value() : StandardCharsets.ISO_8859_1;
        String text = new String(content, charset);
        boolean una = text.startsWith("UNA");
        char component = una ? text.charAt(3) : ':';
        char element = una ? text.charAt(4) : '+';
        char release = una ? text.charAt(6) : '?';
        char terminator = una ? text.charAt(8) : '\'';
        Splitter split = new Splitter(element, component, release);
        List<String> segments = segments(una ? text.substring(9) : text, terminator, release);

        List<String> out = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        String unb = null;
        String group = null;
        int written = 0;
        for (String segment : segments) {
            String tag = segment.length() >= 3 ? segment.substring(0, 3) : segment;
            switch (tag) {
                case "UNB" -> unb = segment;
                case "UNG" -> group = segment;
                case "UNE", "UNZ" -> {
                    // rebuilt below
                }
                default -> {
                    messages.add(segment);
                    written += tag.equals("UNH") ? 1 : 0;
                }
            }
        }
        if (unb == null) {
            return content;
        }
        List<String> unbElements = split.elements(unb);
        set(unbElements, 2, identifier(sender, settings.senderScheme().orElse(null), Syntax.EDIFACT, split, unbElements.get(2)));
        set(unbElements, 3, identifier(receiver, settings.receiverScheme().orElse(null), Syntax.EDIFACT, split, unbElements.get(3)));
        set(unbElements, 5, control);
        if (settings.test()) {
            while (unbElements.size() < 12) {
                unbElements.add("");
            }
            unbElements.set(11, "1");
        }
        out.add(String.join(String.valueOf(element), trim(unbElements)));

        boolean grouped = settings.groups().orElse(group != null);
        if (grouped) {
            List<String> ung = group == null ? new ArrayList<>() : split.elements(group);
            String firstUnh = messages.stream().filter(s -> s.startsWith("UNH")).findFirst().orElse("");
            List<String> s009 = split.components(split.elements(firstUnh).size() > 2 ? split.elements(firstUnh).get(2) : "");
            String appSender = settings.applicationSender().isEmpty() ? unbElements.get(2)
                    : split.escape(settings.applicationSender());
            String appReceiver = settings.applicationReceiver().isEmpty() ? unbElements.get(3)
                    : split.escape(settings.applicationReceiver());
            List<String> built = List.of("UNG", s009.isEmpty() ? "" : s009.get(0), appSender, appReceiver,
                    ung.size() > 4 ? ung.get(4) : split.elements(unb).size() > 4 ? split.elements(unb).get(4) : "",
                    control, "UN", s009.size() > 2 ? s009.get(1) + component + s009.get(2) : "");
            out.add(String.join(String.valueOf(element), built));
        }
        out.addAll(messages);
        if (grouped) {
            out.add("UNE" + element + written + element + control);
        }
        out.add("UNZ" + element + (grouped ? 1 : written) + element + control);

        StringBuilder result = new StringBuilder(una ? text.substring(0, 9) : "");
        boolean lines = text.indexOf('\n') >= 0;
        if (una && lines && !result.toString().endsWith("\n")) {
            result.append('\n');
        }
        for (String segment : out) {
            result.append(segment).append(terminator);
            if (lines) {
                result.append('\n');
            }
        }
        return result.toString().strip().getBytes(charset);
    }

    private static byte[] x12(byte[] content, String control, Partner sender, Partner receiver, EnvelopeSettings settings) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (!text.startsWith("ISA") || text.length() < 106) {
            return content;
        }
        char element = text.charAt(3);
        char terminator = text.charAt(105);
        String separator = String.valueOf(element);
        boolean lines = text.indexOf('\n') >= 0;
        String padded = "0".repeat(Math.max(0, 9 - control.length())) + control;
        String plain = control.replaceFirst("^0+(?=.)", "");
        StringBuilder result = new StringBuilder();
        for (String raw : text.split(java.util.regex.Pattern.quote(String.valueOf(terminator)))) {
            String segment = raw.strip();
            if (segment.isEmpty()) {
                continue;
            }
            List<String> e = new ArrayList<>(List.of(segment.split(java.util.regex.Pattern.quote(separator), -1)));
            switch (e.get(0)) {
                case "ISA" -> {
                    isaParty(e, 5, sender, settings.senderScheme().orElse(null));
                    isaParty(e, 7, receiver, settings.receiverScheme().orElse(null));
                    e.set(13, padded);
                    if (settings.test()) {
                        e.set(15, "T");
                    }
                }
                case "GS" -> {
                    if (!settings.applicationSender().isEmpty()) {
                        e.set(2, settings.applicationSender());
                    }
                    if (!settings.applicationReceiver().isEmpty()) {
                        e.set(3, settings.applicationReceiver());
                    }
                    e.set(6, plain);
                }
                case "GE" -> e.set(2, plain);
                case "IEA" -> e.set(2, padded);
                default -> {
                    // the transaction sets are the mapping's
                }
            }
            result.append(String.join(separator, e)).append(terminator);
            if (lines) {
                result.append('\n');
            }
        }
        return result.toString().strip().getBytes(StandardCharsets.UTF_8);
    }

    private static void isaParty(List<String> isa, int qualifierIndex, Partner partner, IdScheme scheme) {
        if (scheme == null) {
            return;
        }
        PartyId id = partner.identifiers().stream().filter(p -> p.scheme() == scheme).findFirst().orElseThrow();
        isa.set(qualifierIndex, scheme.qualifier(Syntax.X12).orElse("ZZ"));
        isa.set(qualifierIndex + 1, String.format("%-15s", id.value()));
    }

    private static String identifier(Partner partner, IdScheme scheme, Syntax syntax, Splitter split, String asMapped) {
        if (scheme == null) {
            return asMapped;
        }
        PartyId id = partner.identifiers().stream().filter(p -> p.scheme() == scheme).findFirst().orElseThrow();
        return split.escape(id.value()) + split.component + scheme.qualifier(syntax).orElse("ZZZ");
    }

    private static void set(List<String> elements, int index, String value) {
        while (elements.size() <= index) {
            elements.add("");
        }
        elements.set(index, value);
    }

    private static List<String> trim(List<String> elements) {
        int end = elements.size();
        while (end > 1 && elements.get(end - 1).isEmpty()) {
            end--;
        }
        return elements.subList(0, end);
    }

    /** Segments without their terminators (a released terminator stays inside), blank lines between them dropped. */
    private static List<String> segments(String text, char terminator, char release) {
        List<String> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == release && i + 1 < text.length()) {
                current.append(c).append(text.charAt(++i));
            } else if (c == terminator) {
                String segment = current.toString().strip();
                if (!segment.isEmpty()) {
                    segments.add(segment);
                }
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) {
            segments.add(current.toString().strip());
        }
        return segments;
    }

    /** Splits a segment into elements and an element into components, keeping released characters as written. */
    private record Splitter(char element, char component, char release) {
        List<String> elements(String segment) {
            return split(segment, element);
        }

        List<String> components(String value) {
            return split(value, component);
        }

        private List<String> split(String text, char on) {
            List<String> parts = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == release && i + 1 < text.length()) {
                    current.append(c).append(text.charAt(++i));
                } else if (c == on) {
                    parts.add(current.toString());
                    current.setLength(0);
                } else {
                    current.append(c);
                }
            }
            parts.add(current.toString());
            return parts;
        }

        String escape(String value) {
            StringBuilder out = new StringBuilder();
            for (char c : value.toCharArray()) {
                if (c == element || c == component || c == release || c == '\'') {
                    out.append(release);
                }
                out.append(c);
            }
            return out.toString();
        }
    }
}
