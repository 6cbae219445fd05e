package org.entrepot.config;

import java.util.List;

/**
 * The gateway configuration cannot be used. The message lists every problem found, one per line,
 * each naming the key, the value and where the value came from (file and line, environment
 * variable, system property), so an operator can fix them all in one go.
 */
public final class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /** @param problems one sentence per problem; at least one */
    public ConfigException(List<String> problems) {
        super("invalid gateway configuration:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** @return one sentence per problem, in the order the settings were checked */
    public List<String> problems() {
        return problems;
    }
}
