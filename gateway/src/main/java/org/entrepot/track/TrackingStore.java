package org.entrepot.track;

import java.nio.file.Path;
import java.sql.Connection;
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
import java.util.regex.Pattern;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The tracking events of every document, in an embedded H2 database.
 *
 * <p>The database file lives in the data folder and is opened with H2's {@code AUTO_SERVER}
 * mode: the first process to open it (normally the running gateway) serves it to later ones
 * (the {@code entrepot status} CLI) over a TCP port it writes into the lock file next to the
 * database, so both can use it at once. H2 listens on all interfaces, but the port only serves
 * a client that presents the random key from that lock file, so access still depends on being
 * able to read the data folder. A gateway that wants the port off the network entirely starts
 * with the system property {@code h2.bindAddress=127.0.0.1}.
 *
 * <p>The store is safe for concurrent use: each call borrows a connection from a small pool, so
 * consumer threads record in parallel without sharing a connection.
 */
public final class TrackingStore implements AutoCloseable {

    /** Interchange references longer than this are cut; real ones (UNB 0020, ISA13) are 14 or fewer. */
    static final int MAX_INTERCHANGE_REF = 255;
    /** Detail lines longer than this are cut with an ellipsis; a line this long is no longer short. */
    static final int MAX_DETAIL = 4000;

    private static final int MAX_CONNECTIONS = 8;
    private static final Pattern MEMORY_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private static final String INSERT = "INSERT INTO tracking_event"
            + " (message_id, interchange_ref, event_type, occurred_at, detail) VALUES (?, ?, ?, ?, ?)";

    // every message that has the key as its id or as an interchange reference, all of its events
    private static final String HISTORY = "SELECT message_id, interchange_ref, event_type, occurred_at, detail"
            + " FROM tracking_event WHERE message_id IN ("
            + "   SELECT CAST(? AS VARCHAR) UNION SELECT message_id FROM tracking_event WHERE interchange_ref = ?)"
            + " ORDER BY occurred_at, id";

    // a message's latest event, with its latest known interchange reference (later events,
    // e.g. a REJECTED from a stage that never saw the envelope, may not carry one)
    private static final String LATEST = "SELECT e.message_id, e.event_type, e.occurred_at, e.detail,"
            + " COALESCE(e.interchange_ref, (SELECT r.interchange_ref FROM tracking_event r"
            + "   WHERE r.message_id = e.message_id AND r.interchange_ref IS NOT NULL"
            + "   ORDER BY r.occurred_at DESC, r.id DESC FETCH FIRST ROW ONLY)) AS interchange_ref"
            + " FROM tracking_event e";

    private static final String RECENT = LATEST
            + " WHERE NOT EXISTS (SELECT 1 FROM tracking_event later WHERE later.message_id = e.message_id"
            + "   AND (later.occurred_at, later.id) > (e.occurred_at, e.id))"
            + " ORDER BY e.occurred_at DESC, e.id DESC FETCH FIRST ? ROWS ONLY";

    private static final String STATUS = LATEST
            + " WHERE e.message_id = ? ORDER BY e.occurred_at DESC, e.id DESC FETCH FIRST ROW ONLY";

    private final JdbcConnectionPool pool;
    private final boolean inMemory;
    private volatile boolean closed;

    private TrackingStore(String url, boolean inMemory) {
        this.pool = JdbcConnectionPool.create(url, "sa", "");
        this.pool.setMaxConnections(MAX_CONNECTIONS);
        this.inMemory = inMemory;
        try (Connection connection = pool.getConnection()) {
            TrackingSchema.migrate(connection);
        } catch (SQLException e) {
            pool.dispose();
            throw new TrackingException("could not prepare the tracking database " + url, e);
        }
    }

    /**
     * Opens (creating if needed) the tracking database {@code dataDir/tracking/entrepot}. Several
     * stores, in this process or others, may hold the same folder open at once.
     *
     * @param dataDir the gateway's data folder
     * @return the open store; close it when done
     * @throws TrackingException if the database cannot be opened or migrated
     */
    public static TrackingStore open(Path dataDir) {
        return new TrackingStore(TrackingDatabase.url(dataDir), false);
    }

    /**
     * Opens a private in-memory database for tests. It lives until this store is closed; stores
     * opened with the same name in one process share it.
     *
     * @param name letters, digits, {@code _} and {@code -}, at most 64
     * @return the open store
     */
    public static TrackingStore inMemory(String name) {
        if (name == null || !MEMORY_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("in-memory database name must match " + MEMORY_NAME + ": " + name);
        }
        return new TrackingStore("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", true);
    }

    /**
     * Records one event and commits it.
     *
     * @param event the event
     * @throws TrackingException if the database refuses it
     * @throws IllegalStateException if the store is closed
     */
    public void record(TrackingEvent event) {
        recordAll(List.of(event));
    }

    /**
     * Records several events in one transaction: all are kept or none. A stage that finishes a
     * document records its events together so the hot path pays one commit, not one per event.
     *
     * @param events the events, in the order they happened
     * @throws TrackingException if the database refuses them; none is then kept
     */
    public void recordAll(List<TrackingEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        try (Connection connection = borrow()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (TrackingEvent event : events) {
                    insert.setString(1, event.messageId());
                    insert.setString(2, clip(event.interchangeRef(), MAX_INTERCHANGE_REF));
                    insert.setString(3, event.type().name());
                    insert.setObject(4, event.at().atOffset(ZoneOffset.UTC));
                    insert.setString(5, clip(event.detail(), MAX_DETAIL));
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
            } catch (SQLException | RuntimeException failure) {
                rollback(connection, failure);
                throw failure;
            }
        } catch (SQLException e) {
            throw new TrackingException("could not record " + events.size() + " tracking event(s)", e);
        }
    }

    /**
     * The full history of every document whose message id or interchange reference is the key.
     * An interchange reference can match several documents (a partner reusing references, or a
     * resend); their events are all returned.
     *
     * @param messageIdOrInterchangeRef a message id or an interchange reference
     * @return the events, oldest first (ties in time in the order they were recorded); empty if none
     */
    public List<TrackingEvent> history(String messageIdOrInterchangeRef) {
        try (Connection connection = reader();
                PreparedStatement query = connection.prepareStatement(HISTORY)) {
            query.setString(1, messageIdOrInterchangeRef);
            // cut like a recorded reference, so an over-long one still finds itself
            query.setString(2, clip(messageIdOrInterchangeRef, MAX_INTERCHANGE_REF));
            List<TrackingEvent> events = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    events.add(new TrackingEvent(rows.getString("message_id"), rows.getString("interchange_ref"),
                            EventType.valueOf(rows.getString("event_type")), instant(rows), rows.getString("detail")));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new TrackingException("could not read the history of " + messageIdOrInterchangeRef, e);
        }
    }

    /**
     * The documents with the most recent activity, each with its latest event.
     *
     * @param limit how many documents at most; 0 gives an empty list
     * @return newest activity first
     */
    public List<DocumentStatus> recent(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        try (Connection connection = reader();
                PreparedStatement query = connection.prepareStatement(RECENT)) {
            query.setInt(1, limit);
            return statuses(query);
        } catch (SQLException e) {
            throw new TrackingException("could not read recent documents", e);
        }
    }

    /**
     * Where one document stands.
     *
     * @param messageId the gateway's id of the document
     * @return its latest event, or empty if nothing was recorded for it
     */
    public Optional<DocumentStatus> status(String messageId) {
        try (Connection connection = reader();
                PreparedStatement query = connection.prepareStatement(STATUS)) {
            query.setString(1, messageId);
            return statuses(query).stream().findFirst();
        } catch (SQLException e) {
            throw new TrackingException("could not read the status of " + messageId, e);
        }
    }

    /**
     * Releases the connections. An in-memory database is dropped, even if another store in this
     * process opened it under the same name.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (inMemory) {
                try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                    statement.execute("SHUTDOWN");
                }
            }
        } catch (SQLException e) {
            throw new TrackingException("could not shut the in-memory tracking database down", e);
        } finally {
            pool.dispose();
        }
    }

    private Connection borrow() throws SQLException {
        if (closed) {
            throw new IllegalStateException("the tracking store is closed");
        }
        return pool.getConnection();
    }

    private Connection reader() throws SQLException {
        Connection connection = borrow();
        // a pooled connection may come back in any mode; reads need no transaction of their own
        connection.setAutoCommit(true);
        return connection;
    }

    private static List<DocumentStatus> statuses(PreparedStatement query) throws SQLException {
        List<DocumentStatus> statuses = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                statuses.add(new DocumentStatus(rows.getString("message_id"), rows.getString("interchange_ref"),
                        EventType.valueOf(rows.getString("event_type")), instant(rows), rows.getString("detail")));
            }
        }
        return statuses;
    }

    private static Instant instant(ResultSet rows) throws SQLException {
        return rows.getObject("occurred_at", OffsetDateTime.class).toInstant();
    }

    private static void rollback(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    private static String clip(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never leave half a character behind
        }
        return text.substring(0, end) + "…";
    }
}
