package org.entrepot.track;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that readers see either nothing or all of it, even across a crash: the bytes
 * go to a temporary file in the same folder, are forced to disk, and the file is then renamed
 * into place (a rename within a folder is atomic on the file systems we support).
 */
final class AtomicFile {

    /**
     * Temporary names start with this. It is outside the allowed characters of message ids and
     * step names, so a left-over temporary file can never be mistaken for a stored one.
     */
    static final String TEMPORARY_PREFIX = "~";

    private AtomicFile() {
    }

    /**
     * Writes the bytes to the target, replacing an existing file; creates missing folders.
     *
     * @throws IOException if writing or renaming fails; the target is then unchanged
     */
    static void write(Path target, byte[] bytes) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, TEMPORARY_PREFIX, ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                // evidence must survive a power cut once we say it is stored
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException failure) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException cleanupFailure) {
                failure.addSuppressed(cleanupFailure);
            }
            throw failure;
        }
    }
}
