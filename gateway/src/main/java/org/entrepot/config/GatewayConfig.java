package org.entrepot.config;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entrepot.config.RawSettings.Sourced;

/**
 * The gateway's settings as data: every {@link GatewaySetting} read, interpreted and checked
 * once, at start-up. A bad value stops the gateway with a {@link ConfigException} that names the
 * key, the value and where it came from; a value that is merely absent takes its default.
 *
 * <p>Relative paths are resolved against the working directory when the configuration is
 * loaded, so the gateway keeps using the same folders whatever it does later.
 */
public final class GatewayConfig {

    /** The largest document limit accepted: documents are held in memory while they are received. */
    public static final long MAX_DOCUMENT_LIMIT = 1L << 30;
    /** The most concurrent consumers accepted; more would only contend for two or four cores. */
    public static final int MAX_CONSUMERS = 64;

    private static final Pattern SIZE = Pattern.compile("([0-9]{1,13})\\s*(KiB|MiB|GiB)?");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:%\\[\\]-]{1,253}");
    private static final Pattern URI_SIGNS = Pattern.compile("[?#&%]");
    private static final Pattern BROKER_URL = Pattern.compile("\\(?tcp://\\S+");

    private final RawSettings raw;
    private final Path dataDir;
    private final Path partnersFile;
    private final Optional<Path> mappingsDir;
    private final String httpHost;
    private final int httpPort;
    private final Path inboxDir;
    private final Path outboxDir;
    private final int maxDocumentBytes;
    private final int consumers;
    private final Optional<String> brokerUrl;
    private final int inboxQuietMillis;
    private final int redeliveryDelayMillis;
    private final int deliveryConsumers;
    private final int ackWatchMillis;
    private final int maxDeliveryAttempts;
    private final int soapPort;
    private final int as2Port;

    private GatewayConfig(RawSettings raw, List<String> problems) {
        this.raw = raw;
        Values values = new Values(raw, problems);
        dataDir = values.folder(GatewaySetting.DATA_DIR);
        partnersFile = values.file(GatewaySetting.PARTNERS_FILE);
        mappingsDir = values.isGiven(GatewaySetting.MAPPINGS_DIR)
                ? Optional.ofNullable(values.folder(GatewaySetting.MAPPINGS_DIR)) : Optional.empty();
        httpHost = values.host(GatewaySetting.HTTP_HOST);
        httpPort = values.number(GatewaySetting.HTTP_PORT, 0, 65_535, "a port number");
        inboxDir = values.isDefault(GatewaySetting.INBOX_DIR) ? inData("inbox")
                : values.folder(GatewaySetting.INBOX_DIR);
        outboxDir = values.isDefault(GatewaySetting.OUTBOX_DIR) ? inData("outbox")
                : values.folder(GatewaySetting.OUTBOX_DIR);
        maxDocumentBytes = values.size(GatewaySetting.MAX_DOCUMENT_BYTES);
        consumers = values.number(GatewaySetting.CONSUMERS, 0, MAX_CONSUMERS, "a number of consumers");
        brokerUrl = values.isGiven(GatewaySetting.BROKER_URL)
                ? Optional.ofNullable(values.brokerUrl(GatewaySetting.BROKER_URL)) : Optional.empty();
        inboxQuietMillis = values.number(GatewaySetting.INBOX_QUIET_MS, 0, 600_000, "milliseconds");
        redeliveryDelayMillis = values.number(GatewaySetting.REDELIVERY_DELAY_MS, 0, 3_600_000, "milliseconds");
        ackWatchMillis = values.number(GatewaySetting.ACK_WATCH_MS, 100, 86_400_000, "milliseconds");
        deliveryConsumers = values.number(GatewaySetting.DELIVERY_CONSUMERS, 1, 64, "senders");
        maxDeliveryAttempts = values.number(GatewaySetting.MAX_DELIVERY_ATTEMPTS, 1, 1_000, "a number of attempts");
        soapPort = values.number(GatewaySetting.SOAP_PORT, 0, 65_535, "a port number");
        as2Port = values.number(GatewaySetting.AS2_PORT, 0, 65_535, "a port number");
        checkFoldersApart(values);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
    }

    /**
     * Loads the configuration the way the gateway runs: the file, then environment variables,
     * then system properties, each overriding the one before (so {@code -Dentrepot.http.port=9090}
     * beats everything, which is what one expects from a command line).
     *
     * @param file the properties file, or {@code null} to use only the environment and defaults
     * @return the checked configuration
     * @throws ConfigException listing every problem found
     */
    public static GatewayConfig load(Path file) {
        return load(file, System.getenv(), System.getProperties());
    }

    /**
     * As {@link #load(Path)}, with the environment and system properties given explicitly.
     *
     * @param file the properties file, or {@code null}
     * @param environment environment variables ({@code ENTREPOT_HTTP_PORT} sets {@code entrepot.http.port})
     * @param systemProperties system properties, keyed like the file
     * @return the checked configuration
     * @throws ConfigException listing every problem found
     */
    public static GatewayConfig load(Path file, Map<String, String> environment, Properties systemProperties) {
        List<String> problems = new ArrayList<>();
        return new GatewayConfig(RawSettings.read(file, environment, systemProperties, problems), problems);
    }

    /**
     * A configuration from these settings over the defaults, ignoring the environment and system
     * properties: for tests and applications that embed the gateway.
     *
     * @param settings keys as in {@link GatewaySetting#key()} and their values
     * @return the checked configuration
     * @throws ConfigException listing every problem found, including unknown keys
     */
    public static GatewayConfig of(Map<String, String> settings) {
        List<String> problems = new ArrayList<>();
        return new GatewayConfig(RawSettings.given(settings, problems), problems);
    }

    /** @return the data folder, absolute */
    public Path dataDir() {
        return dataDir;
    }

    /** @return the partner configuration file, absolute; it may not exist if left at its default */
    public Path partnersFile() {
        return partnersFile;
    }

    /** @return the mappings folder, or empty to use the mappings on the classpath */
    public Optional<Path> mappingsDir() {
        return mappingsDir;
    }

    /** @return the address the HTTP intake listens on */
    public String httpHost() {
        return httpHost;
    }

    /** @return the configured HTTP port; 0 means any free port (the running gateway reports which) */
    public int httpPort() {
        return httpPort;
    }

    /** @return the watched inbox folder, absolute */
    public Path inboxDir() {
        return inboxDir;
    }

    /** @return the file channel's outbox folder, absolute */
    public Path outboxDir() {
        return outboxDir;
    }

    /** @return the largest document a channel accepts, in bytes */
    public int maxDocumentBytes() {
        return maxDocumentBytes;
    }

    /** @return how many documents are processed concurrently; 0 means receive only */
    public int consumers() {
        return consumers;
    }

    /** @return the external broker URL, or empty for the embedded broker */
    public Optional<String> brokerUrl() {
        return brokerUrl;
    }

    /** @return the external broker's user name, or empty */
    public Optional<String> brokerUser() {
        return Optional.of(raw.get(GatewaySetting.BROKER_USER).value()).filter(user -> !user.isEmpty());
    }

    /** @return the external broker's password, or empty */
    public Optional<String> brokerPassword() {
        return Optional.of(raw.get(GatewaySetting.BROKER_PASSWORD).value()).filter(secret -> !secret.isEmpty());
    }

    /** @return how long an inbox file must stay unchanged before it is received */
    public int inboxQuietMillis() {
        return inboxQuietMillis;
    }

    /** @return how often overdue acknowledgements are looked for */
    public int ackWatchMillis() {
        return ackWatchMillis;
    }

    /** @return how many documents are sent over network channels at once */
    public int deliveryConsumers() {
        return deliveryConsumers;
    }

    /** @return the embedded broker's redelivery delay */
    public int redeliveryDelayMillis() {
        return redeliveryDelayMillis;
    }

    /** @return deliveries of a failing document before the embedded broker dead-letters it */
    public int maxDeliveryAttempts() {
        return maxDeliveryAttempts;
    }

    /** @return the SOAP endpoint's port for brokers' declarations; 0 picks a free one */
    public int soapPort() {
        return soapPort;
    }

    /** @return the AS2 server's port; 0 means any free port */
    public int as2Port() {
        return as2Port;
    }

    /** @return the gateway's AS2 name, as given (the AS2 channel checks it) */
    public String as2Id() {
        return raw.get(GatewaySetting.AS2_ID).value();
    }

    /** @return the AS2 server's address for partners, or empty for its own host and port */
    public Optional<String> as2Url() {
        String url = raw.get(GatewaySetting.AS2_URL).value();
        return url.isEmpty() ? Optional.empty() : Optional.of(url);
    }

    /**
     * Where a setting's value came from, for an operator asking "why is it this value?".
     *
     * @param setting any setting
     * @return e.g. {@code default}, {@code /etc/entrepot/gateway.properties, line 4},
     *     {@code environment variable ENTREPOT_HTTP_PORT}, {@code system property entrepot.http.port}
     */
    public String origin(GatewaySetting setting) {
        return raw.get(setting).origin();
    }

    /** One line per setting with its value and origin; the broker password is never shown. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (GatewaySetting setting : GatewaySetting.values()) {
            Sourced value = raw.get(setting);
            String shown = setting == GatewaySetting.BROKER_PASSWORD && !value.value().isEmpty()
                    ? "********" : value.value();
            text.append(setting.key()).append('=').append(shown)
                    .append("  (").append(value.origin()).append(")\n");
        }
        return text.toString();
    }

    private Path inData(String name) {
        return dataDir == null ? null : dataDir.resolve(name);
    }

    private void checkFoldersApart(Values values) {
        if (dataDir == null || inboxDir == null || outboxDir == null) {
            return; // already reported
        }
        if (inboxDir.equals(dataDir)) {
            values.problem(GatewaySetting.INBOX_DIR, inboxDir.toString(),
                    "must not be the data folder itself, or the gateway would receive its own files");
        }
        for (GatewaySetting setting : List.of(GatewaySetting.INBOX_DIR, GatewaySetting.OUTBOX_DIR)) {
            Path folder = setting == GatewaySetting.INBOX_DIR ? inboxDir : outboxDir;
            if (URI_SIGNS.matcher(folder.toString()).find()) {
                // the folder becomes part of a Camel endpoint URI, where these characters mean something
                values.problem(setting, folder.toString(), "must not contain ?, #, & or %");
            }
        }
        if (inboxDir.equals(outboxDir)) {
            values.problem(GatewaySetting.OUTBOX_DIR, outboxDir.toString(),
                    "must not be the inbox, or delivered documents would be received again");
        }
    }

    /** Interprets raw text, adding one problem per bad value and returning null for it. */
    private static final class Values {

        private final RawSettings raw;
        private final List<String> problems;

        Values(RawSettings raw, List<String> problems) {
            this.raw = raw;
            this.problems = problems;
        }

        // for settings that are unset by default: an empty value also leaves them unset
        boolean isGiven(GatewaySetting setting) {
            return !raw.get(setting).value().isEmpty();
        }

        // for settings whose default is worked out from another setting
        boolean isDefault(GatewaySetting setting) {
            return raw.get(setting).isDefault();
        }

        Path folder(GatewaySetting setting) {
            Path path = path(setting);
            if (path != null && Files.exists(path) && !Files.isDirectory(path)) {
                problem(setting, "exists but is not a folder");
                return null;
            }
            if (path != null && !raw.get(setting).isDefault() && setting == GatewaySetting.MAPPINGS_DIR
                    && !Files.isDirectory(path)) {
                problem(setting, "no such folder");
                return null;
            }
            return path;
        }

        Path file(GatewaySetting setting) {
            Path path = path(setting);
            // a default that is absent is for later stages to report; a file someone named must exist
            if (path != null && !raw.get(setting).isDefault() && !Files.isRegularFile(path)) {
                problem(setting, "no such file");
                return null;
            }
            return path;
        }

        private Path path(GatewaySetting setting) {
            String text = raw.get(setting).value();
            if (text.isEmpty()) {
                problem(setting, "must not be empty");
                return null;
            }
            try {
                return Path.of(text).toAbsolutePath().normalize();
            } catch (InvalidPathException e) {
                problem(setting, "not a valid path: " + e.getReason());
                return null;
            }
        }

        String host(GatewaySetting setting) {
            String text = raw.get(setting).value();
            if (!HOST.matcher(text).matches()) {
                problem(setting, "not a host name or IP address");
                return null;
            }
            return text;
        }

        int number(GatewaySetting setting, int min, int max, String what) {
            String text = raw.get(setting).value();
            try {
                int value = Integer.parseInt(text);
                if (value >= min && value <= max) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below with the accepted range
            }
            problem(setting, "must be " + what + " from " + min + " to " + max);
            return min;
        }

        int size(GatewaySetting setting) {
            Matcher size = SIZE.matcher(raw.get(setting).value());
            if (size.matches()) {
                long unit = size.group(2) == null ? 1 : switch (size.group(2)) {
                    case "KiB" -> 1L << 10;
                    case "MiB" -> 1L << 20;
                    default -> 1L << 30;
                };
                long bytes = Long.parseLong(size.group(1)) * unit;
                if (bytes >= 1 && bytes <= MAX_DOCUMENT_LIMIT) {
                    return (int) bytes;
                }
            }
            problem(setting, "must be a size from 1 byte to 1GiB, as bytes or with KiB, MiB or GiB (e.g. 50MiB)");
            return 1;
        }

        String brokerUrl(GatewaySetting setting) {
            String text = raw.get(setting).value();
            if (!BROKER_URL.matcher(text).matches()) {
                problem(setting, "must be an Artemis core URL such as tcp://broker:61616");
                return null;
            }
            return text;
        }

        void problem(GatewaySetting setting, String complaint) {
            problem(setting, raw.get(setting).value(), complaint);
        }

        void problem(GatewaySetting setting, String value, String complaint) {
            Sourced source = raw.get(setting);
            String shown = setting == GatewaySetting.BROKER_PASSWORD ? "********" : value;
            problems.add(String.format(Locale.ROOT, "%s = \"%s\" (%s): %s", setting.key(), shown,
                    source.origin(), complaint));
        }
    }
}
