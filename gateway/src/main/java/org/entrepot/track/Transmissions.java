package org.entrepot.track;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Where each document for a network channel stands, by transmission id: the guard that makes a
 * try run once. A try that comes off the queue after its transmission was delivered, or after a
 * later try was scheduled (a redelivery after a crash), is recognised here as stale and dropped,
 * so the receiver gets each document once even though the queue delivers at least once.
 */
public final class Transmissions {

    /** Where a transmission stands. */
    public enum Status {
        /** On the queue, first try pending. */
        QUEUED,
        /** A try failed; the next is scheduled. */
        RETRYING,
        /** Transmitted; the receiver's receipt (async MDN) is still to come. */
        SENT,
        DELIVERED,
        /** Every try failed; in the dead-letter queue. */
        DEAD
    }

    /**
     * One transmission.
     *
     * @param generation how often an operator resent it from the dead-letter queue
     * @param attempt    the current try, 1-based
     */
    public record Transmission(String id, String messageId, int index, String receiver, String channel,
                               int generation, int attempt, Status status, Instant updatedAt, String detail) {
    }

    private static final String CREATE = "CREATE TABLE IF NOT EXISTS transmissions ("
            + " transmission_id VARCHAR(120) PRIMARY KEY,"
            + " message_id VARCHAR(100) NOT NULL,"
            + " doc_index INT NOT NULL,"
            + " receiver VARCHAR(64) NOT NULL,"
            + " channel VARCHAR(16) NOT NULL,"
            + " generation INT NOT NULL,"
            + " attempt INT NOT NULL,"
            + " status VARCHAR(16) NOT NULL,"
            + " updated_at TIMESTAMP(9) WITH TIME ZONE NOT NULL,"
            + " detail VARCHAR(2000))";
    private static final String INSERT = "INSERT INTO transmissions (transmission_id, message_id, doc_index, receiver,"
            + " channel, generation, attempt, status, updated_at) SELECT ?, ?, ?, ?, ?, 0, 1, 'QUEUED', ? FROM DUAL"
            + " WHERE NOT EXISTS (SELECT 1 FROM transmissions WHERE transmission_id = ?)";
    private static final String FIND = "SELECT transmission_id, message_id, doc_index, receiver, channel, generation,"
            + " attempt, status, updated_at, detail FROM transmissions WHERE transmission_id = ?";
    private static final String UPDATE = "UPDATE transmissions SET generation = ?, attempt = ?, status = ?,"
            + " updated_at = ?, detail = ? WHERE transmission_id = ?";

    private static final String ADVANCE = "UPDATE transmissions SET attempt = ?, status = ?, updated_at = ?, detail = ?"
            + " WHERE transmission_id = ? AND generation = ? AND attempt = ? AND status IN ('QUEUED', 'RETRYING')";

    private final String url;

    private Transmissions(String url) {
        this.url = url;
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(CREATE);
        } catch (SQLException e) {
            throw new TrackingException("could not prepare the transmissions table", e);
        }
    }

    /** Opens (creating if needed) the register in the data folder's tracking database. */
    public static Transmissions open(Path dataDir) {
        return new Transmissions(TrackingDatabase.url(dataDir));
    }

    /**
     * Records a transmission as queued for its first try, unless it is known already (the
     * processing that queued it was redone).
     *
     * @return whether it is new
     */
    public boolean queued(String id, String messageId, int index, String receiver, String channel, Instant at) {
        try (Connection connection = connect(); PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, id);
            insert.setString(2, messageId);
            insert.setInt(3, index);
            insert.setString(4, receiver);
            insert.setString(5, channel);
            insert.setObject(6, at.atOffset(ZoneOffset.UTC));
            insert.setString(7, id);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new TrackingException("could not record transmission " + id, e);
        }
    }

    public Optional<Transmission> find(String id) {
        try (Connection connection = connect(); PreparedStatement find = connection.prepareStatement(FIND)) {
            find.setString(1, id);
            try (ResultSet row = find.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Transmission(row.getString(1), row.getString(2), row.getInt(3), row.getString(4),
                        row.getString(5), row.getInt(6), row.getInt(7), Status.valueOf(row.getString(8)),
                        row.getObject(9, OffsetDateTime.class).toInstant(), row.getString(10)));
            }
        } catch (SQLException e) {
            throw new TrackingException("could not read transmission " + id, e);
        }
    }

    /**
     * Whether a try taken from the queue is the one the transmission waits for: queued or
     * retrying, same generation, same attempt. Anything else is a stale copy.
     *
     * <p>The next try is queued before the failed one is recorded (so that a crash cannot lose
     * it), and a short backoff can hand it out before that record is written. A try one ahead of
     * the register is therefore due too: it exists only because the one before it failed. The
     * register is moved on to it here, and the late record of the failure then changes nothing
     * ({@link #advance} compares first).
     */
    public boolean isDue(String id, int generation, int attempt) {
        Optional<Transmission> found = find(id).filter(t -> t.status() == Status.QUEUED || t.status() == Status.RETRYING)
                .filter(t -> t.generation() == generation);
        if (found.isEmpty()) {
            return false;
        }
        if (found.get().attempt() == attempt) {
            return true;
        }
        return found.get().attempt() == attempt - 1
                && advance(id, generation, attempt - 1, attempt, Status.RETRYING, found.get().updatedAt(), found.get().detail());
    }

    /**
     * Moves a transmission from try {@code from} to try {@code to}, only if it is still at
     * {@code from} in that generation and not finished.
     *
     * @return whether it moved
     */
    public boolean advance(String id, int generation, int from, int to, Status status, Instant at, String detail) {
        try (Connection connection = connect(); PreparedStatement update = connection.prepareStatement(ADVANCE)) {
            update.setInt(1, to);
            update.setString(2, status.name());
            update.setObject(3, at.atOffset(ZoneOffset.UTC));
            update.setString(4, detail == null ? null : detail.length() > 2000 ? detail.substring(0, 2000) : detail);
            update.setString(5, id);
            update.setInt(6, generation);
            update.setInt(7, from);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new TrackingException("could not move transmission " + id + " on", e);
        }
    }

    /** Moves a transmission on; {@code detail} is the last outcome in a sentence. */
    public void update(String id, int generation, int attempt, Status status, Instant at, String detail) {
        try (Connection connection = connect(); PreparedStatement update = connection.prepareStatement(UPDATE)) {
            update.setInt(1, generation);
            update.setInt(2, attempt);
            update.setString(3, status.name());
            update.setObject(4, at.atOffset(ZoneOffset.UTC));
            update.setString(5, detail == null ? null : detail.length() > 2000 ? detail.substring(0, 2000) : detail);
            update.setString(6, id);
            if (update.executeUpdate() != 1) {
                throw new TrackingException("no transmission " + id, null);
            }
        } catch (SQLException e) {
            throw new TrackingException("could not update transmission " + id, e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "sa", "");
    }
}
