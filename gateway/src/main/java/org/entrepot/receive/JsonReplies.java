package org.entrepot.receive;

import io.vertx.core.json.JsonObject;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.entrepot.document.Reason;

/** The answers of the gateway's HTTP routes (document intake, carriers' webhook): JSON, with no request header echoed back. */
public final class JsonReplies {

    private JsonReplies() {
    }

    /** Answers with {@code body}; the request's headers are dropped so none leaks into the response. */
    public static void respond(Exchange exchange, int status, JsonObject body) {
        Message message = exchange.getMessage();
        message.getHeaders().clear();
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, "application/json");
        message.setBody(body.encode());
    }

    /** Refuses the request with the coded reason ({@code {"code":"…","message":"…"}}) and ends the route there. */
    public static void refuse(Exchange exchange, int status, Reason reason, String message) {
        respond(exchange, status, HttpGuard.problem(reason, message));
        exchange.setRouteStop(true);
    }
}
