package org.entrepot.translate;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code source.when} for an XML source: a path of element local names below the root and the
 * codes that select the mapping, e.g. {@code ExchangedDocument/TypeCode in 381, 81} (a Cross
 * Industry Invoice that is a credit note). CII carries invoices and credit notes in one document;
 * UBL has one for each, so the choice needs the content. Namespaces are not named: the source's
 * format and message already fix them.
 *
 * @param path  the element names from the child of the root down to the element read
 * @param codes the values that select the mapping
 */
public record XmlCondition(List<String> path, Set<String> codes) implements SourceCondition {

    private static final Pattern SYNTAX = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*(?:/[A-Za-z_][A-Za-z0-9_-]*)*)\\s+in\\s+(.+)");

    public XmlCondition {
        path = List.copyOf(path);
        codes = Set.copyOf(codes);
    }

    /**
     * Reads a condition as written in a descriptor.
     *
     * @throws IllegalArgumentException with a sentence saying what is expected
     */
    static XmlCondition parse(String text) {
        Matcher matcher = SYNTAX.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not Element/Element in CODE, CODE … for an XML source:"
                    + " element local names below the root, no prefixes (e.g. ExchangedDocument/TypeCode in 381, 384)");
        }
        Set<String> codes = Arrays.stream(matcher.group(2).split(",")).map(String::strip).filter(c -> !c.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' names no code");
        }
        return new XmlCondition(List.of(matcher.group(1).split("/")), codes);
    }

    @Override
    public boolean matches(SourceContent source) {
        return source instanceof SourceContent.Xml xml && xml.text(path).filter(codes::contains).isPresent();
    }
}
