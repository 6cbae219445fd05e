package org.entrepot.deliver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The directory channel: a receiver's documents land in {@code <outbox>/<receiver id>/}, each
 * with its detached signature beside it ({@code <name>.p7s}). Files appear atomically (written
 * under a temporary name, then renamed), so a partner polling the folder never reads half a file.
 * File names are built from the gateway's own message id, never from anything a partner sent.
 */
public final class OutboxDelivery {

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}");

    private final Path outbox;

    public OutboxDelivery(Path outbox) {
        this.outbox = outbox.toAbsolutePath().normalize();
    }

    /**
     * Delivers one document (and its signature, when there is one) to a receiver's folder.
     * Delivering the same name again replaces the file, so a redelivered message after a crash
     * leaves one copy, not two.
     *
     * @return the paths written, document first
     */
    public List<Path> deliver(String receiverId, String name, byte[] document, byte[] signature) {
        requireSafe(receiverId, "receiver id");
        requireSafe(name, "file name");
        Path folder = outbox.resolve(receiverId);
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            if (signature != null) {
                // the signature first: a file watcher that sees the document can rely on the signature
                written.add(write(folder, name + ".p7s", signature));
            }
            written.add(0, write(folder, name, document));
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot deliver " + name + " to " + folder, e);
        }
    }

    /**
     * Delivers a reply (an acknowledgement) into a fixed sub-folder of the partner's folder, so a
     * partner's business documents and the answers to what it sent never mix.
     */
    public List<Path> deliverReply(String partnerId, String subFolder, String name, byte[] content) {
        requireSafe(partnerId, "partner id");
        requireSafe(subFolder, "folder name");
        requireSafe(name, "file name");
        Path folder = outbox.resolve(partnerId).resolve(subFolder);
        try {
            Files.createDirectories(folder);
            return List.of(write(folder, name, content));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot deliver " + name + " to " + folder, e);
        }
    }

    private static Path write(Path folder, String name, byte[] bytes) throws IOException {
        Path target = folder.resolve(name);
        Path temporary = folder.resolve("." + name + ".part");
        Files.write(temporary, bytes);
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private static void requireSafe(String value, String what) {
        if (value == null || !SAFE_NAME.matcher(value).matches() || value.contains("..")) {
            throw new IllegalArgumentException("unsafe " + what + ": " + value);
        }
    }
}
