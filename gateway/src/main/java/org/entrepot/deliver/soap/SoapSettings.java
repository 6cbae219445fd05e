package org.entrepot.deliver.soap;

import org.entrepot.deliver.ChannelDurations;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A receiver's settings for the SOAP channel (its {@code channels: soap:} entry, overridden by the
 * agreement's {@code deliver:}).
 *
 * @param url            the customs service's endpoint, http or https
 * @param connectTimeout how long a connection may take (ISO-8601, default PT10S)
 * @param readTimeout    how long the answer may take (ISO-8601, default PT60S)
 * @param certificate    alias in the partner certificate store of the certificate the answers must be
 *                       signed with; empty: any certificate the receiver registered
 */
record SoapSettings(URI url, Duration connectTimeout, Duration readTimeout, Optional<String> certificate) {

    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);

    /** The settings, or the sentences that say what is wrong with them. */
    static Parsed parse(Map<String, String> parameters) {
        List<String> problems = new ArrayList<>();
        URI url = null;
        String text = parameters.get("url");
        if (text == null || text.isBlank()) {
            problems.add("soap: url is missing (the customs service's endpoint, e.g. https://customs.example/declarations)");
        } else {
            try {
                url = new URI(text);
                if (!("http".equals(url.getScheme()) || "https".equals(url.getScheme())) || url.getHost() == null) {
                    problems.add("soap: url " + text + " is not an http or https URL with a host");
                }
            } catch (URISyntaxException e) {
                problems.add("soap: url " + text + " is not a URL: " + e.getReason());
            }
        }
        Duration connect = ChannelDurations.read(parameters, "connectTimeout", DEFAULT_CONNECT_TIMEOUT, ChannelDurations.POSITIVE, Duration.ofMinutes(30), "soap: ", problems);
        Duration read = ChannelDurations.read(parameters, "readTimeout", DEFAULT_READ_TIMEOUT, ChannelDurations.POSITIVE, Duration.ofMinutes(30), "soap: ", problems);
        Optional<String> certificate = Optional.ofNullable(parameters.get("certificate")).filter(s -> !s.isBlank());
        return new Parsed(problems.isEmpty() ? new SoapSettings(url, connect, read, certificate) : null, problems);
    }

    record Parsed(SoapSettings settings, List<String> problems) {
    }
}
