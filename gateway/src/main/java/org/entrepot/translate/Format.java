package org.entrepot.translate;

import java.util.Locale;
import java.util.Optional;
import org.entrepot.document.Syntax;

/** The document formats the gateway translates between, by the names agreements and the CLI use. */
public enum Format {
    EDIFACT(Syntax.EDIFACT),
    X12(Syntax.X12),
    UBL(Syntax.XML);

    private final Syntax syntax;

    Format(Syntax syntax) {
        this.syntax = syntax;
    }

    public Syntax syntax() {
        return syntax;
    }

    /** The lower-case name used in agreements, mapping descriptors and on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Format> byName(String name) {
        for (Format format : values()) {
            if (format.id().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
