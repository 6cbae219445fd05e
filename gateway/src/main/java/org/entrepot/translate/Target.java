package org.entrepot.translate;

import java.util.Locale;
import java.util.Objects;

/**
 * What a translation should produce: a format and, where the format has several in use, the
 * version (an EDIFACT directory such as {@code D01B}, an X12 version such as {@code 005010}, an
 * ISO 20022 message version such as {@code pain.001.001.09}). An empty version takes whichever
 * mapping the catalog lists first for the format. A message ({@code 315} beside {@code 214} for
 * transport events) picks among mappings that write the same format and version; empty takes the first.
 */
public record Target(Format format, String version, String message) {

    public Target {
        Objects.requireNonNull(format, "format");
        version = version == null ? "" : version.strip().toUpperCase(Locale.ROOT);
        message = message == null ? "" : message.strip().toUpperCase(Locale.ROOT);
    }

    public Target(Format format, String version) {
        this(format, version, "");
    }

    public static Target of(Format format) {
        return new Target(format, "");
    }

    /** Whether a mapping that writes {@code written} in {@code writtenVersion} gives what is asked. */
    boolean accepts(Format written, String writtenVersion) {
        return format.acceptsOutput(written) && (version.isEmpty() || version.equalsIgnoreCase(writtenVersion));
    }

    /** Whether a mapping writing {@code writtenMessage} gives the message asked for, if one was. */
    public boolean acceptsMessage(String writtenMessage) {
        return message.isEmpty() || message.equalsIgnoreCase(writtenMessage);
    }

    @Override
    public String toString() {
        String named = version.isEmpty() ? format.id() : format.id() + " " + version;
        return message.isEmpty() ? named : named + " " + message;
    }
}
