package org.entrepot.translate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resolves names relative to the mappings root, whether that is a folder on disk or the
 * {@code mappings/} folder packaged in the gateway jar. Smooks loads templates through a class
 * loader; giving it this one lets a template say {@code <#import "/common/edifact-read.ftl">}
 * and a configuration name its template relative to the root, in both cases.
 */
final class MappingResources extends ClassLoader {

    private final Path root;

    MappingResources(Path root, ClassLoader parent) {
        super(parent);
        this.root = root;
    }

    @Override
    protected URL findResource(String name) {
        String relative = name.startsWith("/") ? name.substring(1) : name;
        Path candidate = root.resolve(relative).normalize();
        if (!candidate.startsWith(root) || !Files.isRegularFile(candidate)) {
            return null;
        }
        try {
            return candidate.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public URL getResource(String name) {
        // The mappings root wins over same-named classpath resources: the operator's folder is the truth.
        URL own = findResource(name);
        return own != null ? own : super.getResource(name);
    }

    byte[] read(String name) throws IOException {
        return Files.readAllBytes(root.resolve(name).normalize());
    }
}
