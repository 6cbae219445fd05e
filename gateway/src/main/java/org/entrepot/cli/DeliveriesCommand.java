package org.entrepot.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.entrepot.track.HeldDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code entrepot deliveries list|show|resend}: the dead-letter queue of network deliveries. */
@Command(name = "deliveries", mixinStandardHelpOptions = true,
        description = "The dead-letter queue: documents every try to deliver failed for; show one, or resend it.",
        subcommands = {DeliveriesCommand.List.class, DeliveriesCommand.Show.class, DeliveriesCommand.Resend.class})
final class DeliveriesCommand {

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Dead-lettered deliveries, oldest first: id, receiver, channel, tries, last failure.")
    static final class List implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Override
        public Integer call() {
            for (HeldDocuments.Held held : HeldDocuments.deadLetters(data.dataDir).list()) {
                System.out.printf("%s  %s  %s to %s  %d tries  %s%s%n", held.heldAt(), held.transmissionId(),
                        held.channel(), held.receiver(), held.attempts(), held.reason(),
                        held.resendRequested() ? "  (resend requested)" : "");
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Everything known about one dead letter.")
    static final class Show implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID", description = "transmission id (<message id>-<output>)")
        String id;

        @Mixin
        DataOptions data;

        @Override
        public Integer call() {
            Optional<HeldDocuments.Held> found = HeldDocuments.deadLetters(data.dataDir).get(id);
            if (found.isEmpty()) {
                System.err.println("no dead letter " + id);
                return Entrepot.REJECTED;
            }
            HeldDocuments.Held held = found.get();
            System.out.println("transmission " + held.transmissionId() + ", dead-lettered " + held.heldAt());
            System.out.println("  document: message " + held.messageId() + ", output " + held.index() + ", " + held.name()
                    + " (" + held.format() + ")");
            System.out.println("  to: " + held.receiver() + " by " + held.channel() + " under agreement " + held.agreementId());
            System.out.println("  tries: " + held.attempts() + (held.generation() > 0 ? ", resent " + held.generation()
                    + " time(s) before" : ""));
            System.out.println("  last failure: " + held.reason());
            System.out.println("  history: entrepot status " + held.messageId());
            if (held.resendRequested()) {
                System.out.println("  a resend is requested; the running gateway picks it up within a second");
            }
            return 0;
        }
    }

    /**
     * Sends a dead letter on its way again from the first try, with the channel settings the
     * gateway runs with now (fix the partner file and restart first if they were the cause). The
     * transmission keeps its id, so an AS2 receiver sees the same Message-ID.
     */
    @Command(name = "resend", mixinStandardHelpOptions = true,
            description = {"Send a dead letter again, from the first try, with the current partner settings.",
                    "A running gateway picks it up within a second; otherwise the next one to start does."})
    static final class Resend implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID", description = "transmission id, as deliveries list shows it")
        String id;

        @Mixin
        DataOptions data;

        @Override
        public Integer call() {
            if (!HeldDocuments.deadLetters(data.dataDir).requestResend(id)) {
                System.err.println("no dead letter " + id);
                return Entrepot.REJECTED;
            }
            System.out.println("resend of " + id + " requested");
            return 0;
        }
    }
}
