package org.entrepot.deliver.rest;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.entrepot.config.GatewayConfig;
import org.entrepot.deliver.Channel;
import org.entrepot.deliver.ChannelContext;
import org.entrepot.deliver.DeliveryFailure;
import org.entrepot.deliver.Outbound;
import org.entrepot.deliver.Transmission;
import org.entrepot.partner.Delivery;

/**
 * REST to carriers: a shipping instruction or a booking is posted to the carrier's API over
 * HTTPS, as the XML the agreement translated it to, and the carrier's transport events come back
 * on the gateway's webhook ({@link TransportEventWebhook}).
 *
 * <p>Every request carries {@code Idempotency-Key: <transmission id>}, the same on every retry and
 * resend, so a carrier that got the document before the connection broke recognises the retry.
 * A detached CMS signature travels base64-encoded in {@code Entrepot-Signature}.
 */
public final class RestChannel implements Channel {

    /** Header the transmission id travels in. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** Header a detached CMS signature of the body travels in (base64 of the DER). */
    public static final String SIGNATURE_HEADER = "Entrepot-Signature";
    // an answer is evidence and a reason, not a document
    private static final int MAX_ANSWER_BYTES = 1 << 20;

    private final Path pki;
    private final CarrierSecrets secrets;
    private final CarrierTls tls;
    private final Map<RestSettings, HttpClient> clients = new ConcurrentHashMap<>();
    private volatile TransportEventWebhook webhook;

    /** A channel for a gateway with this configuration (its PKI and secrets folders). */
    public RestChannel(GatewayConfig config) {
        this(config.dataDir().resolve("pki"), config.dataDir().resolve("secrets"));
    }

    RestChannel(Path pki, Path secretsDir) {
        this.pki = pki;
        this.secrets = new CarrierSecrets(secretsDir);
        this.tls = new CarrierTls(pki);
    }

    @Override
    public String name() {
        return Delivery.REST;
    }

    @Override
    public List<String> problems(String receiver, Map<String, String> parameters) {
        RestSettings.Checked checked = RestSettings.check(parameters);
        List<String> problems = new ArrayList<>(checked.problems());
        if (checked.settings() == null) {
            return problems;
        }
        try {
            if (checked.settings().auth() == RestSettings.Auth.TOKEN && secrets.token(receiver).isEmpty()) {
                problems.add("auth token: put the token " + receiver + " issued to the gateway in "
                        + secrets.tokenFile(receiver));
            }
            if (checked.settings().webhookSignature() && secrets.webhookSecret(receiver).isEmpty()) {
                problems.add("webhookSignature true: put the carrier's webhook key (16 bytes or more) in "
                        + secrets.webhookSecretFile(receiver));
            }
            tls.context(checked.settings());
        } catch (GeneralSecurityException | RuntimeException e) {
            problems.add("TLS or secrets for " + receiver + ": " + e.getMessage());
        }
        return problems;
    }

    @Override
    public void start(ChannelContext context) throws Exception {
        webhook = new TransportEventWebhook(context.partners(), secrets, context.intake(), context.clock(),
                context.config().maxDocumentBytes());
        // receivers' settings are checked by problems(), which the gateway calls for those an agreement sends to
        webhook.install(context.camel());
    }

    @Override
    public Transmission send(Outbound outbound) throws DeliveryFailure {
        RestSettings.Checked checked = RestSettings.check(outbound.delivery().parameters());
        if (checked.settings() == null) {
            throw new DeliveryFailure(DeliveryFailure.Kind.MISCONFIGURED, String.join("; ", checked.problems()));
        }
        RestSettings settings = checked.settings();
        HttpRequest request = request(outbound, settings);
        String where = "POST " + settings.url();
        Future<HttpResponse<BoundedBody.Read>> answer =
                client(settings).sendAsync(request, BoundedBody.handler(MAX_ANSWER_BYTES));
        try {
            // the request's own timeout ends with the headers; this bounds the body too
            HttpResponse<BoundedBody.Read> response = answer.get(
                    settings.connectTimeout().plus(settings.readTimeout()).toMillis(), TimeUnit.MILLISECONDS);
            return CarrierAnswer.judge(where, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null), response.body());
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new DeliveryFailure(DeliveryFailure.Kind.TIMEOUT, "rest " + where + ": no whole answer within "
                    + settings.readTimeout(), e);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new DeliveryFailure(DeliveryFailure.Kind.TIMEOUT, "rest " + where + ": interrupted", e);
        } catch (ExecutionException e) {
            throw failure(where, settings, e.getCause());
        }
    }

    private HttpRequest request(Outbound outbound, RestSettings settings) throws DeliveryFailure {
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.url())
                .timeout(settings.readTimeout())
                // the document as the agreement translated it: our XML, or EDI for a carrier that reads 204s
                .header("Content-Type", outbound.contentType())
                .header("Accept", "application/json, application/xml;q=0.9, */*;q=0.1")
                .header(IDEMPOTENCY_KEY, outbound.transmissionId())
                .POST(HttpRequest.BodyPublishers.ofByteArray(outbound.content()));
        if (outbound.signature() != null) {
            request.header(SIGNATURE_HEADER, Base64.getEncoder().encodeToString(outbound.signature()));
        }
        if (settings.auth() == RestSettings.Auth.TOKEN) {
            Optional<String> token;
            try {
                token = secrets.token(outbound.receiver());
            } catch (IllegalStateException e) {
                throw new DeliveryFailure(DeliveryFailure.Kind.MISCONFIGURED, e.getMessage(), e);
            }
            request.header("Authorization", "Bearer " + token.orElseThrow(() -> new DeliveryFailure(
                    DeliveryFailure.Kind.MISCONFIGURED, "no token for " + outbound.receiver() + " in "
                    + secrets.tokenFile(outbound.receiver()))));
        }
        return request.build();
    }

    private HttpClient client(RestSettings settings) throws DeliveryFailure {
        try {
            return clients.computeIfAbsent(settings, this::newClient);
        } catch (IllegalStateException e) {
            throw new DeliveryFailure(DeliveryFailure.Kind.MISCONFIGURED, e.getMessage(), e);
        }
    }

    private HttpClient newClient(RestSettings settings) {
        try {
            return HttpClient.newBuilder()
                    .sslContext(tls.context(settings))
                    .connectTimeout(settings.connectTimeout())
                    // a redirect would carry the document (and a token) to an address nobody configured
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .version(HttpClient.Version.HTTP_1_1)
                    .build();
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("cannot set up TLS for " + settings.url() + ": " + e.getMessage(), e);
        }
    }

    private static DeliveryFailure failure(String where, RestSettings settings, Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException) {
            return new DeliveryFailure(DeliveryFailure.Kind.UNREACHABLE, "rest " + where + ": no connection within "
                    + settings.connectTimeout(), cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return new DeliveryFailure(DeliveryFailure.Kind.TIMEOUT, "rest " + where + ": no answer within "
                    + settings.readTimeout(), cause);
        }
        if (cause instanceof SSLException) {
            return new DeliveryFailure(DeliveryFailure.Kind.UNREACHABLE, "rest " + where + ": TLS handshake failed: "
                    + CarrierAnswer.line(String.valueOf(cause.getMessage())), cause);
        }
        if (cause instanceof ConnectException) {
            // the JDK client's ConnectException carries no message when the port is closed
            return new DeliveryFailure(DeliveryFailure.Kind.UNREACHABLE, "rest " + where + ": connection refused"
                    + (cause.getMessage() == null ? "" : " (" + CarrierAnswer.line(cause.getMessage()) + ")"), cause);
        }
        if (cause instanceof IOException) {
            return new DeliveryFailure(DeliveryFailure.Kind.UNREACHABLE, "rest " + where + ": "
                    + cause.getClass().getSimpleName() + " " + CarrierAnswer.line(String.valueOf(cause.getMessage())), cause);
        }
        return new DeliveryFailure(DeliveryFailure.Kind.UNREACHABLE, "rest " + where + ": " + cause, cause);
    }

    @Override
    public void close() {
        clients.clear();
        TransportEventWebhook installed = webhook;
        if (installed != null) {
            installed.close();
        }
    }

    Path pki() {
        return pki;
    }
}
