package org.entrepot.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code entrepot} command: the gateway and its tools. */
@Command(name = "entrepot", mixinStandardHelpOptions = true, version = "Entrepot 0.1.0",
        description = "B2B trade document gateway: receive, identify, check, translate, sign, deliver.",
        subcommands = {TranslateCommand.class, SignCommand.class,
                VerifyCommand.class, StatusCommand.class, CommandLine.HelpCommand.class})
public final class Entrepot {

    /** Exit status when a document was refused (the reasons are on stderr). */
    public static final int REJECTED = 1;

    public static void main(String[] args) {
        int status = run(args);
        System.exit(status);
    }

    /** Runs a command without exiting: tests call this. */
    public static int run(String... args) {
        return new CommandLine(new Entrepot()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }
}
