package org.entrepot.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code entrepot} command: the gateway and its tools. */
@Command(name = "entrepot", mixinStandardHelpOptions = true, version = "Entrepot 0.1.0",
        description = "B2B trade document gateway: receive, identify, check, translate, sign, deliver.",
        subcommands = {ServeCommand.class, DemoCommand.class, TranslateCommand.class, CheckCommand.class, SignCommand.class,
                CertsCommand.class,
                VerifyCommand.class, StatusCommand.class, QuarantineCommand.class, DeliveriesCommand.class,
                CommandLine.HelpCommand.class})
public final class Entrepot {

    /** Exit status when a document was refused (the reasons are on stderr). */
    public static final int REJECTED = 1;

    /**
     * StAEDI reports through java.util.logging, at INFO, every unused type of its bundled X12
     * control schema; that is noise for an operator. Held here because JUL keeps loggers weakly.
     */
    private static final java.util.logging.Logger STAEDI_LOG = quiet("io.xlate.edi");

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    public static void main(String[] args) {
        int status = run(args);
        System.exit(status);
    }

    /** Runs a command without exiting: tests call this. */
    public static int run(String... args) {
        return new CommandLine(new Entrepot()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }
}
