package org.entrepot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.entrepot.check.InterchangeCheck;
import org.entrepot.check.InterchangeReport;
import org.entrepot.check.ack.AckType;
import org.entrepot.check.ack.Acknowledgements;
import org.entrepot.check.ack.ErrorCode;
import org.entrepot.check.directory.MessageSchemas;
import org.entrepot.document.Outcome;
import org.entrepot.document.Rejection;
import org.entrepot.document.Syntax;
import org.entrepot.identify.EdifactEnvelopeReader;
import org.entrepot.identify.Envelope;
import org.entrepot.identify.SyntaxSniffer;
import org.entrepot.identify.X12EnvelopeReader;
import org.entrepot.translate.Translator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entrepot check FILE [--ack TYPE]}: the check stage on one interchange, and the acknowledgement it would earn. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validate an EDIFACT or X12 interchange (envelope, control counts and references, message",
                "structure, element lengths, types and codes) and print the acknowledgement the gateway would send.",
                "Exit 0 when everything is accepted, 1 when any part is rejected (the problems go to stderr),",
                "2 when the acknowledgement asked for does not fit the interchange.",
                "The control reference of the printed acknowledgement is taken from the clock; the gateway numbers",
                "its acknowledgements from its persistent sequence."})
final class CheckCommand implements Callable<Integer> {

    static final int USAGE = 2;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--ack", paramLabel = "TYPE",
            description = {"contrl, ta1, 997 or 999. Default: CONTRL for EDIFACT; for X12 a TA1 when the ISA/IEA",
                    "envelope is broken, otherwise 999 for 005010 and later, 997 before."})
    String ack;

    @Override
    public Integer call() throws Exception {
        byte[] document = Files.readAllBytes(file);
        Syntax syntax = SyntaxSniffer.sniff(document);
        if (syntax != Syntax.EDIFACT && syntax != Syntax.X12) {
            return checkWithoutAcknowledgement(document);
        }
        Outcome<Envelope> envelope = (syntax == Syntax.EDIFACT ? new EdifactEnvelopeReader() : new X12EnvelopeReader()).read(document);
        if (!envelope.isAccepted()) {
            // without a readable UNB or ISA there is nobody to address an acknowledgement to
            TranslateCommand.printRejections(System.err, file, envelope.rejections());
            return Entrepot.REJECTED;
        }
        Optional<AckType> asked = Optional.empty();
        if (ack != null) {
            asked = AckType.ofLabel(ack).filter(type -> Acknowledgements.answers(type, envelope.value()));
            if (asked.isEmpty()) {
                System.err.println("--ack " + ack + " cannot acknowledge " + file + " (" + envelope.value().syntax()
                        + "): use contrl for EDIFACT, ta1, 997 or 999 for X12");
                return USAGE;
            }
        }
        InterchangeReport report = new InterchangeCheck(Translator.transactionSchemas(new MessageSchemas()))
                .report(document, envelope.value());
        AckType type = asked.orElseGet(() -> Acknowledgements.defaultFor(envelope.value(), report));
        System.out.print(new Acknowledgements(Clock.systemUTC(), controlReference(syntax)).write(type, envelope.value(), report));
        System.out.flush();
        if (!report.accepted()) {
            System.err.println(file + ": refused");
            for (Rejection problem : report.problems()) {
                System.err.println("  " + problem + " [" + ErrorCode.of(problem, type) + "]");
            }
            return Entrepot.REJECTED;
        }
        return 0;
    }

    /** X12 wants nine digits (ISA13); EDIFACT takes the readable time stamp it always had. */
    private static Supplier<String> controlReference(Syntax syntax) {
        return () -> {
            ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
            return syntax == Syntax.X12 ? now.format(DateTimeFormatter.ofPattern("DDDHHmmss"))
                    : "C" + now.format(DateTimeFormatter.ofPattern("yyMMddHHmmss"));
        };
    }

    private int checkWithoutAcknowledgement(byte[] document) {
        List<Rejection> problems = TranslateCommand.check(document);
        if (!problems.isEmpty()) {
            TranslateCommand.printRejections(System.err, file, problems);
            return Entrepot.REJECTED;
        }
        System.out.println(file + ": accepted");
        return 0;
    }
}
