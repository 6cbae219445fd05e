package org.entrepot.translate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's sample documents and mappings, wherever the tests run from. */
public final class Samples {

    private Samples() {
    }

    public static Path repository() {
        return Path.of(System.getProperty("entrepot.repository", "..")).toAbsolutePath().normalize();
    }

    public static byte[] read(String relative) {
        try {
            return Files.readAllBytes(repository().resolve("samples").resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static MappingCatalog mappings() {
        return MappingCatalog.load(repository().resolve("mappings"));
    }
}
