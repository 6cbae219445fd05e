package org.entrepot.receive;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.auth.User;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.HttpMessage;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpConstants;
import org.entrepot.document.Reason;
import org.entrepot.track.MessageIds;
import org.entrepot.track.TrackingEvent;
import org.entrepot.track.Archive;
import org.entrepot.track.TrackingStore;

/**
 * The HTTP channel: {@code POST /api/v1/documents} receives a document, and
 * {@code GET /api/v1/documents/{id}} shows a partner the tracking history of one it sent.
 *
 * <p>Both need a partner's bearer token, checked by {@link HttpGuard} before the body is read.
 * A POST is answered {@code 202 {"messageId":"…","status":"received"}} only once the document is
 * on {@value ReceivedMessage#QUEUE}; an empty body is answered 400 {@code EMPTY_DOCUMENT}, one
 * over the limit 413 {@code DOCUMENT_TOO_LARGE}. A GET answers 404 for a document the partner did
 * not send, exactly as for one that does not exist, so no partner learns of another's documents.
 *
 * <p>Request headers reach the routes only through {@link HttpHeaderPolicy}, which drops every
 * Camel-looking header, and no request header goes any further: the queued message carries the
 * document's own metadata only.
 */
public final class HttpIntakeRoute extends RouteBuilder {

    /** Route id of the POST. */
    public static final String ROUTE_ID = "receive-http";
    /** Route id of the GET of a document's acknowledgements. */
    public static final String ACKNOWLEDGEMENTS_ROUTE_ID = "http-acknowledgements";
    /** Archive step prefix of the acknowledgements sent back (see deliver.ReplyDelivery). */
    private static final String ACKNOWLEDGEMENT_STEP = "acknowledgement-";
    private final Archive archive;
    private static final int MAX_TRANSPORT_ID = 255;

    /** Route id of the GET. */
    public static final String STATUS_ROUTE_ID = "receive-http-status";
    /** The channel name in metadata and tracking. */
    public static final String CHANNEL = "http";
    /** Where documents are posted. */
    public static final String DOCUMENTS_PATH = "/api/v1/documents";

    private static final int MAX_CONTENT_TYPE = 200;

    private final int maxBytes;
    private final Receipts receipts;
    private final TrackingStore tracking;
    private final Clock clock;
    private final String errorHandling;

    /**
     * @param maxBytes the largest document accepted (the HTTP server enforces it while reading;
     *     the route checks again)
     * @param receipts records RECEIVED events and knows who sent what
     * @param tracking the history a GET shows
     * @param clock dates the receipt
     * @param errorHandling id of the shared route configuration that handles failures
     */
    public HttpIntakeRoute(int maxBytes, Receipts receipts, TrackingStore tracking, Archive archive, Clock clock,
                           String errorHandling) {
        this.archive = archive;
        this.maxBytes = maxBytes;
        this.receipts = receipts;
        this.tracking = tracking;
        this.clock = clock;
        this.errorHandling = errorHandling;
    }

    @Override
    public void configure() {
        from(endpoint(DOCUMENTS_PATH, "POST"))
                .routeId(ROUTE_ID)
                .routeConfigurationId(errorHandling)
                .process(this::admit)
                .to(ExchangePattern.InOnly, Handoff.QUEUE_ENDPOINT).id(Handoff.PERSIST_STEP)
                .process(this::accepted);

        from(endpoint(DOCUMENTS_PATH + "/{id}", "GET"))
                .routeId(STATUS_ROUTE_ID)
                .routeConfigurationId(errorHandling)
                .process(this::history);

        from(endpoint(DOCUMENTS_PATH + "/{id}/acknowledgements", "GET"))
                .routeId(ACKNOWLEDGEMENTS_ROUTE_ID)
                .routeConfigurationId(errorHandling)
                .process(this::acknowledgements);
    }

    private static String endpoint(String path, String method) {
        return "platform-http:" + path + "?httpMethodRestrict=" + method
                // a failure is answered 500 without a stack trace; the shared error handling logs it
                + "&muteException=true"
                + "&headerFilterStrategy=#class:" + HttpHeaderPolicy.class.getName();
    }

    private void admit(Exchange exchange) {
        Message request = exchange.getMessage();
        String partner = partner(request);
        if (partner == null) {
            // the guard answers first; this only matters if the guard were ever left out
            JsonReplies.refuse(exchange, 401, Reason.NOT_AUTHENTICATED, "no API token");
            return;
        }
        byte[] body = request.getBody(byte[].class);
        if (body == null || body.length == 0) {
            JsonReplies.refuse(exchange, 400, Reason.EMPTY_DOCUMENT, "the request has no body");
            return;
        }
        if (body.length > maxBytes) {
            JsonReplies.refuse(exchange, 413, Reason.DOCUMENT_TOO_LARGE, Reason.DOCUMENT_TOO_LARGE.description());
            return;
        }
        Map<String, String> metadata = new HashMap<>();
        metadata.put(InboundDocument.CHANNEL, CHANNEL);
        metadata.put(InboundDocument.AUTHENTICATED_PARTNER, partner);
        metadata.put(InboundDocument.RECEIVED_AT, clock.instant().toString());
        String contentType = request.getHeader(Exchange.CONTENT_TYPE, String.class);
        if (contentType != null) {
            metadata.put(InboundDocument.CONTENT_TYPE, contentType.length() > MAX_CONTENT_TYPE
                    ? contentType.substring(0, MAX_CONTENT_TYPE) : contentType);
        }
        transportMessageId(request.getHeader("Message-ID", String.class))
                .ifPresent(id -> metadata.put(InboundDocument.TRANSPORT_MESSAGE_ID, id));
        if (request instanceof HttpMessage http && http.getRequest().remoteAddress() != null) {
            SocketAddress remote = http.getRequest().remoteAddress();
            metadata.put(InboundDocument.REMOTE_ADDRESS, remote.hostAddress());
        }
        Handoff.prepare(exchange, new InboundDocument(MessageIds.next(), body, metadata));
    }

    /**
     * A client's Message-ID, kept only when it is a plausible id (printable ASCII, at most 255
     * characters, angle brackets removed): it is compared, never interpreted.
     */
    static java.util.Optional<String> transportMessageId(String header) {
        if (header == null) {
            return java.util.Optional.empty();
        }
        String id = header.strip();
        if (id.startsWith("<") && id.endsWith(">")) {
            id = id.substring(1, id.length() - 1);
        }
        boolean plausible = !id.isEmpty() && id.length() <= MAX_TRANSPORT_ID
                && id.chars().allMatch(c -> c > 0x20 && c < 0x7f);
        return plausible ? java.util.Optional.of(id) : java.util.Optional.empty();
    }

    private void accepted(Exchange exchange) {
        InboundDocument document = Handoff.document(exchange);
        receipts.received(document);
        exchange.getMessage().getHeaders().clear();
        JsonReplies.respond(exchange, 202, new JsonObject().put("messageId", document.messageId()).put("status", "received"));
    }

    private void history(Exchange exchange) {
        String partner = partner(exchange.getMessage());
        if (partner == null) {
            JsonReplies.refuse(exchange, 401, Reason.NOT_AUTHENTICATED, "no API token");
            return;
        }
        String messageId = lastPathSegment(exchange.getMessage());
        // an id of another shape cannot be one of ours; checking first keeps odd input out of queries
        if (messageId == null || MessageIds.timeOf(messageId).isEmpty()
                || !receipts.sender(messageId).filter(partner::equals).isPresent()) {
            JsonReplies.respond(exchange, 404, new JsonObject().put("code", "NOT_FOUND")
                    .put("message", "no document with this id was received from you"));
            return;
        }
        exchange.setProperty(ReceivedMessage.EXCHANGE_MESSAGE_ID, messageId);
        JsonArray events = new JsonArray();
        for (TrackingEvent event : tracking.history(messageId)) {
            if (event.messageId().equals(messageId)) {
                events.add(new JsonObject()
                        .put("type", event.type().name())
                        .put("at", event.at().toString())
                        .put("interchangeRef", event.interchangeRef())
                        .put("detail", event.detail()));
            }
        }
        JsonReplies.respond(exchange, 200, new JsonObject().put("messageId", messageId).put("events", events));
    }

    /** The acknowledgements the gateway sent back for a document the partner posted (CONTRL, 997, APERAK…). */
    private void acknowledgements(Exchange exchange) {
        String partner = partner(exchange.getMessage());
        if (partner == null) {
            JsonReplies.refuse(exchange, 401, Reason.NOT_AUTHENTICATED, "no API token");
            return;
        }
        String messageId = pathSegmentBeforeLast(exchange.getMessage());
        if (messageId == null || MessageIds.timeOf(messageId).isEmpty()
                || !receipts.sender(messageId).filter(partner::equals).isPresent()) {
            JsonReplies.respond(exchange, 404, new JsonObject().put("code", "NOT_FOUND")
                    .put("message", "no document with this id was received from you"));
            return;
        }
        JsonArray acknowledgements = new JsonArray();
        for (java.nio.file.Path file : archive.files(messageId)) {
            String name = file.getFileName().toString();
            if (!name.startsWith(ACKNOWLEDGEMENT_STEP)) {
                continue;
            }
            try {
                String type = name.substring(ACKNOWLEDGEMENT_STEP.length(), name.lastIndexOf('.')).toUpperCase(java.util.Locale.ROOT);
                byte[] content = java.nio.file.Files.readAllBytes(file);
                acknowledgements.add(new JsonObject().put("type", type)
                        .put("content", new String(content, acknowledgementCharset(name, content))));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read the acknowledgement " + file, e);
            }
        }
        JsonReplies.respond(exchange, 200, new JsonObject().put("messageId", messageId).put("acknowledgements", acknowledgements));
    }

    /** EDIFACT acknowledgements are written in the sender's own character set, which their UNB names. */
    private static java.nio.charset.Charset acknowledgementCharset(String name, byte[] content) {
        if (!name.endsWith(".edi")) {
            return java.nio.charset.StandardCharsets.UTF_8;
        }
        var charset = new org.entrepot.identify.EdifactEnvelopeReader().charset(content);
        return charset.isAccepted() ? charset.value() : java.nio.charset.StandardCharsets.ISO_8859_1;
    }

    private static String pathSegmentBeforeLast(Message message) {
        if (!(message instanceof HttpMessage http) || http.getRequest().path() == null) {
            return null;
        }
        String path = http.getRequest().path();
        String withoutLast = path.substring(0, path.lastIndexOf('/'));
        return withoutLast.substring(withoutLast.lastIndexOf('/') + 1);
    }

    private static String partner(Message message) {
        User user = message.getHeader(VertxPlatformHttpConstants.AUTHENTICATED_USER, User.class);
        return user == null ? null : user.subject();
    }

    // the id comes from the request line itself, not from a header a client could also send
    private static String lastPathSegment(Message message) {
        if (!(message instanceof HttpMessage http)) {
            return null;
        }
        String path = http.getRequest().path();
        return path == null ? null : path.substring(path.lastIndexOf('/') + 1);
    }
}
