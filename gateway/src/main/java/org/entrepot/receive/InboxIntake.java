package org.entrepot.receive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.entrepot.track.MessageIds;
import org.entrepot.track.Quarantine;

/**
 * Takes one file out of the inbox: gives it a message id and either returns it as a document to
 * queue, or, when it is empty or too large, quarantines it with the reason and returns nothing.
 *
 * <p>The size limit is kept while reading, not just checked beforehand, so a file that grows
 * after it was listed still cannot make the gateway hold more than the limit in memory. A file
 * over the limit is not read at all: it is moved, as it is, to
 * {@code <data>/inbox-rejected/<messageId>.bin}, and its quarantine record (with empty content)
 * says where it went. Nothing a partner dropped is deleted unread.
 */
public final class InboxIntake {

    /** The channel name in metadata and tracking. */
    public static final String CHANNEL = "inbox";
    /** Metadata key of a quarantine record: where an oversized file was moved, relative to the data folder. */
    public static final String KEPT_AS = "keptAs";
    /** Folder, inside the data folder, for files too large to quarantine in memory. */
    public static final String REJECTED_FOLDER = "inbox-rejected";

    private final Path dataDir;
    private final int maxBytes;
    private final Quarantine quarantine;
    private final Receipts receipts;
    private final Clock clock;

    /**
     * @param dataDir the gateway's data folder
     * @param maxBytes the largest document accepted
     * @param quarantine where refused files go
     * @param receipts records the refusals
     * @param clock dates the receipt
     */
    public InboxIntake(Path dataDir, int maxBytes, Quarantine quarantine, Receipts receipts, Clock clock) {
        this.dataDir = dataDir;
        this.maxBytes = maxBytes;
        this.quarantine = quarantine;
        this.receipts = receipts;
        this.clock = clock;
    }

    /**
     * @param file a file in the inbox, no longer being written
     * @return the document to queue, or empty if the file was refused and quarantined
     * @throws IOException if the file cannot be read or moved; it then stays in the inbox
     */
    public Optional<InboundDocument> take(Path file) throws IOException {
        String messageId = MessageIds.next();
        Map<String, String> metadata = new HashMap<>();
        metadata.put(InboundDocument.CHANNEL, CHANNEL);
        // the name only: a path would tell the later stages where the gateway keeps its files
        metadata.put(InboundDocument.FILE_NAME, file.getFileName().toString());
        metadata.put(InboundDocument.RECEIVED_AT, clock.instant().toString());

        byte[] content = Files.size(file) > maxBytes ? null : readAtMost(file, maxBytes);
        if (content == null) {
            setAsideOversized(messageId, file, metadata);
            return Optional.empty();
        }
        if (content.length == 0) {
            refuse(messageId, content, metadata, Rejection.of(Reason.EMPTY_DOCUMENT, "the file is empty"));
            return Optional.empty();
        }
        return Optional.of(new InboundDocument(messageId, content, metadata));
    }

    private void setAsideOversized(String messageId, Path file, Map<String, String> metadata) throws IOException {
        long size = Files.size(file);
        Path keptAs = dataDir.resolve(REJECTED_FOLDER).resolve(messageId + ".bin");
        Files.createDirectories(keptAs.getParent());
        Files.move(file, keptAs); // a rename, or a copy when the inbox is on another file system
        metadata.put(KEPT_AS, dataDir.relativize(keptAs).toString());
        refuse(messageId, new byte[0], metadata, Rejection.of(Reason.DOCUMENT_TOO_LARGE,
                "the file has " + size + " bytes, the limit is " + maxBytes + "; it is kept as " + keptAs));
    }

    private void refuse(String messageId, byte[] content, Map<String, String> metadata, Rejection rejection) {
        quarantine.put(messageId, content, metadata, List.of(rejection));
        receipts.refused(messageId, List.of(rejection));
    }

    /** @return the file's bytes, or {@code null} if it holds more than {@code limit} */
    static byte[] readAtMost(Path file, int limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] content = in.readNBytes(limit);
            return in.read() < 0 ? content : null;
        }
    }
}
