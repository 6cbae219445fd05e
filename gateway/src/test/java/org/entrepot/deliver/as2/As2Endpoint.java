package org.entrepot.deliver.as2;

import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.entrepot.config.GatewayConfig;
import org.entrepot.deliver.ChannelContext;
import org.entrepot.deliver.DeliveryFailure;
import org.entrepot.deliver.DeliveryReports;
import org.entrepot.deliver.Outbound;
import org.entrepot.deliver.Transmission;
import org.entrepot.partner.Delivery;
import org.entrepot.partner.PartnerDirectory;
import org.entrepot.receive.InboundDocument;
import org.entrepot.sign.DemoPki;
import org.entrepot.sign.PartnerCertificateStore;
import org.entrepot.sign.SigningKey;
import org.entrepot.track.MessageIds;
import org.entrepot.translate.Format;

/**
 * One Entrepot AS2 endpoint for tests: an {@link As2Channel} started on a loopback port with its
 * own data folder and PKI, an intake that records what it is handed, and delivery reports that
 * record the asynchronous receipts.
 */
final class As2Endpoint implements AutoCloseable {

    final Path data;
    final String as2Id;
    final int port;
    final As2Channel channel;
    final List<InboundDocument> received = new CopyOnWriteArrayList<>();
    final Map<String, Transmission> delivered = new ConcurrentHashMap<>();
    final Map<String, DeliveryFailure> failed = new ConcurrentHashMap<>();
    volatile RuntimeException intakeFailure;

    private As2Endpoint(Path data, String as2Id, int port, String partnersYaml, Map<String, String> settings) throws Exception {
        this.data = data;
        this.as2Id = as2Id;
        this.port = port;
        Map<String, String> all = new java.util.HashMap<>(Map.of("entrepot.data.dir", data.toString(),
                "entrepot.as2.port", Integer.toString(port), "entrepot.as2.id", as2Id,
                "entrepot.max.document.bytes", "1MiB"));
        all.putAll(settings);
        GatewayConfig config = GatewayConfig.of(all);
        PartnerDirectory partners = PartnerDirectory.read(new StringReader(partnersYaml), "test partners");
        channel = new As2Channel(config);
        DeliveryReports reports = new DeliveryReports() {
            @Override
            public void delivered(String transmissionId, Transmission receipt) {
                delivered.put(transmissionId, receipt);
            }

            @Override
            public void failed(String transmissionId, DeliveryFailure failure) {
                failed.put(transmissionId, failure);
            }
        };
        channel.start(new ChannelContext(config, partners, document -> {
            if (intakeFailure != null) {
                throw intakeFailure;
            }
            received.add(document);
        }, reports, null, null, Clock.systemUTC()));
    }

    static As2Endpoint start(Path data, String as2Id, int port, String partnersYaml) throws Exception {
        return new As2Endpoint(data, as2Id, port, partnersYaml, Map.of());
    }

    /** A free loopback port, for partner files written before the endpoint starts. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String url(int port) {
        return "http://127.0.0.1:" + port + "/as2";
    }

    String url() {
        return url(port);
    }

    // generating a demo PKI costs many RSA keys; each named one is made once per test JVM and copied
    private static final Map<String, Path> PKI_TEMPLATES = new ConcurrentHashMap<>();

    /** Gives {@code data} the demo PKI called {@code name} (the same keys in every test) and returns its gateway key. */
    static SigningKey gatewayKey(Path data, String name) throws IOException {
        Path template = PKI_TEMPLATES.computeIfAbsent(name, key -> {
            try {
                Path folder = java.nio.file.Files.createTempDirectory("as2-pki-" + key);
                DemoPki.gatewayKey(folder, List.of());
                return folder;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Path pki = data.resolve("pki");
        if (!java.nio.file.Files.exists(pki)) {
            try (var files = java.nio.file.Files.walk(template)) {
                for (Path file : files.toList()) {
                    Path target = pki.resolve(template.relativize(file).toString());
                    if (java.nio.file.Files.isDirectory(file)) {
                        java.nio.file.Files.createDirectories(target);
                    } else {
                        java.nio.file.Files.copy(file, target);
                    }
                }
            }
        }
        return DemoPki.gatewayKey(pki, List.of());
    }

    /** Registers a partner's certificate in this data folder's partner certificate store. */
    static void trust(Path data, String alias, X509Certificate certificate) {
        PartnerCertificateStore store = DemoPki.partnerCertificateStore(data.resolve("pki"));
        store.put(alias, certificate);
        DemoPki.save(data.resolve("pki"), store);
    }

    /** A partner file with one partner that speaks AS2 with the given settings. */
    static String partnerFile(String partnerId, Map<String, String> as2) {
        StringBuilder settings = new StringBuilder();
        as2.forEach((key, value) -> settings.append("          ").append(key).append(": \"").append(value).append("\"\n"));
        return """
                partners:
                  - id: %s
                    name: Partner %s
                    identifiers:
                      - { scheme: MUTUAL, value: "%s" }
                    channels:
                      as2:
                %s
                agreements: []
                """.formatted(partnerId, partnerId, partnerId.toUpperCase(java.util.Locale.ROOT), settings);
    }

    /** An invoice for {@code receiver} with these AS2 settings. */
    static Outbound invoice(String receiver, Map<String, String> as2, String text) {
        return new Outbound(MessageIds.next(), 1, receiver, "test-invoice", new Delivery(Delivery.AS2, as2, null),
                "invoice-1.edi", text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), null, Format.EDIFACT, 1);
    }

    static final String INVOIC = "UNA:+.? 'UNB+UNOC:3+4000001000005:14+4012345000016:14+260101:1200+INV0001'"
            + "UNH+1+INVOIC:D:96A:UN'BGM+380+INV-2026-001+9'DTM+137:20260101:102'UNT+4+1'UNZ+1+INV0001'";

    @Override
    public void close() {
        channel.close();
    }
}
