package org.entrepot.check;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import org.entrepot.track.TrackingDatabase;
import org.h2.api.ErrorCode;

/**
 * The interchanges the gateway has taken on, by sender and control reference (UNB 0020, ISA13,
 * UBL {@code cbc:ID}), so a partner's resend of an interchange already accepted is caught
 * instead of delivered twice.
 *
 * <p>The claims live in the tracking database ({@code <data>/tracking/entrepot}, opened with
 * {@code AUTO_SERVER} like the tracking store) in their own table, so they survive a restart.
 * The primary key (sender, reference) makes a claim atomic: of two documents claiming the same
 * interchange at once, exactly one insert succeeds.
 *
 * <p>Each call opens its own short-lived connection, so an instance holds nothing between calls
 * and needs no close hook in the flow that uses it; while the gateway runs, its tracking store
 * keeps the database open and such a connection is cheap.
 */
public final class DuplicateInterchanges implements AutoCloseable {

    /** References longer than this are stored as their SHA-256; real ones are 14 characters or fewer. */
    static final int MAX_REFERENCE = 255;

    private static final int CLAIM_ATTEMPTS = 3;

    private static final String CREATE = "CREATE TABLE IF NOT EXISTS accepted_interchanges ("
            + " sender VARCHAR(255) NOT NULL,"
            + " control_ref VARCHAR(" + MAX_REFERENCE + ") NOT NULL,"
            + " message_id VARCHAR(100) NOT NULL,"
            + " accepted_at TIMESTAMP(9) WITH TIME ZONE NOT NULL,"
            + " PRIMARY KEY (sender, control_ref))";
    private static final String INSERT = "INSERT INTO accepted_interchanges"
            + " (sender, control_ref, message_id, accepted_at) VALUES (?, ?, ?, ?)";
    private static final String HOLDER = "SELECT message_id FROM accepted_interchanges WHERE sender = ? AND control_ref = ?";
    private static final String RELEASE = "DELETE FROM accepted_interchanges"
            + " WHERE sender = ? AND control_ref = ? AND message_id = ?";

    private final String url;
    private volatile boolean closed;

    private DuplicateInterchanges(String url) {
        this.url = url;
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(CREATE);
        } catch (SQLException e) {
            throw new IllegalStateException("could not prepare the accepted interchanges table in " + url, e);
        }
    }

    /**
     * Opens (creating if needed) the claims in the tracking database of the data folder.
     *
     * @param dataDir the gateway's data folder
     * @return the open register
     * @throws IllegalStateException if the database cannot be opened
     */
    public static DuplicateInterchanges open(Path dataDir) {
        return new DuplicateInterchanges(TrackingDatabase.url(dataDir));
    }

    /**
     * Claims an interchange for a message. The same message claiming again (the broker
     * redelivering it after a crash) is not a duplicate.
     *
     * @param senderPartnerId the sender's partner id
     * @param controlReference the interchange control reference
     * @param messageId the gateway's id of the document claiming it
     * @return empty if the interchange is now this message's; otherwise the id of the earlier message that holds it
     */
    public Optional<String> claim(String senderPartnerId, String controlReference, String messageId) {
        String reference = key(controlReference);
        try (Connection connection = connect()) {
            for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
                if (insert(connection, senderPartnerId, reference, messageId)) {
                    return Optional.empty();
                }
                Optional<String> holder = holder(connection, senderPartnerId, reference);
                if (holder.isPresent()) {
                    return holder.filter(earlier -> !earlier.equals(messageId));
                }
                // released between our insert and our read: try again
            }
            throw new IllegalStateException("interchange " + controlReference + " from " + senderPartnerId
                    + " kept changing hands while " + messageId + " claimed it");
        } catch (SQLException e) {
            throw new IllegalStateException("could not claim interchange " + controlReference + " from " + senderPartnerId, e);
        }
    }

    /**
     * Gives an interchange up again if this message holds it, so a corrected resend with the
     * same reference is accepted. A claim held by another message is left alone.
     *
     * @param senderPartnerId the sender's partner id
     * @param controlReference the interchange control reference
     * @param messageId the message that claimed it
     */
    public void release(String senderPartnerId, String controlReference, String messageId) {
        try (Connection connection = connect(); PreparedStatement delete = connection.prepareStatement(RELEASE)) {
            delete.setString(1, senderPartnerId);
            delete.setString(2, key(controlReference));
            delete.setString(3, messageId);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not release interchange " + controlReference + " from " + senderPartnerId, e);
        }
    }

    /** Refuses further calls; there is nothing held open to release. */
    @Override
    public void close() {
        closed = true;
    }

    private Connection connect() throws SQLException {
        if (closed) {
            throw new IllegalStateException("the duplicate interchange register is closed");
        }
        return DriverManager.getConnection(url, "sa", "");
    }

    private static boolean insert(Connection connection, String sender, String reference, String messageId)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, sender);
            insert.setString(2, reference);
            insert.setString(3, messageId);
            insert.setObject(4, Instant.now().atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DUPLICATE_KEY_1) {
                return false;
            }
            throw e;
        }
    }

    private static Optional<String> holder(Connection connection, String sender, String reference) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(HOLDER)) {
            query.setString(1, sender);
            query.setString(2, reference);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    /** The reference as stored: itself, or its SHA-256 when it is longer than a column holds. */
    static String key(String controlReference) {
        if (controlReference.length() <= MAX_REFERENCE) {
            return controlReference;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(controlReference.getBytes(StandardCharsets.UTF_8));
            return "sha-256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
