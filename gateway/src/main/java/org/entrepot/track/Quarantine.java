package org.entrepot.track;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.entrepot.document.Rejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where rejected documents wait, with the reasons they were refused, so that nothing a partner
 * sent is lost and an operator can look at it, fix the configuration and resend.
 *
 * <p>Each document is two files in {@code dataDir/quarantine}: {@code <messageId>.bin} with the
 * bytes exactly as received, and {@code <messageId>.properties} with the metadata, the time and
 * the reasons (see {@link QuarantineRecord} for the format). Both are written atomically, bytes
 * first: the sidecar is what makes a document visible, so a crash between the two leaves an
 * orphan {@code .bin} that is never listed rather than a record without content.
 *
 * <p>Quarantining the same message id again replaces the earlier record.
 */
public final class Quarantine {

    private static final Logger LOG = LoggerFactory.getLogger(Quarantine.class);
    private static final String CONTENT = ".bin";
    private static final String SIDECAR = ".properties";

    private final Path folder;
    private final Clock clock;

    /** @param dataDir the gateway's data folder; files go under {@code dataDir/quarantine} */
    public Quarantine(Path dataDir) {
        this(dataDir, Clock.systemUTC());
    }

    /**
     * @param dataDir the gateway's data folder
     * @param clock gives the quarantine time
     */
    public Quarantine(Path dataDir, Clock clock) {
        this.folder = dataDir.resolve("quarantine");
        this.clock = clock;
    }

    /**
     * Keeps a rejected document.
     *
     * @param messageId the gateway's id of the document; letters, digits, {@code . _ -}, 1 to 100
     * @param bytes the document exactly as received
     * @param metadata channel metadata; any keys and values (entries with a {@code null} key or
     *     value are left out)
     * @param reasons why it was refused
     * @return the record as {@link #get(String)} will return it
     * @throws UncheckedIOException if the files cannot be written
     */
    public QuarantinedDocument put(String messageId, byte[] bytes, Map<String, String> metadata,
            List<Rejection> reasons) {
        StorageNames.requireName("message id", messageId);
        Instant at = clock.instant();
        byte[] sidecar = QuarantineRecord.write(messageId, at, metadata, reasons);
        try {
            AtomicFile.write(folder.resolve(messageId + CONTENT), bytes);
            AtomicFile.write(folder.resolve(messageId + SIDECAR), sidecar);
            return QuarantineRecord.read(sidecar);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot quarantine " + messageId, e);
        }
    }

    /**
     * Every quarantined document, newest first. A sidecar that cannot be read (edited by hand,
     * say) is skipped with a warning so that it does not hide the others.
     *
     * @return the records
     */
    public List<QuarantinedDocument> list() {
        List<QuarantinedDocument> documents = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return documents;
        }
        try (DirectoryStream<Path> sidecars = Files.newDirectoryStream(folder, "*" + SIDECAR)) {
            for (Path sidecar : sidecars) {
                String name = sidecar.getFileName().toString();
                String messageId = name.substring(0, name.length() - SIDECAR.length());
                if (StorageNames.isName(messageId)) {
                    readOrSkip(sidecar).ifPresent(documents::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the quarantine " + folder, e);
        }
        documents.sort(Comparator.comparing(QuarantinedDocument::at)
                .thenComparing(QuarantinedDocument::messageId).reversed());
        return documents;
    }

    /**
     * One quarantined document.
     *
     * @param messageId the gateway's id of the document
     * @return its record, or empty if it is not in quarantine
     * @throws UncheckedIOException if its sidecar exists but cannot be read
     */
    public Optional<QuarantinedDocument> get(String messageId) {
        Path sidecar = sidecar(messageId);
        if (!Files.exists(sidecar)) {
            return Optional.empty();
        }
        try {
            return Optional.of(QuarantineRecord.read(Files.readAllBytes(sidecar)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the quarantine record " + sidecar, e);
        }
    }

    /**
     * The bytes of a quarantined document, exactly as received.
     *
     * @param messageId the gateway's id of the document
     * @return the bytes
     * @throws NoSuchElementException if the document is not in quarantine
     * @throws UncheckedIOException if its content cannot be read
     */
    public byte[] content(String messageId) {
        if (!Files.exists(sidecar(messageId))) {
            throw new NoSuchElementException("no quarantined document " + messageId);
        }
        Path content = folder.resolve(messageId + CONTENT);
        try {
            return Files.readAllBytes(content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the quarantined content " + content, e);
        }
    }

    private Path sidecar(String messageId) {
        StorageNames.requireName("message id", messageId);
        return folder.resolve(messageId + SIDECAR);
    }

    private static Optional<QuarantinedDocument> readOrSkip(Path sidecar) {
        try {
            return Optional.of(QuarantineRecord.read(Files.readAllBytes(sidecar)));
        } catch (IOException e) {
            LOG.warn("skipping unreadable quarantine record {}: {}", sidecar, e.getMessage());
            return Optional.empty();
        }
    }
}
