package org.entrepot.receive;

import java.util.Locale;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.spi.HeaderFilterStrategy;

/**
 * Which HTTP headers cross into and out of the gateway's routes.
 *
 * <p>Inbound, every header whose name starts with {@code camel} or {@code org.apache.camel}, in
 * any mix of upper and lower case, is dropped before the route sees it. Camel steers its
 * components with such headers ({@code CamelFileName} names the file a producer writes,
 * {@code CamelJmsDestinationName} redirects a JMS send), and Camel's header map ignores case, so
 * {@code cAmElFiLeNaMe} from a client would be read as {@code CamelFileName}: a prefix check that
 * respects case is not enough.
 *
 * <p>Outbound, only the headers the gateway means to answer with are sent; nothing a request
 * brought (its {@code Authorization} header included) is echoed back.
 */
public final class HttpHeaderPolicy implements HeaderFilterStrategy {

    private static final Set<String> ANSWER_HEADERS = Set.of("content-type", "www-authenticate", "cache-control");

    /** @return {@code true} (drop it) for a response header the gateway did not mean to send */
    @Override
    public boolean applyFilterToCamelHeaders(String headerName, Object headerValue, Exchange exchange) {
        return headerName == null || !ANSWER_HEADERS.contains(headerName.toLowerCase(Locale.ROOT));
    }

    /** @return {@code true} (drop it) for a request header that could steer Camel */
    @Override
    public boolean applyFilterToExternalHeaders(String headerName, Object headerValue, Exchange exchange) {
        return headerName == null || isCamelHeader(headerName);
    }

    /**
     * @param headerName any header name
     * @return whether Camel could take it for one of its own headers
     */
    public static boolean isCamelHeader(String headerName) {
        return headerName.regionMatches(true, 0, "camel", 0, 5)
                || headerName.regionMatches(true, 0, "org.apache.camel", 0, 16);
    }
}
