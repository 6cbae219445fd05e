package org.entrepot.deliver.rest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * A carrier's shipping instruction API on loopback (JDK HttpsServer): it takes POSTs, remembers
 * every request as it arrived, and answers like a carrier that honours idempotency keys: the
 * same key gets the same reference and is booked once. It can require a client certificate or a
 * bearer token, answer as a test says, go down and come back on the same port.
 */
final class TestCarrierApi implements AutoCloseable {

    /** A request as the carrier saw it. */
    record Received(String path, Map<String, List<String>> headers, byte[] body, String clientSubject) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    /** What the carrier answers. */
    record Answer(int status, String contentType, String body) {
    }

    static final String PATH = "/v1/shipping-instructions";

    private final ServerCertificates identity;
    private final X509Certificate clientIssuer;
    private final String token;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, String> booked = new ConcurrentHashMap<>();
    private final AtomicInteger references = new AtomicInteger();
    private volatile Function<Received, Answer> answers = this::book;
    private HttpsServer server;
    private ExecutorService executor;
    private int port;

    /**
     * @param clientIssuer when not null, a client certificate issued by it is required
     * @param token        when not null, this bearer token is required
     */
    private TestCarrierApi(ServerCertificates identity, X509Certificate clientIssuer, String token) {
        this.identity = identity;
        this.clientIssuer = clientIssuer;
        this.token = token;
    }

    static TestCarrierApi start(ServerCertificates identity, X509Certificate clientIssuer, String token) throws Exception {
        TestCarrierApi api = new TestCarrierApi(identity, clientIssuer, token);
        api.listen(0);
        return api;
    }

    private synchronized void listen(int onPort) throws Exception {
        SSLContext context = identity.serverContext(clientIssuer);
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", onPort), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context) {
            @Override
            public void configure(HttpsParameters parameters) {
                SSLParameters ssl = context.getDefaultSSLParameters();
                ssl.setNeedClientAuth(clientIssuer != null);
                parameters.setSSLParameters(ssl);
            }
        });
        server.createContext("/", this::handle);
        executor = Executors.newFixedThreadPool(2);
        server.setExecutor(executor);
        server.start();
        port = server.getAddress().getPort();
    }

    String url() {
        return "https://127.0.0.1:" + port + PATH;
    }

    int port() {
        return port;
    }

    /** The carrier's server goes down: connections are refused. */
    synchronized void down() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** The carrier's server comes back on the same port. */
    synchronized void up() throws Exception {
        listen(port);
    }

    void answerWith(Function<Received, Answer> answers) {
        this.answers = answers;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** How many different documents (by idempotency key) the carrier booked. */
    int booked() {
        return booked.size();
    }

    private Answer book(Received request) {
        String key = request.header("Idempotency-Key");
        String reference = booked.computeIfAbsent(key == null ? "none-" + references.incrementAndGet() : key,
                k -> "BLTSI" + (1000 + references.incrementAndGet()));
        return new Answer(201, "application/json", "{\"shippingInstructionReference\":\"" + reference + "\"}");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String subject = null;
            if (exchange instanceof HttpsExchange https) {
                try {
                    Certificate[] peer = https.getSSLSession().getPeerCertificates();
                    subject = ((X509Certificate) peer[0]).getSubjectX500Principal().getName();
                } catch (javax.net.ssl.SSLPeerUnverifiedException e) {
                    subject = null;
                }
            }
            Received request = new Received(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()),
                    body, subject);
            received.add(request);
            Answer answer;
            if (token != null && !("Bearer " + token).equals(request.header("Authorization"))) {
                answer = new Answer(401, "application/json", "{\"message\":\"unknown or missing token\"}");
            } else {
                answer = answers.apply(request);
            }
            byte[] out = answer.body().getBytes(StandardCharsets.UTF_8);
            if (answer.contentType() != null) {
                exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            }
            exchange.sendResponseHeaders(answer.status(), out.length == 0 ? -1 : out.length);
            exchange.getResponseBody().write(out);
        }
    }

    @Override
    public void close() {
        down();
    }
}
