package org.entrepot.translate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.entrepot.document.DocumentType;

/**
 * What one mapping folder under {@code mappings/} declares in its {@code mapping.properties}:
 * the format, message and versions it reads, what it writes, and its Smooks configuration.
 *
 * @param id             the folder name, e.g. {@code edifact-d96a-invoic_to_ubl-2.1-invoice}
 * @param folder         the folder path relative to the mappings root ({@code invoice/…})
 * @param source         the format read
 * @param sourceMessage  message type read ({@code INVOIC}, {@code 810}, {@code Invoice})
 * @param sourceVersions directories or versions read ({@code D96A}, {@code 004010}); empty = any
 * @param target         the format written
 * @param targetMessage  message type written
 * @param targetVersion  directory or version written ({@code D96A}, {@code 004010}, {@code 2.1},
 *                       {@code pain.001.001.09}); a chained mapping reads the next one with it
 * @param document       the business document family
 * @param smooksConfig   the Smooks configuration, relative to the mappings root
 * @param when           an optional condition on the source's content ({@code source.when}: an
 *                       INVOIC whose BGM says credit note, a CII whose TypeCode does); a
 *                       mapping with one is preferred to one without when it holds
 */
public record MappingDescriptor(String id, String folder, Format source, String sourceMessage,
                                Set<String> sourceVersions, Format target, String targetMessage,
                                String targetVersion, DocumentType document, String smooksConfig,
                                Optional<SourceCondition> when) {

    static final String FILE_NAME = "mapping.properties";

    /** Reads and validates a descriptor; a bad one stops start-up with the file and key named. */
    static MappingDescriptor read(Path root, Path descriptorFile) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(descriptorFile)) {
            properties.load(in);
        } catch (IOException e) {
            throw new MappingConfigException(descriptorFile, "", "cannot be read: " + e.getMessage());
        }
        Path folderPath = descriptorFile.getParent();
        String folder = root.relativize(folderPath).toString().replace('\\', '/');
        Reader reader = new Reader(descriptorFile, properties);
        Format source = reader.format("source.format");
        return new MappingDescriptor(
                folderPath.getFileName().toString(),
                folder,
                source,
                reader.required("source.message"),
                reader.set("source.versions"),
                reader.format("target.format"),
                reader.required("target.message"),
                reader.required("target.version").toUpperCase(Locale.ROOT),
                reader.document("document"),
                folder + "/" + reader.required("smooks"),
                reader.condition("source.when", source));
    }

    /** Whether this mapping reads the given message in the given directory or version. */
    public boolean reads(Format format, String messageType, String version) {
        return source == format && sourceMessage.equals(messageType)
                && (sourceVersions.isEmpty() || version.isEmpty() || sourceVersions.contains(version.toUpperCase(Locale.ROOT)));
    }

    /** Whether this mapping's condition, if it has one, holds for the source ({@code null}: not known, so it does not). */
    boolean appliesTo(SourceContent source) {
        return when.isEmpty() || (source != null && when.get().matches(source));
    }

    private record Reader(Path file, Properties properties) {

        /** EDI sources name a segment's element, XML sources a path of elements: the source format says which. */
        Optional<SourceCondition> condition(String key, Format source) {
            String value = properties.getProperty(key, "").trim();
            if (value.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(source.syntax() == org.entrepot.document.Syntax.XML
                        ? XmlCondition.parse(value) : MessageCondition.parse(value));
            } catch (IllegalArgumentException e) {
                throw new MappingConfigException(file, key, e.getMessage());
            }
        }

        String required(String key) {
            String value = properties.getProperty(key, "").trim();
            if (value.isEmpty()) {
                throw new MappingConfigException(file, key, "is required");
            }
            return value;
        }

        Format format(String key) {
            String value = required(key);
            if (value.equalsIgnoreCase(Format.XML.id())) {
                throw new MappingConfigException(file, key, "'xml' names a family's format, not one a mapping reads or writes");
            }
            return Format.byName(value).orElseThrow(() -> new MappingConfigException(file, key,
                    "'" + value + "' is not a format; known: " + Arrays.toString(Format.values()).toLowerCase(Locale.ROOT)));
        }

        DocumentType document(String key) {
            String value = required(key);
            try {
                return DocumentType.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new MappingConfigException(file, key, "'" + value + "' is not a document type");
            }
        }

        Set<String> set(String key) {
            return Arrays.stream(properties.getProperty(key, "").split(","))
                    .map(String::trim).filter(v -> !v.isEmpty())
                    .map(v -> v.toUpperCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        }
    }
}
