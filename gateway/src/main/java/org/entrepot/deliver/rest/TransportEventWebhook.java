package org.entrepot.deliver.rest;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.User;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.HttpMessage;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpConstants;
import org.entrepot.document.Reason;
import org.entrepot.partner.Delivery;
import org.entrepot.partner.Partner;
import org.entrepot.partner.PartnerDirectory;
import org.entrepot.receive.HttpGuard;
import org.entrepot.receive.JsonReplies;
import org.entrepot.receive.HttpHeaderPolicy;
import org.entrepot.receive.InboundDocument;
import org.entrepot.receive.Intake;
import org.entrepot.track.MessageIds;

/**
 * The carriers' webhook: {@code POST /api/v1/transport-events} takes a transport event report
 * (our transport-event XML) from a carrier and hands it to the flow, which turns it into the
 * IFTSTA, 214 or 315 each shipper's agreement asks for.
 *
 * <p>It sits on the gateway's own HTTP server, under {@code /api/}, so the {@link HttpGuard}
 * checks the carrier's API token before a byte of the body is read, the server's size limit and
 * {@link HttpHeaderPolicy} apply as to every other call, and operators run one port behind one
 * TLS front. A carrier with {@code webhookSignature: true} must also sign each call
 * ({@link WebhookSignature}). The call's {@code webhook-id} is the transmission id: the carrier
 * sends the same one when it retries, and the duplicate register refuses it a second time.
 *
 * <p>Answers: 202 {@code {"messageId","status":"received"}} once the report is queued; 400
 * {@code EMPTY_DOCUMENT} or {@code TRANSPORT_ID_INVALID}; 401 {@code SIGNATURE_MISSING} /
 * {@code SIGNATURE_INVALID}; 403 {@code NOT_AUTHENTICATED} for a partner that is no carrier of
 * ours; 413 {@code DOCUMENT_TOO_LARGE}; 415 {@code UNKNOWN_SYNTAX} for a body that is not XML;
 * 503 when the report could not be queued (the carrier tries again).
 */
final class TransportEventWebhook {

    /** Where carriers post their events. */
    static final String PATH = "/api/v1/transport-events";
    /** Route id of the webhook. */
    static final String ROUTE_ID = "rest-transport-events";
    /** The channel name in metadata and tracking. */
    static final String CHANNEL = Delivery.REST;
    static final String ID_HEADER = "webhook-id";
    static final String TIMESTAMP_HEADER = "webhook-timestamp";
    static final String SIGNATURE_HEADER = "webhook-signature";
    // an id is compared, never interpreted; this shape also keeps it out of any path or log trick
    private static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}");
    private static final int MAX_CONTENT_TYPE = 200;

    private final PartnerDirectory partners;
    private final CarrierSecrets secrets;
    private final Intake intake;
    private final Clock clock;
    private final int maxBytes;
    private CamelContext camel;

    TransportEventWebhook(PartnerDirectory partners, CarrierSecrets secrets, Intake intake, Clock clock, int maxBytes) {
        this.partners = partners;
        this.secrets = secrets;
        this.intake = intake;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** Adds the webhook route to the gateway's Camel context (its platform-http server). */
    void install(CamelContext camel) throws Exception {
        this.camel = camel;
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("platform-http:" + PATH + "?httpMethodRestrict=POST&muteException=true"
                        + "&headerFilterStrategy=#class:" + HttpHeaderPolicy.class.getName())
                        .routeId(ROUTE_ID)
                        .process(TransportEventWebhook.this::receive);
            }
        });
    }

    void close() {
        CamelContext installed = camel;
        if (installed == null || installed.getRoute(ROUTE_ID) == null) {
            return;
        }
        try {
            installed.getRouteController().stopRoute(ROUTE_ID);
            installed.removeRoute(ROUTE_ID);
        } catch (Exception e) {
            // the gateway is stopping Camel anyway
        }
    }

    private void receive(Exchange exchange) {
        Message request = exchange.getMessage();
        Optional<Partner> carrier = authenticated(request);
        if (carrier.isEmpty()) {
            JsonReplies.refuse(exchange, 401, Reason.NOT_AUTHENTICATED, "present the carrier's API token as 'Authorization: Bearer <token>'");
            return;
        }
        Map<String, String> settings = carrier.get().channel(Delivery.REST);
        if (settings.isEmpty()) {
            JsonReplies.refuse(exchange, 403, Reason.NOT_AUTHENTICATED, "partner " + carrier.get().id()
                    + " is not a carrier of this gateway (no REST channel settings)");
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
        String eventId = header(request, ID_HEADER);
        if (eventId == null || !EVENT_ID.matcher(eventId).matches() || eventId.contains("..")) {
            JsonReplies.refuse(exchange, 400, Reason.TRANSPORT_ID_INVALID, "send the delivery's id as " + ID_HEADER
                    + ": 1 to 128 letters, digits or . _ : @ -, the same on every retry");
            return;
        }
        String contentType = header(request, Exchange.CONTENT_TYPE);
        if (contentType != null && !isXml(contentType)) {
            JsonReplies.refuse(exchange, 415, Reason.UNKNOWN_SYNTAX, "transport events are taken as XML"
                    + " (urn:entrepot:transport:event:1); JSON is not supported yet");
            return;
        }
        if ("true".equals(settings.get("webhookSignature"))) {
            Optional<WebhookSignature.Refusal> refusal = signatureRefusal(carrier.get(), eventId, request, body);
            if (refusal.isPresent()) {
                JsonReplies.refuse(exchange, 401, refusal.get().reason(), refusal.get().message());
                return;
            }
        }
        InboundDocument document = new InboundDocument(MessageIds.next(), body,
                metadata(carrier.get().id(), eventId, contentType, request));
        try {
            intake.submit(document);
        } catch (IllegalStateException e) {
            JsonReplies.refuse(exchange, 503, Reason.INTERNAL_ERROR, "the report could not be stored; send it again later");
            return;
        }
        JsonReplies.respond(exchange, 202, new JsonObject().put("messageId", document.messageId()).put("status", "received"));
    }

    private Optional<Partner> authenticated(Message request) {
        User user = request.getHeader(VertxPlatformHttpConstants.AUTHENTICATED_USER, User.class);
        return user == null ? Optional.empty() : partners.partner(user.subject());
    }

    private Optional<WebhookSignature.Refusal> signatureRefusal(Partner carrier, String eventId, Message request,
                                                                byte[] body) {
        Optional<byte[]> key;
        try {
            key = secrets.webhookSecret(carrier.id());
        } catch (RuntimeException e) {
            key = Optional.empty();
        }
        if (key.isEmpty()) {
            // a carrier that must sign but whose key is missing cannot be verified: refused, never waved through
            return Optional.of(new WebhookSignature.Refusal(Reason.SIGNATURE_INVALID,
                    "the gateway holds no webhook key for " + carrier.id()));
        }
        return WebhookSignature.check(key.get(), eventId, header(request, TIMESTAMP_HEADER),
                header(request, SIGNATURE_HEADER), body, clock.instant());
    }

    private Map<String, String> metadata(String carrier, String eventId, String contentType, Message request) {
        Map<String, String> metadata = new HashMap<>();
        metadata.put(InboundDocument.CHANNEL, CHANNEL);
        metadata.put(InboundDocument.AUTHENTICATED_PARTNER, carrier);
        metadata.put(InboundDocument.RECEIVED_AT, clock.instant().toString());
        metadata.put(InboundDocument.TRANSPORT_MESSAGE_ID, eventId);
        if (contentType != null) {
            metadata.put(InboundDocument.CONTENT_TYPE, contentType.length() > MAX_CONTENT_TYPE
                    ? contentType.substring(0, MAX_CONTENT_TYPE) : contentType);
        }
        if (request instanceof HttpMessage http && http.getRequest().remoteAddress() != null) {
            metadata.put(InboundDocument.REMOTE_ADDRESS, http.getRequest().remoteAddress().hostAddress());
        }
        return metadata;
    }

    private static boolean isXml(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        int parameters = type.indexOf(';');
        String media = (parameters < 0 ? type : type.substring(0, parameters)).strip();
        return media.equals("application/xml") || media.equals("text/xml") || media.endsWith("+xml");
    }

    private static String header(Message request, String name) {
        String value = request.getHeader(name, String.class);
        return value == null ? null : value.strip();
    }
}
