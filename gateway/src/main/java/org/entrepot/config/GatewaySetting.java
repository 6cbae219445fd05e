package org.entrepot.config;

/**
 * Every setting the gateway reads, each key paired with its default and a sentence saying what
 * it controls. A default that depends on another setting (the inbox lives in the data folder)
 * is written as {@code <entrepot.data.dir>/inbox} and worked out by {@link GatewayConfig}; an
 * empty default means "not set".
 *
 * <p>A setting can come from the properties file, from an environment variable named after the
 * key ({@code entrepot.http.port} → {@code ENTREPOT_HTTP_PORT}) or from a system property with
 * the key's own name; see {@link GatewayConfig#load} for which one wins.
 */
public enum GatewaySetting {

    /** Everything the gateway keeps: broker journal, tracking database, archive, quarantine, secrets. */
    DATA_DIR("entrepot.data.dir", "./data",
            "folder for the broker journal, tracking database, archive, quarantine and secrets"),
    /** The partner and agreement configuration. */
    PARTNERS_FILE("entrepot.partners.file", "samples/partners.yaml",
            "YAML file with the trading partners and their agreements"),
    /** Where translation definitions are read from; unset means the ones shipped in the jar. */
    MAPPINGS_DIR("entrepot.mappings.dir", "",
            "folder of mapping definitions; empty uses the mappings on the classpath"),
    /** The address the HTTP intake listens on; loopback unless an operator opens it on purpose. */
    HTTP_HOST("entrepot.http.host", "127.0.0.1",
            "address the HTTP intake listens on"),
    /** The HTTP intake port; 0 picks a free port, reported by the running gateway. */
    HTTP_PORT("entrepot.http.port", "8080",
            "port the HTTP intake listens on, 0 for any free port"),
    /** The folder watched for dropped documents. */
    INBOX_DIR("entrepot.inbox.dir", "<entrepot.data.dir>/inbox",
            "folder watched for documents to receive"),
    /** The folder documents for the file channel are delivered to. */
    OUTBOX_DIR("entrepot.outbox.dir", "<entrepot.data.dir>/outbox",
            "folder the file channel delivers documents to"),
    /** The largest document any channel accepts, in bytes (suffixes KiB, MiB, GiB allowed). */
    MAX_DOCUMENT_BYTES("entrepot.max.document.bytes", "50MiB",
            "largest document a channel accepts; bytes, or a number with KiB, MiB or GiB"),
    /** How many documents are processed at once; 0 receives only and leaves documents queued. */
    CONSUMERS("entrepot.consumers", "2",
            "documents processed concurrently; 0 only receives and leaves them queued"),
    /** An external Artemis broker; unset starts the embedded one in the data folder. */
    BROKER_URL("entrepot.broker.url", "",
            "Artemis URL such as tcp://broker:61616; empty starts the embedded broker"),
    /** User name for the external broker. */
    BROKER_USER("entrepot.broker.user", "",
            "user name for the external broker"),
    /** Password for the external broker; best given as ENTREPOT_BROKER_PASSWORD, never in a file. */
    BROKER_PASSWORD("entrepot.broker.password", "",
            "password for the external broker, best from the environment"),
    /** How long a dropped file must stay unchanged before it is taken, so half-written files wait. */
    INBOX_QUIET_MS("entrepot.inbox.quiet.ms", "1000",
            "milliseconds a file in the inbox must stay unchanged before it is received"),
    /** The embedded broker's wait before it hands a failed document to the flow again. */
    REDELIVERY_DELAY_MS("entrepot.redelivery.delay.ms", "1000",
            "milliseconds the embedded broker waits before redelivering a failed document"),
    /** How often the embedded broker delivers a document before it moves it to entrepot.dead. */
    MAX_DELIVERY_ATTEMPTS("entrepot.max.delivery.attempts", "5",
            "deliveries of a failing document before the embedded broker moves it to entrepot.dead"),
    /** How often the gateway looks for sent interchanges whose acknowledgement is overdue. */
    ACK_WATCH_MS("entrepot.ack.watch.ms", "60000",
            "milliseconds between two looks for interchanges whose acknowledgement is overdue"),
    /** How many documents are sent over network channels at once. */
    DELIVERY_CONSUMERS("entrepot.delivery.consumers", "4",
            "documents sent over network channels concurrently; a slow receiver holds one at most"),
    /** The port of the SOAP endpoint where brokers submit customs declarations (on entrepot.http.host). */
    SOAP_PORT("entrepot.soap.port", "0",
            "port of the SOAP endpoint for customs declarations (/soap/declarations), 0 for any free port"),
    /** The AS2 server's port (on entrepot.http.host); 0 picks a free port, reported by the channel. */
    AS2_PORT("entrepot.as2.port", "4080",
            "port the AS2 server listens on for partners' messages and asynchronous MDNs, 0 for any free port"),
    /** The gateway's own AS2 name: AS2-From of what it sends, AS2-To partners address. */
    AS2_ID("entrepot.as2.id", "entrepot",
            "the gateway's AS2 name (1 to 128 printable ASCII characters)"),
    /** Where partners send asynchronous MDNs; empty means the AS2 server's own address. */
    AS2_URL("entrepot.as2.url", "",
            "the address partners reach the AS2 server at, for asynchronous MDNs; empty uses http://host:port/as2");

    private final String key;
    private final String defaultValue;
    private final String description;

    GatewaySetting(String key, String defaultValue, String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    /** @return the key as written in a properties file or a system property */
    public String key() {
        return key;
    }

    /** @return the default as text; empty when the setting is unset by default */
    public String defaultValue() {
        return defaultValue;
    }

    /** @return one line for documentation and {@code --help} */
    public String description() {
        return description;
    }

    /** @return the environment variable that sets this key, e.g. {@code ENTREPOT_HTTP_PORT} */
    public String environmentVariable() {
        return key.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
    }

    /**
     * @param key a key as written in a file
     * @return the setting with that key, or {@code null} if there is none
     */
    public static GatewaySetting forKey(String key) {
        for (GatewaySetting setting : values()) {
            if (setting.key.equals(key)) {
                return setting;
            }
        }
        return null;
    }
}
