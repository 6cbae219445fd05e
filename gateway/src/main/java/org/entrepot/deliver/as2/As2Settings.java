package org.entrepot.deliver.as2;

import org.entrepot.deliver.ChannelDurations;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A partner's AS2 settings ({@code channels: as2:} in the partner file, overridden by an
 * agreement's {@code deliver:}), read and checked. Every key has a default except {@code url}
 * (for sending) and {@code as2Id}.
 *
 * @param url            where the partner's AS2 server receives
 * @param as2Id          the partner's AS2 name (AS2-To when we send, AS2-From when it sends)
 * @param certificate    alias or SHA-256 fingerprint in the partner certificate store; empty uses
 *                       the partner's registered signing certificates
 * @param encrypt        how messages to the partner are encrypted
 * @param compress       whether messages to the partner are compressed
 * @param sign           whether we sign, and whether the partner's messages must be signed
 * @param asyncMdn       whether we ask for the MDN asynchronously
 * @param signMdn        whether the MDN must be signed (and MDNs we send are signed when asked)
 * @param subject        the Subject header of messages we send
 * @param connectTimeout bound on connecting
 * @param readTimeout    bound on the answer (the synchronous MDN)
 */
record As2Settings(URI url, String as2Id, String certificate, Encryption encrypt, boolean compress, boolean sign,
                   boolean asyncMdn, boolean signMdn, String subject, Duration connectTimeout, Duration readTimeout) {

    /** RFC 4130 6.2: AS2 names are 1 to 128 printable ASCII characters; we also refuse quotes and backslashes. */
    static final Pattern AS2_ID = Pattern.compile("[\\x21\\x23-\\x5b\\x5d-\\x7e]([\\x20\\x21\\x23-\\x5b\\x5d-\\x7e]{0,126}[\\x21\\x23-\\x5b\\x5d-\\x7e])?");

    static final Duration DEFAULT_CONNECT = Duration.ofSeconds(10);
    static final Duration DEFAULT_READ = Duration.ofSeconds(60);

    /** Reads the settings; {@code problems} gets one sentence per bad value and the result is then empty. */
    static Optional<As2Settings> read(Map<String, String> parameters, boolean forSending, List<String> problems) {
        int before = problems.size();
        URI url = null;
        String rawUrl = parameters.get("url");
        if (rawUrl == null) {
            if (forSending) {
                problems.add("url is missing: the address of the partner's AS2 server, e.g. https://as2.example.com/as2");
            }
        } else {
            try {
                url = URI.create(rawUrl.strip());
                if (!("http".equals(url.getScheme()) || "https".equals(url.getScheme())) || url.getHost() == null) {
                    problems.add("url '" + rawUrl + "' is not an http or https address with a host");
                }
            } catch (IllegalArgumentException e) {
                problems.add("url '" + rawUrl + "' is not a URI: " + e.getMessage());
            }
        }
        String as2Id = parameters.get("as2Id");
        if (as2Id == null || !AS2_ID.matcher(as2Id).matches()) {
            problems.add("as2Id " + (as2Id == null ? "is missing" : "'" + as2Id + "' is not an AS2 name")
                    + ": 1 to 128 printable ASCII characters, no quotes or backslashes");
        }
        Encryption encrypt = Encryption.named(parameters.getOrDefault("encrypt", "aes256-cbc")).orElse(null);
        if (encrypt == null) {
            problems.add("encrypt '" + parameters.get("encrypt") + "' is not one of none, aes128-cbc, aes256-cbc, aes128-gcm, aes256-gcm");
        }
        boolean compress = flag(parameters, "compress", false, problems);
        boolean sign = flag(parameters, "sign", true, problems);
        boolean signMdn = flag(parameters, "signMdn", true, problems);
        String mdn = parameters.getOrDefault("mdn", "sync");
        if (!mdn.equals("sync") && !mdn.equals("async")) {
            problems.add("mdn '" + mdn + "' is not sync or async");
        }
        String subject = parameters.getOrDefault("subject", "EDI document");
        if (subject.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
            problems.add("subject must be printable ASCII on one line");
        }
        Duration connect = ChannelDurations.positive(parameters, "connectTimeout", DEFAULT_CONNECT, "", problems);
        Duration read = ChannelDurations.positive(parameters, "readTimeout", DEFAULT_READ, "", problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new As2Settings(url, as2Id, parameters.getOrDefault("certificate", ""), encrypt, compress,
                sign, mdn.equals("async"), signMdn, subject, connect, read));
    }

    /** The problems of settings used for sending. */
    static List<String> problems(Map<String, String> parameters) {
        List<String> problems = new ArrayList<>();
        read(parameters, true, problems);
        return problems;
    }

    private static boolean flag(Map<String, String> parameters, String key, boolean fallback, List<String> problems) {
        String value = parameters.get(key);
        if (value == null) {
            return fallback;
        }
        if (!value.equals("true") && !value.equals("false")) {
            problems.add(key + " '" + value + "' is not true or false");
        }
        return Boolean.parseBoolean(value);
    }

}
