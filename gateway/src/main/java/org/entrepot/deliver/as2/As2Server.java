package org.entrepot.deliver.as2;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AS2 server's HTTP side: one path, {@code /as2}, taking partners' messages and the
 * asynchronous MDNs of our own sends. It reads bodies up to a limit (a larger Content-Length is
 * refused before reading) and hands them to {@link As2Receiver}; nothing here interprets a header.
 */
final class As2Server implements AutoCloseable {

    static final String PATH = "/as2";
    private static final Logger LOG = LoggerFactory.getLogger(As2Server.class);

    /** What the receiver answers: status, headers and body. */
    record Answer(int status, List<String[]> headers, byte[] body) {
        static Answer text(int status, String text) {
            return new Answer(status, List.<String[]>of(new String[] {"Content-Type", "text/plain; charset=us-ascii"}),
                    (text + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
    }

    /** Handles one request whose body was read within the limit. */
    interface Handler {
        Answer handle(HttpExchange exchange, byte[] body);
    }

    private final HttpServer server;
    private final ExecutorService threads;

    As2Server(String host, int port, long wireLimit, Handler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress(host, port), 50);
        threads = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "as2-server");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext(PATH, exchange -> {
            try (exchange) {
                Answer answer = answer(exchange, wireLimit, handler);
                for (String[] header : answer.headers()) {
                    exchange.getResponseHeaders().add(header[0], header[1]);
                }
                exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
                if (answer.body().length > 0) {
                    exchange.getResponseBody().write(answer.body());
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("AS2 request from {} ended with {}", exchange.getRemoteAddress(), e.toString());
            }
        });
        server.start();
    }

    private static Answer answer(HttpExchange exchange, long wireLimit, Handler handler) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            return Answer.text(405, "AS2 messages are POSTed");
        }
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > wireLimit) {
                    discard(exchange.getRequestBody(), wireLimit);
                    return Answer.text(413, "DOCUMENT_TOO_LARGE: the message exceeds " + wireLimit + " bytes");
                }
            } catch (NumberFormatException e) {
                return Answer.text(400, "Content-Length is not a number");
            }
        }
        byte[] body = readBounded(exchange.getRequestBody(), wireLimit);
        if (body == null) {
            discard(exchange.getRequestBody(), wireLimit);
            return Answer.text(413, "DOCUMENT_TOO_LARGE: the message exceeds " + wireLimit + " bytes");
        }
        return handler.handle(exchange, body);
    }

    // null when the body is longer than the limit (chunked bodies have no Content-Length to check first)
    private static byte[] readBounded(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16384];
        int read;
        while ((read = in.read(buffer)) > 0) {
            if (out.size() + (long) read > limit) {
                return null;
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    /**
     * Reads and drops what is left of a refused body, up to a few times the limit and never keeping
     * it, so that a client still sending sees the 413 rather than a reset connection; a body beyond
     * that is cut off.
     */
    private static void discard(InputStream in, long wireLimit) {
        byte[] buffer = new byte[16384];
        long left = 4 * wireLimit;
        try {
            int read;
            while (left > 0 && (read = in.read(buffer)) > 0) {
                left -= read;
            }
        } catch (IOException e) {
            // the client gave up; the answer goes nowhere anyway
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdown();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
