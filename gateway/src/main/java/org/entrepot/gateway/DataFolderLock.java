package org.entrepot.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One gateway per data folder. Two gateways writing one broker journal would corrupt it, so a
 * gateway holds an exclusive lock on {@code <data>/gateway.lock} while it runs. The operating
 * system releases the lock when the process dies, so a crash never leaves a stale lock behind.
 * Read-only tools (the status command reading tracking) do not take it.
 */
final class DataFolderLock implements AutoCloseable {

    static final String FILE_NAME = "gateway.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * @param dataDir the gateway's data folder, which must exist
     * @return the held lock
     * @throws IllegalStateException if another gateway, in this process or another, holds it
     */
    static DataFolderLock acquire(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new IllegalStateException("another gateway is running on the data folder " + dataDir);
            }
            return new DataFolderLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            close(channel);
            throw new IllegalStateException("another gateway in this process is running on the data folder " + dataDir, e);
        } catch (IOException e) {
            close(channel);
            throw new UncheckedIOException("cannot lock the data folder " + dataDir, e);
        } catch (RuntimeException e) {
            close(channel);
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the lock was never held; nothing depends on closing this cleanly
            }
        }
    }
}
