package org.entrepot.translate;

import java.util.Locale;
import java.util.Objects;

/**
 * What a translation should produce: a format and, where the format has several in use, the
 * version (an EDIFACT directory such as {@code D01B}, an X12 version such as {@code 005010}, an
 * ISO 20022 message version such as {@code pain.001.001.09}). An empty version takes whichever
 * mapping the catalog lists first for the format.
 */
public record Target(Format format, String version) {

    public Target {
        Objects.requireNonNull(format, "format");
        version = version == null ? "" : version.strip().toUpperCase(Locale.ROOT);
    }

    public static Target of(Format format) {
        return new Target(format, "");
    }

    /** Whether a mapping that writes {@code written} in {@code writtenVersion} gives what is asked. */
    boolean accepts(Format written, String writtenVersion) {
        return format.acceptsOutput(written) && (version.isEmpty() || version.equalsIgnoreCase(writtenVersion));
    }

    @Override
    public String toString() {
        return version.isEmpty() ? format.id() : format.id() + " " + version;
    }
}
