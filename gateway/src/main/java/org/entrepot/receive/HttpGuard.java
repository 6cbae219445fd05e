package org.entrepot.receive;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.User;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import org.entrepot.document.Reason;

/**
 * Checks every request under {@code /api/} on the HTTP server itself, before its body is read:
 * a request without a known bearer token is answered 401 straight away, so an unknown client
 * cannot make the gateway receive (and buffer) a body at all. A known token marks the request
 * with its partner, which the routes then read.
 *
 * <p>It also turns the server's own refusal of an oversized body (Vert.x answers 413 as soon as
 * the declared length or the bytes read pass the limit) into the gateway's JSON answer.
 */
public final class HttpGuard {

    /** The paths the guard covers. */
    public static final String API_PATHS = "/api/*";

    private static final String BEARER = "bearer ";

    private final ApiTokens tokens;

    /** @param tokens the partners' tokens */
    public HttpGuard(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /**
     * Installs the guard. Call it before any route under {@code /api/} is added to the router, so
     * the guard comes first.
     *
     * @param router the HTTP server's router
     */
    public void install(Router router) {
        router.route(API_PATHS).handler(this::authenticate);
        router.route(API_PATHS).failureHandler(HttpGuard::answerFailure);
    }

    private void authenticate(RoutingContext context) {
        Optional<String> partner = bearerToken(context.request().getHeader(HttpHeaders.AUTHORIZATION))
                .flatMap(tokens::authenticate);
        if (partner.isEmpty()) {
            context.response()
                    .setStatusCode(401)
                    .putHeader("WWW-Authenticate", "Bearer realm=\"entrepot\"")
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(problem(Reason.NOT_AUTHENTICATED,
                            "present a partner's API token as 'Authorization: Bearer <token>'").encode());
            return;
        }
        markAuthenticated(context, partner.get());
        context.next();
    }

    // Camel's platform-http hands RoutingContext.user() to the route; in Vert.x 4 setting it
    // directly is deprecated in favour of authentication handlers, which a bearer token check
    // this small does not need
    @SuppressWarnings("deprecation")
    private static void markAuthenticated(RoutingContext context, String partner) {
        context.setUser(User.fromName(partner));
    }

    private static void answerFailure(RoutingContext context) {
        if (context.statusCode() == 413 && !context.response().headWritten()) {
            context.response()
                    .setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    // the rest of an oversized body is not worth reading; the client must not resend it
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(problem(Reason.DOCUMENT_TOO_LARGE, Reason.DOCUMENT_TOO_LARGE.description()).encode());
            return;
        }
        context.next();
    }

    static Optional<String> bearerToken(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return Optional.of(authorization.substring(BEARER.length()).trim()).filter(token -> !token.isEmpty());
    }

    /** The JSON body of every refusal: {@code {"code":"…","message":"…"}}. */
    static JsonObject problem(Reason reason, String message) {
        return new JsonObject().put("code", reason.name()).put("message", message);
    }
}
