package org.entrepot.track;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Documents for a network channel held in the data folder, one folder each: the dead-letter
 * queue ({@code data/dead-letters/}, every try failed, waiting for an operator) and the
 * documents sent whose receipt is still to come ({@code data/awaiting-receipt/}, so that a
 * negative asynchronous MDN can still send them again). Plain files, so an operator can read
 * them with the CLI whether the gateway runs or not, and a {@code resend} marker file written
 * by the CLI is how a resend reaches a running gateway.
 */
public final class HeldDocuments {

    /** The dead-letter queue's folder under the data folder. */
    public static final String DEAD_LETTERS = "dead-letters";
    /** Sent documents waiting for their receipt. */
    public static final String AWAITING_RECEIPT = "awaiting-receipt";

    private static final Pattern ID = Pattern.compile("[0-9A-Z]{26}-[0-9]{1,6}");
    private static final String RECORD = "held.properties";
    private static final String CONTENT = "content";
    private static final String SIGNATURE = "signature.p7s";
    private static final String RESEND = "resend";

    /**
     * One held document.
     *
     * @param transmissionId messageId-index, the folder's name
     * @param format         the document format's enum name
     * @param attempts       tries made so far
     * @param reason         the last failure, {@code KIND: sentence}; empty for a document awaiting its receipt
     */
    public record Held(String transmissionId, String messageId, int index, String receiver, String agreementId,
                       String channel, String name, String format, int generation, int attempts, String reason,
                       Instant heldAt, boolean resendRequested) {
    }

    private final Path folder;

    private HeldDocuments(Path folder) {
        this.folder = folder;
    }

    public static HeldDocuments deadLetters(Path dataDir) {
        return new HeldDocuments(dataDir.resolve(DEAD_LETTERS));
    }

    public static HeldDocuments awaitingReceipt(Path dataDir) {
        return new HeldDocuments(dataDir.resolve(AWAITING_RECEIPT));
    }

    /** Holds a document; holding it again replaces what was held. */
    public void put(Held held, byte[] content, byte[] signature) {
        Path dir = dir(held.transmissionId());
        try {
            Files.createDirectories(dir);
            write(dir.resolve(CONTENT), content);
            if (signature != null) {
                write(dir.resolve(SIGNATURE), signature);
            } else {
                Files.deleteIfExists(dir.resolve(SIGNATURE));
            }
            Properties record = new Properties();
            record.setProperty("transmissionId", held.transmissionId());
            record.setProperty("messageId", held.messageId());
            record.setProperty("index", Integer.toString(held.index()));
            record.setProperty("receiver", held.receiver());
            record.setProperty("agreement", held.agreementId());
            record.setProperty("channel", held.channel());
            record.setProperty("name", held.name());
            record.setProperty("format", held.format());
            record.setProperty("generation", Integer.toString(held.generation()));
            record.setProperty("attempts", Integer.toString(held.attempts()));
            record.setProperty("reason", held.reason());
            record.setProperty("heldAt", held.heldAt().toString());
            Path temporary = dir.resolve(RECORD + ".part");
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                record.store(out, "held document");
            }
            Files.move(temporary, dir.resolve(RECORD), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hold " + held.transmissionId() + " in " + folder, e);
        }
    }

    /** Every held document, oldest first; a folder that is not a complete record is skipped. */
    public List<Held> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Held> held = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(folder)) {
            for (Path dir : dirs) {
                get(dir.getFileName().toString()).ifPresent(held::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        held.sort(Comparator.comparing(Held::heldAt).thenComparing(Held::transmissionId));
        return held;
    }

    public Optional<Held> get(String transmissionId) {
        if (!ID.matcher(transmissionId).matches()) {
            return Optional.empty();
        }
        Path dir = folder.resolve(transmissionId);
        Path record = dir.resolve(RECORD);
        if (!Files.isRegularFile(record)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(record, StandardCharsets.UTF_8)) {
            p.load(in);
            return Optional.of(new Held(p.getProperty("transmissionId"), p.getProperty("messageId"),
                    Integer.parseInt(p.getProperty("index")), p.getProperty("receiver"), p.getProperty("agreement"),
                    p.getProperty("channel"), p.getProperty("name"), p.getProperty("format"),
                    Integer.parseInt(p.getProperty("generation")), Integer.parseInt(p.getProperty("attempts")),
                    p.getProperty("reason", ""), Instant.parse(p.getProperty("heldAt")),
                    Files.exists(dir.resolve(RESEND))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public byte[] content(String transmissionId) {
        return read(dir(transmissionId).resolve(CONTENT)).orElseThrow(
                () -> new IllegalArgumentException("nothing held as " + transmissionId));
    }

    /** @return the detached signature, or empty */
    public Optional<byte[]> signature(String transmissionId) {
        return read(dir(transmissionId).resolve(SIGNATURE));
    }

    /**
     * Asks a running gateway (or the next one to start) to send a held document again.
     *
     * @return false when nothing is held under that id
     */
    public boolean requestResend(String transmissionId) {
        if (get(transmissionId).isEmpty()) {
            return false;
        }
        try {
            Files.writeString(dir(transmissionId).resolve(RESEND), Instant.now().toString());
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot mark " + transmissionId + " for resending", e);
        }
    }

    /** Lets go of a held document (it was resent, or its receipt came). */
    public void release(String transmissionId) {
        Path dir = dir(transmissionId);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release " + transmissionId, e);
        }
    }

    private Path dir(String transmissionId) {
        if (!ID.matcher(transmissionId).matches()) {
            throw new IllegalArgumentException("not a transmission id: " + transmissionId);
        }
        return folder.resolve(transmissionId);
    }

    private static Optional<byte[]> read(Path file) {
        try {
            return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".part");
        Files.write(temporary, bytes);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
