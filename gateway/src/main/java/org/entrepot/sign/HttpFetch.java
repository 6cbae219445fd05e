package org.entrepot.sign;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The HTTP calls revocation checking makes: a GET for a CRL, a POST for an OCSP request. Bounded
 * in time and size, because the URL comes from a certificate a partner presented.
 */
final class HttpFetch {

    private static final int MAX_BYTES = 16 * 1024 * 1024;

    private final HttpClient client;
    private final Duration timeout;

    HttpFetch(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    byte[] get(URI uri) throws IOException {
        return send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build(), uri);
    }

    byte[] post(URI uri, String contentType, byte[] body) throws IOException {
        return send(HttpRequest.newBuilder(uri).timeout(timeout).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), uri);
    }

    private byte[] send(HttpRequest request, URI uri) throws IOException {
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IOException(uri + " answered HTTP " + response.statusCode());
                }
                byte[] bytes = in.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new IOException(uri + " sent more than " + MAX_BYTES + " bytes");
                }
                return bytes;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking " + uri, e);
        } catch (IllegalArgumentException e) {
            throw new IOException("cannot ask " + uri + ": " + e.getMessage(), e);
        }
    }

    /** Only plain web locations: LDAP, file and other schemes named in a certificate are not followed. */
    static boolean isWebUri(String uri) {
        return uri.startsWith("http://") || uri.startsWith("https://");
    }
}
