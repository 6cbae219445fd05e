package org.entrepot.bench;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.smooks.Smooks;
import org.smooks.api.ExecutionContext;
import org.smooks.io.sink.WriterSink;
import org.smooks.io.source.ByteSource;
import org.xml.sax.SAXException;

/**
 * Smooks with its EDIFACT cartridge (bench/smooks-edifact-d96a-invoic.xml), built and compiled
 * once per trial: the first parse compiles the DFDL schema (about 30 s, a few seconds from the
 * on-disk cache) and must not be measured.
 *
 * <p>The cartridge writes a fresh temporary folder with a generated entry schema for every
 * message it parses and only asks for it to be deleted at JVM exit (VERSIONS.md, trap 4). The
 * measuring JVM's java.io.tmpdir is a private folder under target/bench, and those folders are
 * removed after every iteration, so a long run cannot fill the disk.
 */
@State(Scope.Benchmark)
public class SmooksCartridge {

    private static final String CONFIG = "bench/smooks-edifact-d96a-invoic.xml";

    private Smooks smooks;

    @Setup(Level.Trial)
    public void compile(Interchange input) throws IOException, SAXException {
        smooks = new Smooks(CONFIG);
        String xml = parseToString(input.bytes);
        // a cartridge that stopped early (bad delimiter, wrong encoding) would look very fast
        int lines = GoodPath.occurrences(xml, "<LIN><E1082>");
        GoodPath.require(lines == input.lines, "the cartridge read " + lines + " lines of " + input.lines);
        GoodPath.require(xml.contains("R\u00fcckfragen"), "the cartridge decoded the UNOC free text wrongly");
    }

    /** Parses the interchange to XML, discarding it; returns the number of characters written. */
    long parse(byte[] interchange) {
        CountingWriter sink = new CountingWriter();
        smooks.filterSource(unoc(), new ByteSource(interchange), new WriterSink<>(sink));
        return sink.written;
    }

    private String parseToString(byte[] interchange) {
        StringWriter out = new StringWriter();
        smooks.filterSource(unoc(), new ByteSource(interchange), new WriterSink<>(out));
        return out.toString();
    }

    /**
     * A context per message, as filterSource(source, sink) would make anyway, telling the parser
     * the interchange's character set: the EDIFACT schemas read UTF-8 unless told otherwise and
     * would turn UNOC's umlauts into replacement characters.
     */
    private ExecutionContext unoc() {
        ExecutionContext context = smooks.createExecutionContext();
        context.setContentEncoding(InvoicInterchange.CHARSET.name());
        return context;
    }

    @TearDown(Level.Iteration)
    public void removeLeakedSchemas() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> folders = Files.list(tmp)) {
            folders.filter(SmooksCartridge::isLeakedSchemaFolder).forEach(SmooksCartridge::delete);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + tmp, e);
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        smooks.close();
        removeLeakedSchemas();
    }

    /** Only folders holding the cartridge's generated entry schema, and nothing else, are touched. */
    private static boolean isLeakedSchemaFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            return !names.isEmpty() && names.stream().allMatch(name -> name.startsWith("EDIFACT-Interchange-"));
        } catch (IOException e) {
            return false;
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder, e);
        }
    }

    /** The XML goes nowhere; counting characters keeps the write honest and cheap. */
    private static final class CountingWriter extends Writer {
        long written;

        @Override
        public void write(char[] buffer, int offset, int length) {
            written += length;
        }

        @Override
        public void write(String text, int offset, int length) {
            written += length;
        }

        @Override
        public void write(int c) {
            written++;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
