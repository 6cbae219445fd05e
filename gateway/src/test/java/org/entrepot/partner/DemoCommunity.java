package org.entrepot.partner;

import java.nio.file.Files;
import java.nio.file.Path;

/** The demo community of {@code samples/partners.yaml}, which tests use as their cast. */
public final class DemoCommunity {

    private DemoCommunity() {
    }

    /** The sample file; surefire passes the repository root, an IDE usually runs from the module. */
    public static Path file() {
        String repository = System.getProperty("entrepot.repository");
        Path root = repository != null ? Path.of(repository) : Path.of("..");
        Path file = root.resolve("samples").resolve("partners.yaml");
        if (!Files.isRegularFile(file)) {
            file = Path.of("samples", "partners.yaml");
        }
        return file;
    }

    public static PartnerDirectory directory() {
        return PartnerDirectory.load(file());
    }
}
