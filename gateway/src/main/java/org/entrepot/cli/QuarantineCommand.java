package org.entrepot.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.entrepot.track.Quarantine;
import org.entrepot.track.QuarantinedDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entrepot quarantine list|show|release}: the documents the gateway refused, and a way back in. */
@Command(name = "quarantine", mixinStandardHelpOptions = true,
        description = "List refused documents with their reasons, show one, or release one for processing again.",
        subcommands = {QuarantineCommand.List.class, QuarantineCommand.Show.class, QuarantineCommand.Release.class})
final class QuarantineCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Refused documents, newest first, with their first reason.")
    static final class List implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Override
        public Integer call() {
            for (QuarantinedDocument document : new Quarantine(data.dataDir).list()) {
                System.out.printf("%s  %s  %s%n", document.at(), document.messageId(),
                        document.reasons().isEmpty() ? "-" : document.reasons().get(0));
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Every reason and the channel metadata of one refused document.")
    static final class Show implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID", description = "message id")
        String messageId;

        @Mixin
        DataOptions data;

        @Override
        public Integer call() {
            Optional<QuarantinedDocument> found = find(data.dataDir, messageId);
            if (found.isEmpty()) {
                return Entrepot.REJECTED;
            }
            QuarantinedDocument document = found.get();
            System.out.println("message " + document.messageId() + ", quarantined " + document.at());
            document.metadata().forEach((key, value) -> System.out.println("  " + key + ": " + value));
            document.reasons().forEach(reason -> System.out.println("  reason: " + reason));
            return 0;
        }
    }

    /**
     * Puts a refused document back through the gateway once its cause is fixed (a partner or
     * agreement added, a mapping corrected): its bytes go into the inbox, where a running gateway
     * takes them as a new document with a new message id and full tracking.
     */
    @Command(name = "release", mixinStandardHelpOptions = true,
            description = {"Put a refused document back into the inbox, once the cause is fixed;",
                    "the running gateway processes it again as a new message."})
    static final class Release implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID", description = "message id")
        String messageId;

        @Option(names = "--inbox", paramLabel = "DIR", description = "inbox folder (default: <data>/inbox)")
        Path inbox;

        @Mixin
        DataOptions data;

        @Override
        public Integer call() throws IOException {
            if (find(data.dataDir, messageId).isEmpty()) {
                return Entrepot.REJECTED;
            }
            byte[] content = new Quarantine(data.dataDir).content(messageId);
            if (content.length == 0) {
                System.err.println("message " + messageId + " has no kept content (it was refused unread, e.g. as too large)");
                return Entrepot.REJECTED;
            }
            Path folder = inbox != null ? inbox : data.dataDir.resolve("inbox");
            Files.createDirectories(folder);
            // the gateway's own id names the file: nothing from the partner becomes a path
            Path part = folder.resolve(messageId + "-released.part");
            Files.write(part, content);
            Path target = folder.resolve(messageId + "-released.edi");
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            System.out.println("released " + messageId + " into " + target);
            return 0;
        }
    }

    private static Optional<QuarantinedDocument> find(Path dataDir, String messageId) {
        Optional<QuarantinedDocument> found;
        try {
            found = new Quarantine(dataDir).get(messageId);
        } catch (IllegalArgumentException e) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            System.err.println("no quarantined document " + messageId);
        }
        return found;
    }
}
