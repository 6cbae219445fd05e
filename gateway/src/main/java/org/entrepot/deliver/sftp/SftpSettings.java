package org.entrepot.deliver.sftp;

import org.entrepot.deliver.ChannelDurations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One bank's SFTP settings, from its {@code channels.sftp} entry in the partner file (and, for a
 * delivery, the agreement's {@code deliver:} overrides).
 *
 * @param host           the bank's SFTP server
 * @param port           its port, 22 by default
 * @param user           the login the bank gave the gateway
 * @param hostKey        the SHA-256 fingerprint of the bank's host key, as {@code ssh-keygen -lf}
 *                       prints it ({@code SHA256:} and unpadded base64): the only key accepted
 * @param upload         the remote folder payment files are put in, {@code .} (the login folder) by default
 * @param poll           the remote folder the bank leaves its reports in, or empty when the gateway does not poll
 * @param processed      the remote folder a fetched report is moved to, or empty to remove it
 * @param pollEvery      how often {@code poll} is read
 * @param connectTimeout the longest wait for the TCP connection and the SSH handshake
 * @param readTimeout    the longest wait for any answer of the server once connected
 */
public record SftpSettings(String host, int port, String user, String hostKey, String upload,
                           Optional<String> poll, Optional<String> processed, Duration pollEvery,
                           Duration connectTimeout, Duration readTimeout) {

    public static final String HOST = "host";
    public static final String PORT = "port";
    public static final String USER = "user";
    public static final String HOST_KEY = "hostKey";
    public static final String UPLOAD = "upload";
    public static final String POLL = "poll";
    public static final String PROCESSED = "processed";
    public static final String POLL_EVERY = "pollEvery";
    public static final String CONNECT_TIMEOUT = "connectTimeout";
    public static final String READ_TIMEOUT = "readTimeout";

    static final int DEFAULT_PORT = 22;
    static final String DEFAULT_UPLOAD = ".";
    static final Duration DEFAULT_POLL_EVERY = Duration.ofMinutes(5);
    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);
    /** Polling more often than this only loads the bank's server. */
    static final Duration SHORTEST_POLL = Duration.ofMillis(100);

    private static final Pattern FINGERPRINT = Pattern.compile("SHA256:[A-Za-z0-9+/]{43}=?");
    // a remote folder is the bank's, but it must not smuggle protocol bytes or be empty
    private static final Pattern FOLDER = Pattern.compile("[^\\x00-\\x1f\\x7f]{1,255}");

    /**
     * What is wrong with a bank's settings, one sentence per problem naming the key.
     *
     * @param owner the partner, for the sentences
     */
    public static List<String> problems(String owner, Map<String, String> parameters) {
        List<String> problems = new ArrayList<>();
        String where = "channels.sftp of " + owner + ": ";
        for (String required : List.of(HOST, USER, HOST_KEY)) {
            if (blank(parameters.get(required))) {
                problems.add(where + required + " is missing");
            }
        }
        String port = parameters.get(PORT);
        if (port != null && parsePort(port) < 0) {
            problems.add(where + "port must be a number from 1 to 65535, not '" + port + "'");
        }
        String hostKey = parameters.get(HOST_KEY);
        if (!blank(hostKey) && !FINGERPRINT.matcher(hostKey.strip()).matches()) {
            problems.add(where + "hostKey must be the SHA-256 fingerprint of the bank's host key as ssh-keygen -lf"
                    + " prints it (SHA256: and 43 base64 characters), not '" + hostKey + "'");
        }
        for (String folder : List.of(UPLOAD, POLL, PROCESSED)) {
            String value = parameters.get(folder);
            if (value != null && !FOLDER.matcher(value).matches()) {
                problems.add(where + folder + " must be a folder name of 1 to 255 printable characters");
            }
        }
        if (parameters.containsKey(PROCESSED) && !parameters.containsKey(POLL)) {
            problems.add(where + "processed is set but poll is not: there is nothing to move");
        }
        ChannelDurations.read(parameters, POLL_EVERY, DEFAULT_POLL_EVERY, SHORTEST_POLL, ChannelDurations.UNBOUNDED, where, problems);
        ChannelDurations.positive(parameters, CONNECT_TIMEOUT, DEFAULT_CONNECT_TIMEOUT, where, problems);
        ChannelDurations.positive(parameters, READ_TIMEOUT, DEFAULT_READ_TIMEOUT, where, problems);
        return problems;
    }

    /**
     * The settings, which {@link #problems} found in order.
     *
     * @throws IllegalArgumentException naming every problem otherwise
     */
    public static SftpSettings of(String owner, Map<String, String> parameters) {
        List<String> problems = problems(owner, parameters);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new SftpSettings(parameters.get(HOST).strip(),
                parameters.containsKey(PORT) ? parsePort(parameters.get(PORT)) : DEFAULT_PORT,
                parameters.get(USER).strip(),
                unpadded(parameters.get(HOST_KEY).strip()),
                parameters.getOrDefault(UPLOAD, DEFAULT_UPLOAD),
                Optional.ofNullable(parameters.get(POLL)),
                Optional.ofNullable(parameters.get(PROCESSED)),
                ChannelDurations.read(parameters, POLL_EVERY, DEFAULT_POLL_EVERY, SHORTEST_POLL, ChannelDurations.UNBOUNDED, "", new ArrayList<>()),
                ChannelDurations.positive(parameters, CONNECT_TIMEOUT, DEFAULT_CONNECT_TIMEOUT, "", new ArrayList<>()),
                ChannelDurations.positive(parameters, READ_TIMEOUT, DEFAULT_READ_TIMEOUT, "", new ArrayList<>()));
    }

    /** {@code user@host:port}, for log lines and tracking details. */
    public String address() {
        return user + "@" + host + ":" + port;
    }

    /** A remote path in {@code folder}; the name was checked by {@link RemoteFileName}. */
    static String in(String folder, String name) {
        return folder.endsWith("/") ? folder + name : folder + "/" + name;
    }

    /** ssh-keygen prints the fingerprint without base64 padding; a copied {@code =} must not matter. */
    static String unpadded(String fingerprint) {
        return fingerprint.endsWith("=") ? fingerprint.substring(0, fingerprint.length() - 1) : fingerprint;
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value.strip());
            return port >= 1 && port <= 65535 ? port : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
