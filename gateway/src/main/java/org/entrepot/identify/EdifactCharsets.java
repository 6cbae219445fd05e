package org.entrepot.identify;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The character set each EDIFACT syntax identifier (UNB S001/0001, code list 0001) stands for.
 * The interchange's text is decoded with it, so Latin-2 or Chinese names come out right.
 */
public final class EdifactCharsets {

    /** Java names, in code list order; a set absent from this JVM is reported as unsupported. */
    private static final Map<String, String> JAVA_NAMES = new LinkedHashMap<>();

    static {
        // Levels A and B are subsets of ISO 646; Latin-1 decodes them and tolerates stray bytes.
        JAVA_NAMES.put("UNOA", "ISO-8859-1");
        JAVA_NAMES.put("UNOB", "ISO-8859-1");
        JAVA_NAMES.put("UNOC", "ISO-8859-1");
        JAVA_NAMES.put("UNOD", "ISO-8859-2");
        JAVA_NAMES.put("UNOE", "ISO-8859-5");
        JAVA_NAMES.put("UNOF", "ISO-8859-7");
        JAVA_NAMES.put("UNOG", "ISO-8859-3");
        JAVA_NAMES.put("UNOH", "ISO-8859-4");
        JAVA_NAMES.put("UNOI", "ISO-8859-6");
        JAVA_NAMES.put("UNOJ", "ISO-8859-8");
        JAVA_NAMES.put("UNOK", "ISO-8859-9");
        JAVA_NAMES.put("UNOL", "ISO-8859-15");
        // UNOW is UTF-8 by definition; UNOY (ISO 10646 without code extension) is sent as UTF-8 in practice.
        JAVA_NAMES.put("UNOW", "UTF-8");
        JAVA_NAMES.put("UNOY", "UTF-8");
    }

    private EdifactCharsets() {
    }

    public static Optional<Charset> forSyntaxIdentifier(String identifier) {
        String name = JAVA_NAMES.get(identifier);
        if (name == null) {
            return Optional.empty();
        }
        if (name.equals("UTF-8")) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
    }

    public static Set<String> identifiers() {
        return JAVA_NAMES.keySet();
    }
}
