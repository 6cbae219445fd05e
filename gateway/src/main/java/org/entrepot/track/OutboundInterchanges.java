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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The interchanges the gateway sent on, and what their receivers acknowledged. An interchange the
 * agreement expects an acknowledgement for carries a due time; {@link #overdue} finds those whose
 * due time passed without one, once each. Rows live in the tracking database, so an interchange
 * sent before a restart is still reconciled, or reported overdue, after it.
 *
 * <p>References are stored as written by the standard's canonical number: X12 writes the same
 * control number zero-padded in ISA13 and plain in GS06 (which a 997 quotes), so leading zeros
 * are dropped for X12.
 */
public final class OutboundInterchanges implements AutoCloseable {

    /** Where an interchange stands with its receiver. */
    public enum Status {
        /** Sent; no acknowledgement expected, or none yet. */
        SENT,
        ACCEPTED,
        /** Accepted with errors noted, or some of its messages rejected. */
        PARTIALLY_ACCEPTED,
        REJECTED,
        /** Received, not yet checked by the partner (CONTRL action 8); the deadline is met. */
        RECEIVED
    }

    /** One interchange we sent, as the overdue watch and the status command see it. */
    public record Sent(String messageId, int index, String sender, String receiver, String standard,
                       String controlReference, Instant sentAt, Instant due, Status status) {
    }

    private static final String CREATE = "CREATE TABLE IF NOT EXISTS outbound_interchanges ("
            + " sender VARCHAR(64) NOT NULL,"
            + " receiver VARCHAR(64) NOT NULL,"
            + " standard VARCHAR(16) NOT NULL,"
            + " control_ref VARCHAR(64) NOT NULL,"
            + " message_id VARCHAR(100) NOT NULL,"
            + " doc_index INT NOT NULL,"
            + " sent_at TIMESTAMP(9) WITH TIME ZONE NOT NULL,"
            + " due_at TIMESTAMP(9) WITH TIME ZONE,"
            + " status VARCHAR(24) NOT NULL,"
            + " ack_message_id VARCHAR(100),"
            + " overdue_reported BOOLEAN DEFAULT FALSE NOT NULL,"
            + " PRIMARY KEY (sender, receiver, standard, control_ref))";
    private static final String INDEX = "CREATE INDEX IF NOT EXISTS outbound_due ON outbound_interchanges (overdue_reported, due_at)";
    private static final String MERGE = "MERGE INTO outbound_interchanges (sender, receiver, standard, control_ref,"
            + " message_id, doc_index, sent_at, due_at, status) KEY (sender, receiver, standard, control_ref)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'SENT')";
    private static final String FIND = "SELECT message_id, doc_index, sender, receiver, standard, control_ref, sent_at, due_at, status"
            + " FROM outbound_interchanges WHERE sender = ? AND receiver = ? AND standard = ? AND control_ref = ?";
    private static final String ACKNOWLEDGE = "UPDATE outbound_interchanges SET status = ?, ack_message_id = ?"
            + " WHERE sender = ? AND receiver = ? AND standard = ? AND control_ref = ?";
    private static final String DUE = "SELECT message_id, doc_index, sender, receiver, standard, control_ref, sent_at, due_at, status"
            + " FROM outbound_interchanges WHERE overdue_reported = FALSE AND status = 'SENT'"
            + " AND due_at IS NOT NULL AND due_at < ? ORDER BY due_at";
    private static final String REPORTED = "UPDATE outbound_interchanges SET overdue_reported = TRUE"
            + " WHERE sender = ? AND receiver = ? AND standard = ? AND control_ref = ? AND overdue_reported = FALSE";

    private final String url;
    private volatile boolean closed;

    private OutboundInterchanges(String url) {
        this.url = url;
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(CREATE);
            statement.execute(INDEX);
        } catch (SQLException e) {
            throw new TrackingException("could not prepare the outbound interchanges table", e);
        }
    }

    /** Opens (creating if needed) the register in the data folder's tracking database. */
    public static OutboundInterchanges open(Path dataDir) {
        return new OutboundInterchanges(TrackingDatabase.url(dataDir));
    }

    /** The reference as stored and compared: X12 control numbers without their padding. */
    public static String canonical(String standard, String controlReference) {
        String reference = controlReference.strip();
        if ("X12".equals(standard)) {
            String unpadded = reference.replaceFirst("^0+(?=.)", "");
            return unpadded;
        }
        return reference;
    }

    /**
     * Records an interchange as sent. Recording it again (the broker redelivering the document
     * that produced it) keeps one row.
     *
     * @param due when its acknowledgement is due, or null when none is expected
     */
    public void sent(String messageId, int index, String sender, String receiver, String standard,
                     String controlReference, Instant sentAt, Instant due) {
        try (Connection connection = connect(); PreparedStatement merge = connection.prepareStatement(MERGE)) {
            merge.setString(1, sender);
            merge.setString(2, receiver);
            merge.setString(3, standard);
            merge.setString(4, canonical(standard, controlReference));
            merge.setString(5, messageId);
            merge.setInt(6, index);
            merge.setObject(7, sentAt.atOffset(ZoneOffset.UTC));
            merge.setObject(8, due == null ? null : due.atOffset(ZoneOffset.UTC));
            merge.executeUpdate();
        } catch (SQLException e) {
            throw new TrackingException("could not record outbound interchange " + controlReference, e);
        }
    }

    /**
     * Marks an interchange acknowledged.
     *
     * @return the interchange, as it was before, or empty when the gateway never sent it
     */
    public Optional<Sent> acknowledge(String sender, String receiver, String standard, String controlReference,
                                      Status status, String ackMessageId) {
        String reference = canonical(standard, controlReference);
        try (Connection connection = connect()) {
            Optional<Sent> sent = find(connection, sender, receiver, standard, reference);
            if (sent.isPresent()) {
                try (PreparedStatement update = connection.prepareStatement(ACKNOWLEDGE)) {
                    update.setString(1, status.name());
                    update.setString(2, ackMessageId);
                    update.setString(3, sender);
                    update.setString(4, receiver);
                    update.setString(5, standard);
                    update.setString(6, reference);
                    update.executeUpdate();
                }
            }
            return sent;
        } catch (SQLException e) {
            throw new TrackingException("could not reconcile interchange " + controlReference, e);
        }
    }

    /** The interchange, if the gateway sent it. */
    public Optional<Sent> find(String sender, String receiver, String standard, String controlReference) {
        try (Connection connection = connect()) {
            return find(connection, sender, receiver, standard, canonical(standard, controlReference));
        } catch (SQLException e) {
            throw new TrackingException("could not look up interchange " + controlReference, e);
        }
    }

    /**
     * Interchanges whose acknowledgement is overdue at {@code now} and not reported yet; each is
     * marked reported as it is returned, so a second watch (or a second gateway node) never
     * reports it again.
     */
    public List<Sent> overdue(Instant now) {
        List<Sent> due = new ArrayList<>();
        try (Connection connection = connect()) {
            try (PreparedStatement query = connection.prepareStatement(DUE)) {
                query.setObject(1, now.atOffset(ZoneOffset.UTC));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        due.add(row(rows));
                    }
                }
            }
            List<Sent> claimed = new ArrayList<>();
            try (PreparedStatement mark = connection.prepareStatement(REPORTED)) {
                for (Sent sent : due) {
                    mark.setString(1, sent.sender());
                    mark.setString(2, sent.receiver());
                    mark.setString(3, sent.standard());
                    mark.setString(4, sent.controlReference());
                    if (mark.executeUpdate() == 1) {
                        claimed.add(sent);
                    }
                }
            }
            return claimed;
        } catch (SQLException e) {
            throw new TrackingException("could not look for overdue acknowledgements", e);
        }
    }

    @Override
    public void close() {
        closed = true;
    }

    private static Optional<Sent> find(Connection connection, String sender, String receiver, String standard,
                                       String reference) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(FIND)) {
            query.setString(1, sender);
            query.setString(2, receiver);
            query.setString(3, standard);
            query.setString(4, reference);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(row(rows)) : Optional.empty();
            }
        }
    }

    private static Sent row(ResultSet rows) throws SQLException {
        OffsetDateTime due = rows.getObject(8, OffsetDateTime.class);
        return new Sent(rows.getString(1), rows.getInt(2), rows.getString(3), rows.getString(4), rows.getString(5),
                rows.getString(6), rows.getObject(7, OffsetDateTime.class).toInstant(),
                due == null ? null : due.toInstant(), Status.valueOf(rows.getString(9)));
    }

    private Connection connect() throws SQLException {
        if (closed) {
            throw new IllegalStateException("the outbound interchange register is closed");
        }
        return DriverManager.getConnection(url, "sa", "");
    }
}
