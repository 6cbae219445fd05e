package org.entrepot.check.directory;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamException;

/**
 * Build-time generator of StAEDI transaction schemas from the EDIFACT directory definitions
 * in Smooks' {@code edifact-schemas} packs. StAEDI validates message structure (segment groups,
 * mandatory segments, repetitions, element lengths, codes) only when given such a schema, and
 * parsing with StAEDI is some fifty times faster than Smooks' DFDL parser.
 *
 * <p>Usage: {@code DirectorySchemaGenerator <output folder> <directory>:<MESSAGE>,<MESSAGE>... ...},
 * e.g. {@code target/classes/staedi/edifact d96a:INVOIC,ORDERS d01b:INVOIC}. The pack of each
 * directory must be on the class path. Writes {@code <output>/<directory>/<MESSAGE>.xml} per
 * message and {@value MessageSchemas#INDEX} listing them; a message the directory lacks is
 * skipped with a note. Runs inside Maven ({@code exec:java}), so it never calls
 * {@code System.exit}: failures are exceptions.
 */
public final class DirectorySchemaGenerator {

    private static final Pattern DIRECTORY = Pattern.compile("[a-z]\\d{2}[a-z]");
    private static final Pattern MESSAGE_TYPE = Pattern.compile("[A-Z]{6}");

    private DirectorySchemaGenerator() {
    }

    /**
     * Generates the schemas.
     *
     * @param args output folder, then one or more {@code directory:MESSAGE,MESSAGE} specs
     * @throws IOException when a schema cannot be written
     * @throws IllegalArgumentException when the arguments are malformed
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException(
                    "usage: DirectorySchemaGenerator <output folder> <directory>:<MESSAGE>[,<MESSAGE>...] ...");
        }
        long started = System.nanoTime();
        Path output = Path.of(args[0]);
        List<String> written = new ArrayList<>();
        for (String spec : Arrays.copyOfRange(args, 1, args.length)) {
            written.addAll(generate(output, spec));
        }
        Files.createDirectories(output);
        Files.write(output.resolve(MessageSchemas.INDEX), written, StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "Wrote %d StAEDI schema(s) to %s in %.1f s%n",
                written.size(), output, (System.nanoTime() - started) / 1e9);
    }

    /** Generates one {@code directory:MESSAGE,...} spec; returns the {@code directory/MESSAGE} entries written. */
    private static List<String> generate(Path output, String spec) throws IOException {
        int colon = spec.indexOf(':');
        String directory = colon < 0 ? "" : spec.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!DIRECTORY.matcher(directory).matches()) {
            throw new IllegalArgumentException("not a directory:MESSAGE,... spec: " + spec);
        }
        ClassLoader loader = DirectorySchemaGenerator.class.getClassLoader();
        DirectoryDefinitions definitions = DirectoryDefinitions.read(
                DfdlDocuments.parse(loader, directory + "/EDIFACT-Segments.dfdl.xsd"));
        MessageStructures messages = MessageStructures.read(
                DfdlDocuments.parse(loader, directory + "/EDIFACT-Messages.dfdl.xsd"));
        StaediSchemaWriter writer = new StaediSchemaWriter(definitions, "Smooks edifact-schemas " + directory);

        Path folder = Files.createDirectories(output.resolve(directory));
        List<String> written = new ArrayList<>();
        for (String messageType : spec.substring(colon + 1).split(",")) {
            if (!MESSAGE_TYPE.matcher(messageType).matches()) {
                throw new IllegalArgumentException("not a message type: '" + messageType + "' in " + spec);
            }
            Optional<List<StructureNode>> structure = messages.structure(messageType);
            if (structure.isEmpty()) {
                System.out.println("Note: directory " + directory + " has no message " + messageType + ", skipped");
                continue;
            }
            write(writer, messageType, structure.get(), folder.resolve(messageType + ".xml"));
            written.add(directory + "/" + messageType);
        }
        return written;
    }

    private static void write(StaediSchemaWriter writer, String messageType, List<StructureNode> structure, Path file)
            throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write(messageType, structure, out);
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
