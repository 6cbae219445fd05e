package org.entrepot.track;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The interchange control numbers the gateway puts on outbound interchanges (EDIFACT UNB 0020,
 * X12 ISA13), one sequence per sender partner, receiver partner and standard.
 *
 * <p><b>Why persistent.</b> A receiver uses the control number to detect duplicates and gaps;
 * a counter that restarted at 1 with the gateway would make a partner discard fresh interchanges
 * as resends. The sequences therefore live in the tracking database
 * ({@code dataDir/tracking/entrepot}, opened like {@link TrackingStore}, in its own table), and
 * each number is taken in one SQL statement that increments and returns the row, so two
 * threads, or the gateway and another process sharing the database through H2's
 * {@code AUTO_SERVER} mode, never receive the same number. H2 normally writes a commit to its
 * file up to half a second later; a number lost that way with a crashed process would be handed
 * out again, so each number is written to the file ({@code CHECKPOINT}) before it is returned.
 * That survives the process dying; it does not force the operating system to the disk, so a
 * power loss right after can still lose the last numbers.
 *
 * <p><b>Rollover.</b> After the largest value the standard's element can carry
 * ({@link Standard#maximum()}) the next number is 1 again. Partners expect this; a sequence that
 * long takes years to wrap, so a repeat can only be confused with a resend that old.
 *
 * <p><b>Gaps.</b> Numbers handed out are consecutive: no number is skipped and none repeats
 * (until rollover). But a number the caller takes and then does not send is a gap the partner
 * will see. Callers must avoid that by allocating a number only once the interchange is complete
 * and about to be written, not when they start building it.
 *
 * <p>The table is created idempotently on open ({@code CREATE TABLE IF NOT EXISTS}); it is kept
 * out of {@code schema_version} so that the tracking schema's versions stay its own.
 */
public final class ControlNumbers implements AutoCloseable {

    /** An interchange standard and the range of its control number. */
    public enum Standard {
        /** UNB 0020 is an..14; the gateway uses digits only, so 14 nines. */
        EDIFACT(99_999_999_999_999L),
        /** ISA13 is n9, always written with all nine digits. */
        X12(999_999_999L);

        private final long maximum;

        Standard(long maximum) {
            this.maximum = maximum;
        }

        /** The largest control number; the one after it is 1. */
        public long maximum() {
            return maximum;
        }
    }

    /** Partner ids longer than this are refused; real ones (UNB 0004/0010, ISA06/08) are 35 or fewer. */
    static final int MAX_PARTNER_ID = 255;

    private static final int MAX_CONNECTIONS = 8;
    /** Waiting threads queue on the row lock; a second is too short under a busy commit. */
    private static final int LOCK_TIMEOUT_MILLIS = 10_000;
    /** Two first uses racing to insert the row: the loser retries the increment once it exists. */
    private static final int MAX_ATTEMPTS = 5;
    private static final String DUPLICATE_KEY = "23505";

    private static final String CREATE = "CREATE TABLE IF NOT EXISTS control_numbers ("
            + " sender VARCHAR(" + MAX_PARTNER_ID + ") NOT NULL,"
            + " receiver VARCHAR(" + MAX_PARTNER_ID + ") NOT NULL,"
            + " standard VARCHAR(10) NOT NULL,"
            + " last_value BIGINT NOT NULL,"
            + " PRIMARY KEY (sender, receiver, standard))";

    // one statement: the row lock makes the increment and the read one atomic step
    private static final String INCREMENT = "SELECT last_value FROM FINAL TABLE ("
            + "UPDATE control_numbers SET last_value = CASE WHEN last_value >= ? THEN 1 ELSE last_value + 1 END"
            + " WHERE sender = ? AND receiver = ? AND standard = ?)";

    private static final String FIRST = "INSERT INTO control_numbers (sender, receiver, standard, last_value)"
            + " VALUES (?, ?, ?, 1)";

    // H2 writes commits to its file up to half a second later; a number handed out and then
    // lost with a crashed process would be handed out again, so it is written before it is returned
    private static final String FLUSH = "CHECKPOINT";

    /** Which number each delivered document got, so a redelivered document gets the same one again. */
    private static final String CREATE_USES = "CREATE TABLE IF NOT EXISTS control_number_uses ("
            + " message_id VARCHAR(100) NOT NULL,"
            + " doc_index INT NOT NULL,"
            + " standard VARCHAR(10) NOT NULL,"
            + " sender VARCHAR(" + MAX_PARTNER_ID + ") NOT NULL,"
            + " receiver VARCHAR(" + MAX_PARTNER_ID + ") NOT NULL,"
            + " number BIGINT NOT NULL,"
            + " PRIMARY KEY (message_id, doc_index, standard))";
    private static final String USED = "SELECT number FROM control_number_uses"
            + " WHERE message_id = ? AND doc_index = ? AND standard = ?";
    private static final String USE = "INSERT INTO control_number_uses"
            + " (message_id, doc_index, standard, sender, receiver, number) VALUES (?, ?, ?, ?, ?, ?)";

    private static final String SEED = "MERGE INTO control_numbers (sender, receiver, standard, last_value)"
            + " KEY (sender, receiver, standard) VALUES (?, ?, ?, ?)";

    private final JdbcConnectionPool pool;
    private volatile boolean closed;

    private ControlNumbers(String url) {
        this.pool = JdbcConnectionPool.create(url, "sa", "");
        this.pool.setMaxConnections(MAX_CONNECTIONS);
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(CREATE);
            statement.execute(CREATE_USES);
        } catch (SQLException e) {
            pool.dispose();
            throw new TrackingException("could not prepare the control numbers in " + url, e);
        }
    }

    /**
     * Opens (creating if needed) the control number table in the tracking database
     * {@code dataDir/tracking/entrepot}. A {@link TrackingStore} and other processes may hold
     * the same database open at the same time.
     *
     * @param dataDir the gateway's data folder
     * @return the open sequences; close them when done
     * @throws TrackingException if the database cannot be opened
     */
    public static ControlNumbers open(Path dataDir) {
        return new ControlNumbers(TrackingDatabase.url(dataDir, "LOCK_TIMEOUT=" + LOCK_TIMEOUT_MILLIS));
    }

    /**
     * Takes the next control number from one partner pair's sequence and commits it: once this
     * returns, no caller anywhere receives the same number until the sequence rolls over. Take
     * it only when the interchange is complete; a number taken and not sent is a gap.
     *
     * @param sender the sending partner's id
     * @param receiver the receiving partner's id
     * @param standard the standard of the interchange; each standard counts on its own
     * @return 1 on first use, then one more than the last, 1 again after {@link Standard#maximum()}
     * @throws TrackingException if the database refuses
     * @throws IllegalStateException if closed
     */
    public long next(String sender, String receiver, Standard standard) {
        checkKey(sender, receiver, standard);
        SQLException last = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try (Connection connection = borrow()) {
                Long value = increment(connection, sender, receiver, standard);
                if (value != null) {
                    return value;
                }
                insertFirst(connection, sender, receiver, standard);
                return 1;
            } catch (SQLException e) {
                if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                    throw new TrackingException(failure(sender, receiver, standard), e);
                }
                last = e; // another caller inserted the row first; increment it now
            }
        }
        throw new TrackingException(failure(sender, receiver, standard), last);
    }

    /**
     * The control number of one outbound document: taken from the pair's sequence the first time
     * the document asks, in the same transaction that records it as the document's, and the same
     * number every later time (the broker redelivering the document after a crash). So every
     * number is delivered once: no gap from a crash between taking and sending, no reuse.
     *
     * @param messageId the gateway's id of the document the interchange comes from
     * @param index which of the document's outputs (1 for the first)
     */
    public long forDocument(String messageId, int index, String sender, String receiver, Standard standard) {
        checkKey(sender, receiver, standard);
        try (Connection connection = borrow()) {
            Long earlier = used(connection, messageId, index, standard);
            if (earlier != null) {
                return earlier;
            }
            if (!exists(connection, sender, receiver, standard)) {
                try {
                    connection.setAutoCommit(false);
                    insertFirstInTransaction(connection, sender, receiver, standard);
                    record(connection, messageId, index, sender, receiver, standard, 1);
                    connection.commit();
                    flush(connection);
                    return 1;
                } catch (SQLException e) {
                    connection.rollback();
                    if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                        throw e;
                    }
                    // another document started the sequence first: take the next number below
                } finally {
                    connection.setAutoCommit(true);
                }
            }
            connection.setAutoCommit(false);
            try {
                Long value = incrementInTransaction(connection, sender, receiver, standard);
                if (value == null) {
                    throw new SQLException("the sequence row vanished");
                }
                record(connection, messageId, index, sender, receiver, standard, value);
                connection.commit();
                flush(connection);
                return value;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new TrackingException(failure(sender, receiver, standard) + " for " + messageId, e);
        }
    }

    private static final String EXISTS = "SELECT 1 FROM control_numbers WHERE sender = ? AND receiver = ? AND standard = ?";

    private static boolean exists(Connection connection, String sender, String receiver, Standard standard) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(EXISTS)) {
            bindKey(query, 1, sender, receiver, standard);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void insertFirstInTransaction(Connection connection, String sender, String receiver, Standard standard)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(FIRST)) {
            bindKey(insert, 1, sender, receiver, standard);
            insert.executeUpdate();
        }
    }

    private static Long incrementInTransaction(Connection connection, String sender, String receiver, Standard standard)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(INCREMENT)) {
            update.setLong(1, standard.maximum());
            bindKey(update, 2, sender, receiver, standard);
            try (ResultSet rows = update.executeQuery()) {
                return rows.next() ? rows.getLong(1) : null;
            }
        }
    }

    private static Long used(Connection connection, String messageId, int index, Standard standard) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(USED)) {
            query.setString(1, messageId);
            query.setInt(2, index);
            query.setString(3, standard.name());
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getLong(1) : null;
            }
        }
    }

    private static long record(Connection connection, String messageId, int index, String sender, String receiver,
                               Standard standard, long value) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(USE)) {
            insert.setString(1, messageId);
            insert.setInt(2, index);
            insert.setString(3, standard.name());
            insert.setString(4, sender);
            insert.setString(5, receiver);
            insert.setLong(6, value);
            insert.executeUpdate();
        }
        return value;
    }

    /**
     * The control number as written in the envelope.
     *
     * @param value a number from {@link #next}
     * @param standard its standard
     * @return X12: nine digits, zero-padded; EDIFACT: the digits without padding
     * @throws IllegalArgumentException if the value is outside 1 to the standard's maximum
     */
    public static String format(long value, Standard standard) {
        Objects.requireNonNull(standard, "standard");
        if (value < 1 || value > standard.maximum()) {
            throw new IllegalArgumentException(standard + " control number out of range 1.."
                    + standard.maximum() + ": " + value);
        }
        return standard == Standard.X12 ? String.format("%09d", value) : Long.toString(value);
    }

    /** Releases the connections; the sequences stay in the database. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            pool.dispose();
        }
    }

    /** Sets a sequence's last value, for tests that need to start near the maximum. */
    void seed(String sender, String receiver, Standard standard, long lastValue) {
        checkKey(sender, receiver, standard);
        try (Connection connection = borrow(); PreparedStatement merge = connection.prepareStatement(SEED)) {
            connection.setAutoCommit(true);
            bindKey(merge, 1, sender, receiver, standard);
            merge.setLong(4, lastValue);
            merge.executeUpdate();
        } catch (SQLException e) {
            throw new TrackingException("could not seed " + failure(sender, receiver, standard), e);
        }
    }

    private static Long increment(Connection connection, String sender, String receiver, Standard standard)
            throws SQLException {
        connection.setAutoCommit(true); // one statement, one transaction
        try (PreparedStatement update = connection.prepareStatement(INCREMENT)) {
            update.setLong(1, standard.maximum());
            bindKey(update, 2, sender, receiver, standard);
            try (ResultSet rows = update.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                long value = rows.getLong(1);
                flush(connection);
                return value;
            }
        }
    }

    private static void insertFirst(Connection connection, String sender, String receiver, Standard standard)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(FIRST)) {
            bindKey(insert, 1, sender, receiver, standard);
            insert.executeUpdate();
        }
        flush(connection);
    }

    private static void flush(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(FLUSH);
        }
    }

    private static void bindKey(PreparedStatement statement, int first, String sender, String receiver,
            Standard standard) throws SQLException {
        statement.setString(first, sender);
        statement.setString(first + 1, receiver);
        statement.setString(first + 2, standard.name());
    }

    private static void checkKey(String sender, String receiver, Standard standard) {
        Objects.requireNonNull(standard, "standard");
        checkPartner("sender", sender);
        checkPartner("receiver", receiver);
    }

    private static void checkPartner(String role, String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_PARTNER_ID) {
            throw new IllegalArgumentException(role + " partner id must be 1 to " + MAX_PARTNER_ID
                    + " characters: " + id);
        }
    }

    private Connection borrow() throws SQLException {
        if (closed) {
            throw new IllegalStateException("the control numbers are closed");
        }
        return pool.getConnection();
    }

    private static String failure(String sender, String receiver, Standard standard) {
        return "could not take the next " + standard + " control number from " + sender + " to " + receiver;
    }
}
