package org.entrepot.deliver.sftp;

import java.io.IOException;
import java.io.InputStream;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.sftp.client.SftpClient.Attributes;
import org.apache.sshd.sftp.client.SftpClient.DirEntry;
import org.entrepot.deliver.ChannelContext;
import org.entrepot.deliver.DeliveryFailure;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.entrepot.receive.InboundDocument;
import org.entrepot.receive.Receipts;
import org.entrepot.track.MessageIds;
import org.entrepot.track.Quarantine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches a bank's reports (pain.002, camt.054) from its {@code poll} folder and hands each to
 * the {@link org.entrepot.receive.Intake}, as sent by that bank: the pinned host key is what
 * authenticates it. A file is removed from the bank's server (or moved to {@code processed})
 * only after the intake has it safe on the queue; if the gateway stops in between, the next poll
 * fetches the file again with the same transport id (folder, name, size and modification time),
 * and the pipeline's duplicate register refuses the second copy.
 *
 * <p>A file the gateway will not take (a name that is not a plain file name, more bytes than the
 * size limit, empty) is quarantined with its reason once per run and left on the server: nothing
 * the bank wrote is deleted unread. A poll that fails is logged and counted in {@link #status()};
 * the next one tries again.
 */
final class BankPoller {

    private static final Logger LOG = LoggerFactory.getLogger(BankPoller.class);
    /** Files taken per poll, so one huge folder cannot hold a poll for hours; the rest come next time. */
    static final int FILES_PER_POLL = 200;

    /** How the last polls went. */
    record Status(Instant lastSuccess, int consecutiveFailures, String lastFailure, long fetched, long refused) {
    }

    private final String bank;
    private final SftpSettings settings;
    private final String folder;
    private final SshClient client;
    private final Supplier<KeyPair> key;
    private final ChannelContext context;
    private final PaymentStatusLink payments;
    private final Quarantine quarantine;
    private final Receipts receipts;
    private final Set<String> refusedThisRun = ConcurrentHashMap.newKeySet();
    private volatile Status status = new Status(null, 0, null, 0, 0);

    BankPoller(String bank, SftpSettings settings, SshClient client, Supplier<KeyPair> key, ChannelContext context,
               PaymentStatusLink payments) {
        this.bank = bank;
        this.settings = settings;
        this.folder = settings.poll().orElseThrow(() -> new IllegalArgumentException(bank + " has no poll folder"));
        this.client = client;
        this.key = key;
        this.context = context;
        this.payments = payments;
        this.quarantine = new Quarantine(context.config().dataDir(), context.clock());
        this.receipts = new Receipts(context.tracking(), context.clock());
    }

    String bank() {
        return bank;
    }

    Status status() {
        return status;
    }

    /** One poll; never throws, so a scheduler keeps calling it. */
    void pollOnce() {
        Status before = status;
        try (BankConnection connection = BankConnection.open(client, settings, key.get())) {
            int fetched = 0;
            int refused = 0;
            for (DirEntry entry : listing(connection)) {
                Outcome outcome = takeOrSkip(connection, entry);
                fetched += outcome == Outcome.FETCHED ? 1 : 0;
                refused += outcome == Outcome.REFUSED ? 1 : 0;
            }
            status = new Status(context.clock().instant(), 0, null, before.fetched() + fetched, before.refused() + refused);
        } catch (DeliveryFailure e) {
            failed(before, e.describe());
        } catch (RuntimeException e) {
            failed(before, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void failed(Status before, String why) {
        status = new Status(before.lastSuccess(), before.consecutiveFailures() + 1, why, before.fetched(), before.refused());
        int failures = status.consecutiveFailures();
        // a bank that is down for hours fills no log: the 1st, 2nd, 4th, 8th… failure in a row is a warning
        if (Integer.bitCount(failures) == 1) {
            LOG.warn("polling {}:{} of bank {} failed ({} in a row): {}", settings.address(), folder, bank, failures, why);
        } else {
            LOG.debug("polling {}:{} of bank {} failed ({} in a row): {}", settings.address(), folder, bank, failures, why);
        }
    }

    private enum Outcome { FETCHED, REFUSED, SKIPPED }

    private List<DirEntry> listing(BankConnection connection) throws DeliveryFailure {
        List<DirEntry> files = new ArrayList<>();
        try {
            for (DirEntry entry : connection.sftp().readDir(folder)) {
                String name = entry.getFilename();
                if (".".equals(name) || "..".equals(name)
                        || name != null && RemoteFileName.problem(name).isEmpty() && RemoteFileName.inProgress(name)) {
                    continue; // the folder itself, or a file the bank is still writing
                }
                if (entry.getAttributes() != null && entry.getAttributes().isDirectory()) {
                    continue;
                }
                files.add(entry);
                if (files.size() == FILES_PER_POLL) {
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            throw connection.failure("list " + folder, e);
        }
        files.sort(DirEntry.BY_CASE_SENSITIVE_FILENAME);
        return files;
    }

    /**
     * One file; a file the server refuses to hand over (permission denied, gone meanwhile) must not
     * hold up the others, so only a broken connection ends the poll.
     */
    private Outcome takeOrSkip(BankConnection connection, DirEntry entry) throws DeliveryFailure {
        try {
            return take(connection, entry);
        } catch (DeliveryFailure e) {
            if (e.kind() != DeliveryFailure.Kind.REFUSED) {
                throw e;
            }
            LOG.warn("bank {}: skipped {} this time: {}", bank, RemoteFileName.printable(String.valueOf(entry.getFilename())),
                    e.describe());
            return Outcome.SKIPPED;
        }
    }

    private Outcome take(BankConnection connection, DirEntry entry) throws DeliveryFailure {
        String name = entry.getFilename();
        Attributes attributes = entry.getAttributes();
        String transportId = transportId(name == null ? "" : name, attributes);
        Map<String, String> metadata = metadata(name == null ? "" : name, transportId);
        Optional<String> nameProblem = RemoteFileName.problem(name);
        if (nameProblem.isPresent()) {
            return refuse(transportId, metadata, Reason.UNSAFE_FILE_NAME, "the bank's file '"
                    + RemoteFileName.printable(name == null ? "" : name) + "' in " + folder + " was not fetched: "
                    + nameProblem.get() + "; it is left on the bank's server");
        }
        if (attributes != null && !attributes.isRegularFile()) {
            return Outcome.SKIPPED; // a link or a device: not a report
        }
        int limit = context.config().maxDocumentBytes();
        if (attributes != null && attributes.getSize() > limit) {
            return refuse(transportId, metadata, Reason.DOCUMENT_TOO_LARGE,
                    tooLarge(name, Long.toString(attributes.getSize()), limit));
        }
        String path = SftpSettings.in(folder, name);
        byte[] content = readAtMost(connection, path, limit);
        if (content == null) {
            return refuse(transportId, metadata, Reason.DOCUMENT_TOO_LARGE, tooLarge(name, "more than " + limit, limit));
        }
        if (content.length == 0) {
            return refuse(transportId, metadata, Reason.EMPTY_DOCUMENT, "the bank's file '" + name + "' in " + folder
                    + " is empty; it is left on the bank's server");
        }
        InboundDocument document = new InboundDocument(MessageIds.next(), content, metadata);
        context.intake().submit(document); // throws if not queued: the file stays for the next poll
        payments.answered(bank, document.messageId(), content);
        dispose(connection, name, path);
        LOG.info("fetched {} from bank {} as {}", RemoteFileName.printable(name), bank, document.messageId());
        return Outcome.FETCHED;
    }

    private String tooLarge(String name, String size, int limit) {
        return "the bank's file '" + name + "' in " + folder + " has " + size + " bytes, the limit is " + limit
                + "; it is left on the bank's server";
    }

    private Outcome refuse(String transportId, Map<String, String> metadata, Reason reason, String sentence) {
        if (!refusedThisRun.add(transportId)) {
            return Outcome.SKIPPED;
        }
        String messageId = MessageIds.next();
        List<Rejection> rejections = List.of(Rejection.of(reason, sentence));
        quarantine.put(messageId, new byte[0], metadata, rejections);
        receipts.refused(messageId, rejections);
        LOG.warn("bank {}: {} ({}, quarantine record {})", bank, sentence, reason, messageId);
        return Outcome.REFUSED;
    }

    /** Confirms the file to the bank the SFTP way: it is gone from the folder it was fetched from. */
    private void dispose(BankConnection connection, String name, String path) {
        try {
            if (settings.processed().isPresent()) {
                RemotePlacement.replace(connection.sftp(), path, SftpSettings.in(settings.processed().get(), name));
            } else {
                connection.sftp().remove(path);
            }
        } catch (IOException e) {
            // the document is queued; a second fetch of it is caught as a duplicate by its transport id
            LOG.warn("bank {}: {} is queued but could not be removed from the server: {}", bank, path, e.getMessage());
        }
    }

    private static byte[] readAtMost(BankConnection connection, String path, int limit) throws DeliveryFailure {
        try (InputStream in = connection.sftp().read(path)) {
            byte[] content = in.readNBytes(limit);
            return in.read() < 0 ? content : null;
        } catch (IOException e) {
            throw connection.failure("read " + path, e);
        }
    }

    private Map<String, String> metadata(String name, String transportId) {
        Map<String, String> metadata = new HashMap<>();
        metadata.put(InboundDocument.CHANNEL, SftpChannel.NAME);
        metadata.put(InboundDocument.AUTHENTICATED_PARTNER, bank);
        metadata.put(InboundDocument.RECEIVED_AT, context.clock().instant().toString());
        metadata.put(InboundDocument.TRANSPORT_MESSAGE_ID, transportId);
        metadata.put(InboundDocument.FILE_NAME, RemoteFileName.printable(name));
        metadata.put(InboundDocument.REMOTE_ADDRESS, settings.host());
        return metadata;
    }

    /**
     * The same file fetched twice gets the same id: where it was, its name, size and modification
     * time. A bank that writes a new report under an old name changes at least the time.
     */
    private String transportId(String name, Attributes attributes) {
        long size = attributes == null ? -1 : attributes.getSize();
        long modified = attributes == null || attributes.getModifyTime() == null ? -1
                : attributes.getModifyTime().toMillis();
        return "sftp:" + settings.host() + ":" + folder + "/" + name + ":" + size + ":" + modified;
    }
}
