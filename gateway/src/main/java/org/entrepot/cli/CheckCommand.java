package org.entrepot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.entrepot.check.ContrlWriter;
import org.entrepot.check.InterchangeCheck;
import org.entrepot.check.InterchangeReport;
import org.entrepot.check.directory.MessageSchemas;
import org.entrepot.document.Outcome;
import org.entrepot.document.Syntax;
import org.entrepot.identify.EdifactEnvelopeReader;
import org.entrepot.identify.Envelope;
import org.entrepot.identify.SyntaxSniffer;
import org.entrepot.translate.Translator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code entrepot check FILE}: the check stage on one interchange, and the CONTRL it would earn. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validate an EDIFACT interchange (envelope, counts, message structure, element lengths",
                "and codes) and print the CONTRL the gateway would answer with.",
                "Exit 0 when everything is accepted, 1 when any part is rejected (the problems go to stderr).",
                "X12 acknowledgements (TA1/997/999) are not written yet: for X12 only the problems are printed."})
final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() throws Exception {
        byte[] document = Files.readAllBytes(file);
        if (SyntaxSniffer.sniff(document) != Syntax.EDIFACT) {
            List<org.entrepot.document.Rejection> problems = TranslateCommand.check(document);
            if (!problems.isEmpty()) {
                TranslateCommand.printRejections(System.err, file, problems);
                return Entrepot.REJECTED;
            }
            System.out.println(file + ": accepted");
            return 0;
        }
        Outcome<Envelope> envelope = new EdifactEnvelopeReader().read(document);
        if (!envelope.isAccepted()) {
            // without a readable UNB there is nobody to address a CONTRL to
            TranslateCommand.printRejections(System.err, file, envelope.rejections());
            return Entrepot.REJECTED;
        }
        InterchangeReport report = new InterchangeCheck(Translator.transactionSchemas(new MessageSchemas()))
                .report(document, envelope.value());
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        boolean syntax4 = "4".equals(envelope.value().syntaxVersion());
        System.out.print(ContrlWriter.write(envelope.value(), report, "C" + now.format(DateTimeFormatter.ofPattern("yyMMddHHmmss")),
                now.format(DateTimeFormatter.ofPattern(syntax4 ? "yyyyMMdd" : "yyMMdd")), now.format(DateTimeFormatter.ofPattern("HHmm"))));
        if (!report.accepted()) {
            TranslateCommand.printRejections(System.err, file, report.problems());
            return Entrepot.REJECTED;
        }
        return 0;
    }
}
