package org.entrepot.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Plain HTTP calls to a gateway on 127.0.0.1, the way a partner's client makes them. */
public final class TestHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;

    public TestHttp(int port) {
        this.port = port;
    }

    /** POSTs a document; {@code token} may be null for none. */
    public HttpResponse<String> post(String token, byte[] body) {
        return post(token, HttpRequest.BodyPublishers.ofByteArray(body), Map.of());
    }

    /** POSTs with extra request headers. */
    public HttpResponse<String> post(String token, HttpRequest.BodyPublisher body, Map<String, String> headers) {
        HttpRequest.Builder request = request("/api/v1/documents", token).POST(body);
        headers.forEach(request::header);
        return send(request.build());
    }

    /** GETs a document's history. */
    public HttpResponse<String> history(String token, String messageId) {
        return send(request("/api/v1/documents/" + messageId, token).GET().build());
    }

    /** Sends any request. */
    public HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request builder for a path on the gateway, with the token if there is one. */
    public HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/edifact");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }
}
