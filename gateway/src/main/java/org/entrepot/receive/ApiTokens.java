package org.entrepot.receive;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bearer tokens partners present to the HTTP intake, one per partner.
 *
 * <p>Only a SHA-256 hash of each token is kept, in {@code <secrets>/api-tokens.properties}
 * ({@code partnerId=hex}), readable by the gateway's user alone. A plain hash is enough because
 * tokens are 256 random bits: there is nothing to guess that a slow hash would protect. The
 * token itself exists only in the answer of {@link #issue}; whoever asked prints it once, and it
 * cannot be recovered afterwards, only replaced ({@link #revoke} then {@link #issue}).
 *
 * <p>The file is read again when it changes, so a token issued by the command line while the
 * gateway runs is accepted without a restart.
 */
public final class ApiTokens {

    /** The file name inside the secrets folder. */
    public static final String FILE_NAME = "api-tokens.properties";
    /** Partner ids a token can belong to: the same shape the partner configuration uses. */
    public static final Pattern PARTNER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private static final Logger LOG = LoggerFactory.getLogger(ApiTokens.class);
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final int TOKEN_BYTES = 32;
    // longer than any token we issue; a longer one is refused before it is hashed
    private static final int MAX_TOKEN_LENGTH = 256;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path file;
    private volatile Snapshot snapshot;

    /** The hashes as last read, with what the file looked like then. */
    private record Snapshot(Map<String, byte[]> hashes, FileTime modified, long size) {
    }

    private ApiTokens(Path file, Snapshot snapshot) {
        this.file = file;
        this.snapshot = snapshot;
    }

    /**
     * Opens the tokens of a secrets folder, creating the folder (owner-only) if needed.
     *
     * @param secretsDir e.g. {@code <data>/secrets}
     * @return the tokens; none if the file does not exist yet
     * @throws IllegalStateException if the file exists but holds a bad entry (the message names it)
     */
    public static ApiTokens open(Path secretsDir) {
        try {
            if (!Files.isDirectory(secretsDir)) {
                if (POSIX) {
                    Files.createDirectories(secretsDir,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(secretsDir);
                }
            }
            Path file = secretsDir.resolve(FILE_NAME);
            return new ApiTokens(file, load(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the API tokens in " + secretsDir, e);
        }
    }

    /**
     * Finds the partner a token belongs to. Every stored hash is compared, in constant time, so
     * the time taken says nothing about which partner or how much of a hash matched.
     *
     * @param token the token as presented, or {@code null}
     * @return the partner id, or empty if the token is unknown
     */
    public Optional<String> authenticate(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        byte[] presented = sha256(token);
        String match = null;
        for (Map.Entry<String, byte[]> entry : current().hashes().entrySet()) {
            if (MessageDigest.isEqual(entry.getValue(), presented)) {
                match = entry.getKey();
            }
        }
        return Optional.ofNullable(match);
    }

    /**
     * Makes a new token for a partner that has none and stores its hash.
     *
     * @param partnerId the partner; letters, digits, {@code . _ -}, at most 64
     * @return the token, 43 URL-safe characters; this is the only time it is available
     * @throws IllegalArgumentException if the partner id has another shape
     * @throws IllegalStateException if the partner already has a token (revoke it first)
     */
    public synchronized String issue(String partnerId) {
        requirePartnerId(partnerId);
        Map<String, byte[]> hashes = new TreeMap<>(current().hashes());
        if (hashes.containsKey(partnerId)) {
            throw new IllegalStateException("partner " + partnerId + " already has an API token; revoke it first");
        }
        byte[] secret = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        hashes.put(partnerId, sha256(token));
        save(hashes);
        return token;
    }

    /**
     * Removes a partner's token; requests with it are refused from then on.
     *
     * @param partnerId the partner
     * @return whether the partner had a token
     */
    public synchronized boolean revoke(String partnerId) {
        Map<String, byte[]> hashes = new TreeMap<>(current().hashes());
        if (hashes.remove(partnerId) == null) {
            return false;
        }
        save(hashes);
        return true;
    }

    /** @return whether the partner has a token */
    public boolean hasToken(String partnerId) {
        return current().hashes().containsKey(partnerId);
    }

    /** @return the partners that have a token, sorted */
    public Set<String> partners() {
        return new TreeMap<>(current().hashes()).keySet();
    }

    /** @return the file the hashes are kept in */
    public Path file() {
        return file;
    }

    private static void requirePartnerId(String partnerId) {
        if (partnerId == null || !PARTNER_ID.matcher(partnerId).matches()) {
            throw new IllegalArgumentException("a partner id is 1 to 64 letters, digits, '.', '_' or '-'"
                    + " starting with a letter or digit");
        }
    }

    private Snapshot current() {
        Snapshot known = snapshot;
        try {
            if (Files.getLastModifiedTime(file).equals(known.modified()) && Files.size(file) == known.size()) {
                return known;
            }
        } catch (NoSuchFileException e) {
            if (known.modified() == null) {
                return known;
            }
        } catch (IOException e) {
            LOG.warn("cannot look at {}, keeping the tokens read before: {}", file, e.getMessage());
            return known;
        }
        return reload(known);
    }

    private synchronized Snapshot reload(Snapshot known) {
        try {
            snapshot = load(file);
        } catch (IOException | IllegalStateException e) {
            // a half-edited file must not lock every partner out; the tokens read before stay valid
            LOG.error("cannot read {}, keeping the tokens read before: {}", file, e.getMessage());
            return known;
        }
        return snapshot;
    }

    private static Snapshot load(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new Snapshot(Map.of(), null, -1);
        }
        FileTime modified = Files.getLastModifiedTime(file);
        byte[] bytes = Files.readAllBytes(file);
        Properties entries = new Properties();
        entries.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
        Map<String, byte[]> hashes = new TreeMap<>();
        for (String partnerId : entries.stringPropertyNames()) {
            String hash = entries.getProperty(partnerId).trim();
            if (!PARTNER_ID.matcher(partnerId).matches() || !HASH.matcher(hash).matches()) {
                throw new IllegalStateException(file + ": entry for '" + partnerId
                        + "' must be a partner id = 64 lower-case hex digits (a SHA-256 hash)");
            }
            hashes.put(partnerId, HexFormat.of().parseHex(hash));
        }
        return new Snapshot(Map.copyOf(hashes), modified, bytes.length);
    }

    private void save(Map<String, byte[]> hashes) {
        StringBuilder text = new StringBuilder("# Entrepot API tokens: partner id = SHA-256 (hex) of the partner's token.\n"
                + "# The tokens themselves are never stored. Issue or revoke them with the command line.\n");
        hashes.forEach((partner, hash) -> text.append(partner).append('=').append(HexFormat.of().formatHex(hash))
                .append('\n'));
        try {
            Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
            Files.deleteIfExists(temporary);
            if (POSIX) {
                Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.write(temporary, text.toString().getBytes(StandardCharsets.UTF_8));
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            snapshot = load(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the API tokens to " + file, e);
        }
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
