package org.entrepot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.entrepot.translate.MappingCatalog;

/** The repository the benchmarks run against, named by the {@value #PROPERTY} system property (set by the bench profile). */
final class BenchRepository {

    static final String PROPERTY = "entrepot.repository";

    private BenchRepository() {
    }

    static Path root() {
        String root = System.getProperty(PROPERTY);
        if (root == null || !Files.isDirectory(Path.of(root, "mappings"))) {
            throw new IllegalStateException("-D" + PROPERTY + " must name the repository root (with mappings/), got " + root);
        }
        return Path.of(root).toAbsolutePath().normalize();
    }

    /** The repository's own mappings, as the gateway loads them from a folder. */
    static MappingCatalog mappings() {
        return MappingCatalog.load(root().resolve("mappings"));
    }
}
