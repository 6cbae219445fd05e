package org.entrepot.translate;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.entrepot.translate.edi.EdiNode;

/**
 * When a mapping applies to an EDI message beyond its type and version, as a mapping descriptor
 * states it in {@code source.when}: one data element of a segment at the top of the message and
 * the codes that select the mapping, e.g. {@code BGM.e01_01 in 381, 81, 83} (an INVOIC that is a
 * credit note) or {@code BIG.e07 in CR} (an 810 credit memo). EDIFACT and X12 carry invoices and
 * credit notes in one message type; UBL has a document for each, so the choice needs the content.
 *
 * @param segment the segment tag, directly under the message
 * @param element the data element key as mappings name it ({@code e07}, {@code e01_01})
 * @param codes   the values that select the mapping
 */
public record MessageCondition(String segment, String element, Set<String> codes) implements SourceCondition {

    private static final Pattern SYNTAX = Pattern.compile("([A-Z][A-Z0-9]{1,2})\\.(e[0-9]{2}(?:_[0-9]{2})?)\\s+in\\s+(.+)");

    /**
     * Reads a condition as written in a descriptor.
     *
     * @throws IllegalArgumentException with a sentence saying what is expected
     */
    static MessageCondition parse(String text) {
        Matcher matcher = SYNTAX.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not SEGMENT.element in CODE, CODE … (e.g. BGM.e01_01 in 381, 83)");
        }
        Set<String> codes = Arrays.stream(matcher.group(3).split(",")).map(String::strip).filter(c -> !c.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' names no code");
        }
        return new MessageCondition(matcher.group(1), matcher.group(2), codes);
    }

    @Override
    public boolean matches(SourceContent source) {
        return source instanceof SourceContent.Edi edi && matches(edi.interchange());
    }

    /** Whether the message ({@code interchange} as the cursor reads it) has one of the codes in that element. */
    boolean matches(EdiNode.Group interchange) {
        for (EdiNode child : interchange.children()) {
            if (child instanceof EdiNode.Group message && message.name().equals("message")) {
                for (EdiNode node : message.children()) {
                    if (node instanceof EdiNode.Segment found && found.name().equals(segment)) {
                        String value = found.value(element);
                        if (value == null && element.length() > 3) {
                            // a composite sent with its first component only may be read as the simple element
                            value = found.value(element.substring(0, 3));
                        }
                        return value != null && codes.contains(value);
                    }
                }
            }
        }
        return false;
    }
}
