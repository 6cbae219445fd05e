package org.entrepot.deliver.rest;

import org.entrepot.deliver.ChannelDurations;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A carrier's settings for the REST channel, from its {@code channels.rest} entry in the partner
 * file (overridden key by key by an agreement's {@code deliver:}). Every value is text there; it
 * is checked here, once, so that a typo shows when the gateway starts.
 *
 * @param url               where shipping instructions and bookings are posted; https only
 * @param auth              how the gateway proves who it is to the carrier
 * @param connectTimeout    the longest wait for a connection
 * @param readTimeout       the longest wait for the carrier's whole answer
 * @param serverCertificate alias in the partner certificate store of the carrier's server
 *                          certificate (or of the CA that issued it), or null
 * @param serverFingerprint SHA-256 of the carrier's server certificate, lower-case hex, or null
 * @param webhookSignature  whether the carrier's webhook calls must carry an HMAC signature too
 */
record RestSettings(URI url, Auth auth, Duration connectTimeout, Duration readTimeout,
                    String serverCertificate, String serverFingerprint, boolean webhookSignature) {

    /** How the gateway authenticates to a carrier. */
    enum Auth {
        /** Mutual TLS with the gateway's TLS client certificate. */
        MTLS,
        /** A bearer token the carrier issued, read from the secrets folder. */
        TOKEN
    }

    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);
    static final String XML = "application/xml";
    private static final Pattern ALIAS = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    /** The settings, or the problems that stop them from working (then nothing is returned). */
    record Checked(RestSettings settings, List<String> problems) {
    }

    static Checked check(Map<String, String> parameters) {
        List<String> problems = new ArrayList<>();
        URI url = url(parameters.get("url"), problems);
        Auth auth = auth(parameters.getOrDefault("auth", "mtls"), problems);
        Duration connect = ChannelDurations.positive(parameters, "connectTimeout", DEFAULT_CONNECT_TIMEOUT, "", problems);
        Duration read = ChannelDurations.positive(parameters, "readTimeout", DEFAULT_READ_TIMEOUT, "", problems);
        String contentType = parameters.getOrDefault("contentType", XML);
        if (!XML.equals(contentType)) {
            problems.add("contentType '" + contentType + "': the REST channel sends " + XML
                    + " only (no JSON conversion yet)");
        }
        String alias = parameters.get("serverCertificate");
        if (alias != null && !ALIAS.matcher(alias).matches()) {
            problems.add("serverCertificate '" + alias + "' is not an alias of the partner certificate store");
        }
        String fingerprint = parameters.get("serverFingerprint");
        if (fingerprint != null) {
            fingerprint = org.entrepot.partner.CertificateReference.normalizeFingerprint(fingerprint);
            if (fingerprint == null) {
                problems.add("serverFingerprint must be the SHA-256 of the carrier's certificate, 64 hex digits");
            }
        }
        if (alias != null && fingerprint != null) {
            problems.add("serverCertificate and serverFingerprint: name one way to trust the carrier's server, not both");
        }
        String signature = parameters.getOrDefault("webhookSignature", "false");
        if (!signature.equals("true") && !signature.equals("false")) {
            problems.add("webhookSignature '" + signature + "' must be true or false");
        }
        if (!problems.isEmpty()) {
            return new Checked(null, List.copyOf(problems));
        }
        return new Checked(new RestSettings(url, auth, connect, read, alias, fingerprint,
                Boolean.parseBoolean(signature)), List.of());
    }

    private static URI url(String value, List<String> problems) {
        if (value == null) {
            problems.add("url is missing: the carrier API's https address");
            return null;
        }
        try {
            URI url = new URI(value);
            if (!"https".equalsIgnoreCase(url.getScheme()) || url.getHost() == null) {
                problems.add("url '" + value + "' must be an https address with a host");
            } else if (url.getRawUserInfo() != null) {
                problems.add("url '" + value + "' must not carry a user or password");
            }
            return url;
        } catch (URISyntaxException e) {
            problems.add("url '" + value + "' is not a URL: " + e.getReason());
            return null;
        }
    }

    private static Auth auth(String value, List<String> problems) {
        return switch (value) {
            case "mtls" -> Auth.MTLS;
            case "token" -> Auth.TOKEN;
            default -> {
                problems.add("auth '" + value + "' must be mtls or token");
                yield null;
            }
        };
    }

}
