package org.entrepot.gateway;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.entrepot.deliver.Channel;
import org.entrepot.deliver.DeliveryFailure;
import org.entrepot.deliver.Outbound;
import org.entrepot.deliver.Transmission;

/**
 * A receiver on a real loopback socket speaking the smallest protocol that can prove the delivery
 * route: the sender writes the transmission id and the document, the receiver answers with its
 * own reference. It can be down (nothing listening on its port) and come back on the same port.
 * {@link LineChannel} is the gateway's side, standing in for a network channel under test.
 */
final class LinePeer implements AutoCloseable {

    private final int port;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final Map<String, byte[]> documents = new ConcurrentHashMap<>();
    private final AtomicInteger references = new AtomicInteger();
    private volatile ServerSocket server;

    private LinePeer(int port) {
        this.port = port;
    }

    /** A peer with a port of its own, down until {@link #up()}. */
    static LinePeer down() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return new LinePeer(probe.getLocalPort());
        }
    }

    String url() {
        return "tcp://127.0.0.1:" + port;
    }

    synchronized void up() throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        server = socket;
        Thread accept = new Thread(() -> serve(socket), "line-peer-" + port);
        accept.setDaemon(true);
        accept.start();
    }

    /** Transmission ids in the order they arrived; a retry the peer already had shows twice. */
    List<String> received() {
        return List.copyOf(received);
    }

    byte[] document(String transmissionId) {
        return documents.get(transmissionId);
    }

    private void serve(ServerSocket socket) {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept();
                    DataInputStream in = new DataInputStream(client.getInputStream());
                    DataOutputStream out = new DataOutputStream(client.getOutputStream())) {
                String id = in.readUTF();
                byte[] document = in.readNBytes(in.readInt());
                received.add(id);
                documents.put(id, document);
                out.writeUTF("OK PEER-" + references.incrementAndGet());
            } catch (IOException e) {
                // closed, or a client gave up half-way
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    /** The gateway side: named like the channel an agreement names, so the partner file can route to it. */
    static final class LineChannel implements Channel {

        private final String name;
        private final boolean receiptsLater;
        private volatile org.entrepot.deliver.DeliveryReports reports;

        LineChannel(String name) {
            this(name, false);
        }

        /**
         * @param receiptsLater whether the peer's answer only says "sent", the receipt coming
         *     later through {@link #reports()}, as an asynchronous AS2 MDN does
         */
        LineChannel(String name, boolean receiptsLater) {
            this.name = name;
            this.receiptsLater = receiptsLater;
        }

        @Override
        public void start(org.entrepot.deliver.ChannelContext context) {
            reports = context.reports();
        }

        org.entrepot.deliver.DeliveryReports reports() {
            return reports;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public List<String> problems(String receiver, Map<String, String> parameters) {
            String url = address(parameters);
            return url.startsWith("tcp://") ? List.of() : List.of("url must be tcp://host:port, not " + url);
        }

        // a url where the channel has one, host and port where it has those (sftp)
        private static String address(Map<String, String> parameters) {
            return parameters.containsKey("host") ? "tcp://" + parameters.get("host") + ":" + parameters.get("port")
                    : String.valueOf(parameters.get("url"));
        }

        @Override
        public Transmission send(Outbound outbound) throws DeliveryFailure {
            URI url = URI.create(address(outbound.delivery().parameters()));
            try (Socket socket = new Socket()) {
                socket.connect(new java.net.InetSocketAddress(url.getHost(), url.getPort()),
                        (int) Duration.ofSeconds(2).toMillis());
                socket.setSoTimeout(10_000);
                DataOutputStream out = new DataOutputStream(socket.getOutputStream());
                out.writeUTF(outbound.transmissionId());
                out.writeInt(outbound.content().length);
                out.write(outbound.content());
                out.flush();
                String answer = new DataInputStream(socket.getInputStream()).readUTF();
                if (receiptsLater) {
                    return new Transmission(Transmission.Status.AWAITING_RECEIPT, "sent, receipt to follow", List.of());
                }
                return new Transmission(Transmission.Status.DELIVERED, "accepted as " + answer.substring(3),
                        List.of(new Transmission.Evidence("receipt", "txt", answer.getBytes(StandardCharsets.UTF_8))));
            } catch (java.net.ConnectException e) {
                throw new DeliveryFailure(DeliveryFailure.Kind.UNREACHABLE, "connection refused by " + url.getAuthority(), e);
            } catch (IOException e) {
                throw new DeliveryFailure(DeliveryFailure.Kind.TIMEOUT, e.getMessage(), e);
            }
        }
    }
}
