package org.entrepot.deliver.as2;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.entrepot.track.TrackingDatabase;

/**
 * What the AS2 channel must remember across restarts, in the gateway's tracking database: the
 * MIC of every message sent with an asynchronous MDN still to come (so the MDN can be checked
 * when it arrives, days later or after a restart), and the Message-IDs received from each
 * partner (so a replay is answered as such).
 */
final class MdnLedger {

    /** A message awaiting its asynchronous MDN. */
    record Pending(String messageId, String transmissionId, String partner, String mic) {
    }

    private final String url;

    MdnLedger(Path dataDir) {
        this.url = TrackingDatabase.url(dataDir);
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS AS2_PENDING_MDN (MESSAGE_ID VARCHAR(300) PRIMARY KEY,"
                    + " TRANSMISSION_ID VARCHAR(100) NOT NULL, PARTNER VARCHAR(64) NOT NULL, MIC VARCHAR(200) NOT NULL,"
                    + " SENT_AT TIMESTAMP WITH TIME ZONE NOT NULL)");
            statement.execute("CREATE TABLE IF NOT EXISTS AS2_RECEIVED (PARTNER VARCHAR(64) NOT NULL,"
                    + " MESSAGE_ID VARCHAR(300) NOT NULL, RECEIVED_AT TIMESTAMP WITH TIME ZONE NOT NULL,"
                    + " PRIMARY KEY (PARTNER, MESSAGE_ID))");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the AS2 tables in " + url + ": " + e.getMessage(), e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "sa", "");
    }

    /** Records (or, for a retry, replaces) what an asynchronous MDN for {@code messageId} must confirm. */
    void expect(Pending pending, Instant sentAt) {
        try (Connection connection = connect();
             PreparedStatement merge = connection.prepareStatement("MERGE INTO AS2_PENDING_MDN"
                     + " (MESSAGE_ID, TRANSMISSION_ID, PARTNER, MIC, SENT_AT) KEY (MESSAGE_ID) VALUES (?, ?, ?, ?, ?)")) {
            merge.setString(1, pending.messageId());
            merge.setString(2, pending.transmissionId());
            merge.setString(3, pending.partner());
            merge.setString(4, pending.mic());
            merge.setTimestamp(5, Timestamp.from(sentAt));
            merge.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the pending MDN of " + pending.messageId() + ": " + e.getMessage(), e);
        }
    }

    Optional<Pending> pending(String messageId) {
        try (Connection connection = connect();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT TRANSMISSION_ID, PARTNER, MIC FROM AS2_PENDING_MDN WHERE MESSAGE_ID = ?")) {
            select.setString(1, messageId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new Pending(messageId, rows.getString(1), rows.getString(2), rows.getString(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the pending MDN of " + messageId + ": " + e.getMessage(), e);
        }
    }

    /** Forgets a pending MDN once it arrived; true when this call removed it (a second copy then is ignored). */
    boolean settle(String messageId) {
        try (Connection connection = connect();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM AS2_PENDING_MDN WHERE MESSAGE_ID = ?")) {
            delete.setString(1, messageId);
            return delete.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot settle the MDN of " + messageId + ": " + e.getMessage(), e);
        }
    }

    /** Whether the partner sent this Message-ID before. */
    boolean received(String partner, String messageId) {
        try (Connection connection = connect();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT 1 FROM AS2_RECEIVED WHERE PARTNER = ? AND MESSAGE_ID = ?")) {
            select.setString(1, partner);
            select.setString(2, messageId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read received Message-ID " + messageId + ": " + e.getMessage(), e);
        }
    }

    /** Records a received Message-ID; false when the partner sent it before (a replay or a retry). */
    boolean firstReceipt(String partner, String messageId, Instant at) {
        try (Connection connection = connect();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO AS2_RECEIVED (PARTNER, MESSAGE_ID, RECEIVED_AT) VALUES (?, ?, ?)")) {
            insert.setString(1, partner);
            insert.setString(2, messageId);
            insert.setTimestamp(3, Timestamp.from(at));
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (e.getErrorCode() == org.h2.api.ErrorCode.DUPLICATE_KEY_1) {
                return false;
            }
            throw new IllegalStateException("cannot record received Message-ID " + messageId + ": " + e.getMessage(), e);
        }
    }
}
