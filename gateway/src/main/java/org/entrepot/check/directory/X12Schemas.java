package org.entrepot.check.directory;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/**
 * The StAEDI transaction schemas of X12 transaction sets, written by hand (X12 publishes no
 * machine-readable directory we may ship) under {@code staedi/x12/<version>/<set>.xml} on the
 * class path. Like {@link MessageSchemas}, each schema is parsed on first use and then shared
 * by every reader on every thread.
 *
 * <p>Attach the schema at the {@code END_SEGMENT} event of ST, the last moment StAEDI accepts
 * one; it then validates the body from the segment after ST up to SE, which belongs to the
 * envelope.
 *
 * <p>The version and transaction set come from the partner's GS and ST segments. They are only
 * ever compared with the fixed list of {@linkplain #AVAILABLE schemas we ship}; partner text
 * never becomes part of a resource name.
 */
public final class X12Schemas {

    /** Class-path folder of the schemas. */
    static final String ROOT = "staedi/x12/";

    /** {@code version/set} of every schema under {@link #ROOT}. */
    static final Set<String> AVAILABLE = Set.of("004010/810", "005010/810");

    /** GS08: six digits of version and release ({@code 004010}), then an optional industry code ({@code 004010VICS}). */
    private static final Pattern VERSION_RELEASE = Pattern.compile("00[0-9]{4}[A-Za-z0-9]{0,6}");

    /** ISA12 is the first five digits of a version/release ({@code 00401} for 004010). */
    private static final Pattern INTERCHANGE_VERSION = Pattern.compile("^00[0-9]{3}$");

    private final ClassLoader loader;
    private final ConcurrentMap<String, Schema> parsed = new ConcurrentHashMap<>();

    /** Schemas from the class path that loaded this class (the gateway jar). */
    public X12Schemas() {
        this(X12Schemas.class.getClassLoader());
    }

    /** Schemas from the given class loader. */
    public X12Schemas(ClassLoader loader) {
        this.loader = loader;
    }

    /**
     * The schema of a transaction set.
     *
     * @param version        version/release code as GS08 writes it, {@code 004010}; an industry
     *                       suffix ({@code 004010VICS}) reads as its base version
     * @param transactionSet transaction set identifier from ST01, e.g. {@code 810}
     * @return the schema, or empty when we have none for that version and set
     */
    public Optional<Schema> schema(String version, String transactionSet) {
        if (version == null || transactionSet == null || !VERSION_RELEASE.matcher(version).matches()) {
            return Optional.empty();
        }
        String key = version.substring(0, 6) + '/' + transactionSet;
        if (!AVAILABLE.contains(key)) {
            return Optional.empty();
        }
        return Optional.of(parsed.computeIfAbsent(key, this::load));
    }

    /**
     * The schema of the transaction set whose ST the reader has just read. StAEDI gives the
     * version as {@code getTransactionVersion()}, {@code {GS07, GS08}} (ST03 replaces GS08 from
     * 004020 on when present); when GS08 is empty the interchange version ISA12 stands in,
     * {@code 00401} meaning {@code 004010}.
     *
     * @return the schema, or empty for another standard or a set we have no schema for
     */
    public Optional<Schema> schema(EDIStreamReader reader) {
        if (!"X12".equals(reader.getStandard())) {
            return Optional.empty();
        }
        String[] version = reader.getTransactionVersion();
        String release = version == null || version.length == 0 ? "" : version[version.length - 1];
        if (release == null || release.isEmpty()) {
            release = interchangeRelease(reader.getVersion());
        }
        return schema(release, reader.getTransactionType());
    }

    private static String interchangeRelease(String[] interchangeVersion) {
        if (interchangeVersion == null || interchangeVersion.length == 0 || interchangeVersion[0] == null
                || !INTERCHANGE_VERSION.matcher(interchangeVersion[0]).matches()) {
            return "";
        }
        return interchangeVersion[0] + "0";
    }

    private Schema load(String key) {
        String resource = ROOT + key + ".xml";
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("listed but not on the class path: " + resource);
            }
            return SchemaFactory.newFactory().createSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        } catch (EDISchemaException e) {
            throw new IllegalStateException("X12 schema does not load: " + resource, e);
        }
    }
}
