package org.entrepot.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.entrepot.check.InterchangeCheck;
import org.entrepot.check.directory.MessageSchemas;
import org.entrepot.document.Outcome;
import org.entrepot.identify.EdifactEnvelopeReader;
import org.entrepot.identify.Envelope;
import org.entrepot.identify.EnvelopeReader;
import org.entrepot.identify.SyntaxSniffer;
import org.entrepot.identify.X12EnvelopeReader;
import org.entrepot.identify.XmlEnvelopeReader;
import org.entrepot.document.Rejection;
import org.entrepot.translate.Format;
import org.entrepot.translate.MappingCatalog;
import org.entrepot.translate.Target;
import org.entrepot.translate.TranslatedDocument;
import org.entrepot.translate.Translator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entrepot translate FILE --to FORMAT}: one translation, no partner configuration needed. */
@Command(name = "translate",
        description = {"Translate a document into another format using the mappings.",
                "Exit 0 on success; 1 with the coded reasons and positions on stderr when the document is refused."})
final class TranslateCommand implements Callable<Integer> {

    // --version names the X12 version to write here, so picocli's standard -V/--version is left out
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Parameters(index = "0", paramLabel = "FILE", description = "the document to translate (EDIFACT, X12 or XML)")
    Path file;

    @Option(names = "--to", required = true, paramLabel = "FORMAT",
            description = "target format: xml (the family's XML: UBL, ISO 20022 or ours), ubl, cii, iso20022, entrepot, edifact or x12")
    String to;

    @Option(names = "--directory", paramLabel = "DIR", description = "EDIFACT directory to write, e.g. D96A or D01B")
    String directory;

    @Option(names = "--version", paramLabel = "VERSION",
            description = "version to write: X12 (e.g. 004010, 5010), UBL (2.1) or ISO 20022 (e.g. pain.001.001.09)")
    String version;

    @Option(names = "--message", paramLabel = "MESSAGE",
            description = "message to write where the format has several for the document, e.g. 315 instead of 214")
    String message;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "write here instead of stdout; further documents of a multi-message interchange go to OUT-2, OUT-3…")
    Path output;

    @Option(names = "--mappings", paramLabel = "DIR", description = "mappings folder (default: the mappings packaged with the gateway)")
    Path mappingsDir;

    @Override
    public Integer call() throws IOException {
        Format format = Format.byName(to).orElse(null);
        if (format == null) {
            System.err.println("unknown format '" + to + "': use xml, ubl, cii, iso20022, entrepot, edifact or x12");
            return 2;
        }
        if (directory != null && version != null) {
            System.err.println("--directory and --version name the same thing; give one");
            return 2;
        }
        Target target = new Target(format, normalisedVersion(format, directory != null ? directory : version), message);
        byte[] source = Files.readAllBytes(file);
        List<Rejection> problems = check(source);
        if (!problems.isEmpty()) {
            printRejections(System.err, file, problems);
            return Entrepot.REJECTED;
        }
        try (MappingCatalog mappings = mappingsDir == null ? MappingCatalog.packaged() : MappingCatalog.load(mappingsDir)) {
            Outcome<List<TranslatedDocument>> outcome = new Translator(mappings).translate(source, target);
            if (!outcome.isAccepted()) {
                printRejections(System.err, file, outcome.rejections());
                return Entrepot.REJECTED;
            }
            write(outcome.value());
            return 0;
        }
    }

    /** X12 versions are written as in GS08 (005010); people often say 5010. */
    private static String normalisedVersion(Format format, String asked) {
        if (asked == null) {
            return "";
        }
        String v = asked.strip();
        return format == Format.X12 && v.matches("\\d{4}") ? "00" + v : v;
    }

    private void write(List<TranslatedDocument> documents) throws IOException {
        for (int i = 0; i < documents.size(); i++) {
            byte[] content = documents.get(i).content();
            if (output == null) {
                System.out.write(content);
                System.out.println();
            } else {
                Path target = i == 0 ? output : output.resolveSibling(output.getFileName() + "-" + (i + 1));
                Files.write(target, content);
                System.err.println("wrote " + target + " (" + documents.get(i).format().id() + " "
                        + documents.get(i).messageType() + ")");
            }
        }
        System.out.flush();
    }

    /** The check stage, as the gateway runs it before translating: envelope, syntax and structure. */
    static List<Rejection> check(byte[] source) {
        EnvelopeReader reader = switch (SyntaxSniffer.sniff(source)) {
            case EDIFACT -> new EdifactEnvelopeReader();
            case X12 -> new X12EnvelopeReader();
            case XML -> new XmlEnvelopeReader();
            case UNKNOWN -> null;
        };
        if (reader == null) {
            return List.of();
        }
        Outcome<Envelope> envelope = reader.read(source);
        if (!envelope.isAccepted()) {
            return envelope.rejections();
        }
        return new InterchangeCheck(Translator.transactionSchemas(new MessageSchemas())).check(source, envelope.value());
    }

    static void printRejections(PrintStream err, Path file, List<Rejection> rejections) {
        err.println(file + ": refused");
        for (Rejection rejection : rejections) {
            err.println("  " + rejection);
        }
    }
}
