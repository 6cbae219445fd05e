package org.entrepot.partner;

/**
 * A partner file that cannot be used. Thrown at start-up so that a typo stops the gateway
 * instead of silently dropping a partner; the message names the file, the line and the key.
 */
public final class PartnerConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String key;
    private final String problem;

    /**
     * @param source  the file as the operator named it
     * @param line    1-based line, or 0 when unknown
     * @param key     path of the offending key such as {@code partners[0].identifiers[1].value}, or empty
     * @param problem what is wrong, as a sentence fragment
     */
    public PartnerConfigException(String source, int line, String key, String problem) {
        this(source, line, key, problem, null);
    }

    PartnerConfigException(String source, int line, String key, String problem, Throwable cause) {
        super(describe(source, line, key, problem), cause);
        this.source = source;
        this.line = line;
        this.key = key == null ? "" : key;
        this.problem = problem;
    }

    private static String describe(String source, int line, String key, String problem) {
        StringBuilder text = new StringBuilder(source);
        if (line > 0) {
            text.append(" line ").append(line);
        }
        if (key != null && !key.isEmpty()) {
            text.append(", ").append(key);
        }
        return text.append(": ").append(problem).toString();
    }

    public String source() {
        return source;
    }

    /** 1-based line of the problem, 0 when the file could not be read at all. */
    public int line() {
        return line;
    }

    /** Path of the offending key, empty for problems with the file as a whole. */
    public String key() {
        return key;
    }

    public String problem() {
        return problem;
    }
}
