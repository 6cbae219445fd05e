package org.entrepot.check.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIStreamReader;

/**
 * The StAEDI transaction schemas of EDIFACT messages, generated at build time by
 * {@link DirectorySchemaGenerator} into {@code staedi/edifact/<directory>/<MESSAGE>.xml} on the
 * class path. Each schema is parsed on first use and then shared: a parsed {@link Schema} is
 * immutable, so one instance of this class serves every reader on every thread.
 *
 * <p><b>Attaching a schema to a reader.</b> StAEDI accepts a transaction schema only while it is
 * reading the message header: after the {@code START_TRANSACTION} event (raised as UNH begins)
 * up to and including UNH's {@code END_SEGMENT}; from the next segment on it throws
 * {@link IllegalStateException}. StAEDI promises the message identifier only once UNH has been
 * parsed, so attach the schema at UNH's {@code END_SEGMENT}; StAEDI then validates the body (BGM
 * onwards, UNT excluded: the envelope is its control schema's) against the message structure:
 *
 * <pre>{@code
 * case END_SEGMENT:
 *     if ("UNH".equals(reader.getText())) {
 *         schemas.schema(reader).ifPresent(reader::setTransactionSchema);
 *     }
 * }</pre>
 *
 * Without a schema StAEDI still checks the envelope but reports neither segment groups
 * ({@code START_LOOP}) nor body errors. The directory and message type come from the partner,
 * so they are looked up in the generated index and never turned into a resource path as given.
 */
public final class MessageSchemas {

    /** Class-path folder of the generated schemas. */
    static final String ROOT = "staedi/edifact/";

    /** Index of generated schemas inside {@link #ROOT}: one {@code directory/MESSAGE} line each. */
    static final String INDEX = "messages.list";

    private final ClassLoader loader;
    private final Set<String> available;
    private final ConcurrentMap<String, Schema> parsed = new ConcurrentHashMap<>();

    /** Schemas from the class path that loaded this class (the gateway jar). */
    public MessageSchemas() {
        this(MessageSchemas.class.getClassLoader());
    }

    /**
     * Schemas from the given class loader.
     *
     * @throws IllegalStateException when the generated index is missing: the build did not run
     *         the generator, and no EDIFACT message could be validated
     */
    public MessageSchemas(ClassLoader loader) {
        this.loader = loader;
        this.available = readIndex(loader);
    }

    /**
     * The transaction schema of a message.
     *
     * @param directory   directory as UNH writes it, version and release joined: {@code D96A}
     *                    (any case)
     * @param messageType message type from UNH, e.g. {@code INVOIC}
     * @return the schema, or empty when no schema was generated for that directory and message
     */
    public Optional<Schema> schema(String directory, String messageType) {
        if (directory == null || messageType == null) {
            return Optional.empty();
        }
        String key = directory.toLowerCase(Locale.ROOT) + '/' + messageType;
        if (!available.contains(key)) {
            return Optional.empty();
        }
        return Optional.of(parsed.computeIfAbsent(key, this::load));
    }

    /**
     * The transaction schema of the message whose header the reader has just read, i.e. at the
     * {@code END_SEGMENT} event of UNH. StAEDI gives UNH's message identifier as
     * {@code getTransactionType()} ({@code INVOIC}) and {@code getTransactionVersion()}
     * ({@code {"UN", "D", "96A", "EAN008"}}: agency first, then version and release).
     *
     * @return the schema, or empty when UNH names no message we have a schema for
     */
    public Optional<Schema> schema(EDIStreamReader reader) {
        String[] version = reader.getTransactionVersion();
        if (version == null || version.length < 3) {
            return Optional.empty();
        }
        return schema(version[1] + version[2], reader.getTransactionType());
    }

    /** The message types with a schema in {@code directory} (e.g. {@code D96A}), sorted; empty if none. */
    public Set<String> messageTypes(String directory) {
        String prefix = directory.toLowerCase(Locale.ROOT) + '/';
        return available.stream()
                .filter(key -> key.startsWith(prefix))
                .map(key -> key.substring(prefix.length()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private Schema load(String key) {
        String resource = ROOT + key + ".xml";
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("indexed but not on the class path: " + resource);
            }
            return SchemaFactory.newFactory().createSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        } catch (EDISchemaException e) {
            throw new IllegalStateException("generated schema does not load: " + resource, e);
        }
    }

    private static Set<String> readIndex(ClassLoader loader) {
        InputStream in = loader.getResourceAsStream(ROOT + INDEX);
        if (in == null) {
            throw new IllegalStateException("no " + ROOT + INDEX + " on the class path: "
                    + "the build generates it with " + DirectorySchemaGenerator.class.getSimpleName());
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return lines.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ROOT + INDEX, e);
        }
    }
}
