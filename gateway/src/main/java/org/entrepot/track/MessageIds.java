package org.entrepot.track;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;

/**
 * The gateway's own id for every document it receives: 26 characters of Crockford base 32 (digits
 * and upper-case letters without I, L, O, U), the first 10 the time in milliseconds, the other 16
 * eighty random bits. Ids therefore sort by the time they were made, are safe in URLs, file names
 * and case-insensitive file systems, and cannot collide in practice across gateway nodes.
 *
 * <p>Within one process ids are strictly increasing: when two are made in the same millisecond
 * (or the clock steps back) the second is the first plus one, so sorting never mixes up the
 * order in which one node received documents.
 */
public final class MessageIds {

    /** Length of every id. */
    public static final int LENGTH = 26;

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int TIME_CHARS = 10;
    private static final long MAX_TIME = (1L << 48) - 1;
    private static final SecureRandom RANDOM = new SecureRandom();

    // the last id made, as time plus an 80-bit random part split into 16 high and 64 low bits
    private static long lastTime = -1;
    private static long lastHigh;
    private static long lastLow;

    private MessageIds() {
    }

    /** @return a new id, greater than every id this process made before */
    public static synchronized String next() {
        long now = System.currentTimeMillis();
        if (now > lastTime) {
            lastTime = now;
            lastHigh = RANDOM.nextInt(1 << 16);
            lastLow = RANDOM.nextLong();
        } else {
            incrementRandomPart();
        }
        return encode(lastTime, lastHigh, lastLow);
    }

    /**
     * When an id of this form was made.
     *
     * @param id any string
     * @return the time encoded in its first 10 characters, or empty if it is not such an id
     */
    public static Optional<Instant> timeOf(String id) {
        if (id == null || id.length() != LENGTH) {
            return Optional.empty();
        }
        long time = 0;
        for (int i = 0; i < LENGTH; i++) {
            int digit = digit(id.charAt(i));
            if (digit < 0) {
                return Optional.empty();
            }
            if (i < TIME_CHARS) {
                time = time << 5 | digit;
            }
        }
        return time > MAX_TIME ? Optional.empty() : Optional.of(Instant.ofEpochMilli(time));
    }

    private static void incrementRandomPart() {
        lastLow++;
        if (lastLow == 0) {
            lastHigh++;
            if (lastHigh == 1 << 16) {
                // 2^80 ids in one millisecond will not happen; borrowing the next millisecond keeps order anyway
                lastHigh = 0;
                lastTime++;
            }
        }
    }

    private static String encode(long time, long high, long low) {
        char[] id = new char[LENGTH];
        for (int i = TIME_CHARS - 1; i >= 0; i--) {
            id[i] = ALPHABET[(int) (time & 31)];
            time >>>= 5;
        }
        // the random part is 80 bits = 16 characters, taken 5 bits at a time from the low end
        for (int i = LENGTH - 1; i >= TIME_CHARS; i--) {
            id[i] = ALPHABET[(int) (low & 31)];
            low = low >>> 5 | (high & 31) << 59;
            high >>>= 5;
        }
        return new String(id);
    }

    private static int digit(char c) {
        for (int i = 0; i < ALPHABET.length; i++) {
            if (ALPHABET[i] == c) {
                return i;
            }
        }
        return -1;
    }
}
