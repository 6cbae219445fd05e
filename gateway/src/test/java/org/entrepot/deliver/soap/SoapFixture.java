package org.entrepot.deliver.soap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.entrepot.config.GatewayConfig;
import org.entrepot.config.GatewaySetting;
import org.entrepot.deliver.ChannelContext;
import org.entrepot.deliver.DeliveryFailure;
import org.entrepot.deliver.DeliveryReports;
import org.entrepot.deliver.Outbound;
import org.entrepot.deliver.Transmission;
import org.entrepot.gateway.TestGateways;
import org.entrepot.partner.Delivery;
import org.entrepot.partner.Partner;
import org.entrepot.partner.PartnerDirectory;
import org.entrepot.partner.Retry;
import org.entrepot.receive.InboundDocument;
import org.entrepot.receive.Intake;
import org.entrepot.sign.DemoPki;
import org.entrepot.track.MessageIds;
import org.entrepot.translate.Format;
import org.entrepot.translate.Samples;

/**
 * A started SOAP channel on the demo community (samples/partners.yaml) and a fresh demo PKI, with
 * an intake that records what it is handed, and the customs office's test service on loopback.
 */
final class SoapFixture implements AutoCloseable {

    static final String CUSTOMS = "zoll-hamburg";
    static final String BROKER = "hanse-zoll";

    final Path data;
    final GatewayConfig config;
    final PartnerDirectory partners;
    final DemoPki pki;
    final List<InboundDocument> received = new CopyOnWriteArrayList<>();
    final SoapChannel channel;
    TestCustomsService customs;

    SoapFixture(Path data, Map<String, String> extraSettings) throws Exception {
        this.data = data;
        Map<String, String> settings = TestGateways.settings(data);
        settings.put(GatewaySetting.PARTNERS_FILE.key(), Samples.repository().resolve("samples/partners.yaml").toString());
        settings.put(GatewaySetting.HTTP_HOST.key(), "127.0.0.1");
        settings.put(GatewaySetting.SOAP_PORT.key(), "0");
        settings.putAll(extraSettings);
        config = GatewayConfig.of(settings);
        partners = PartnerDirectory.load(config.partnersFile());
        pki = DemoPki.ensure(config.dataDir().resolve("pki"), partners.partners().stream().map(Partner::id).toList());
        channel = newChannel();
    }

    /** A further channel on the same data folder, started now (after a test changed the certificate store). */
    SoapChannel newChannel() throws Exception {
        SoapChannel started = new SoapChannel();
        Intake intake = received::add;
        started.start(new ChannelContext(config, partners, intake, new NoReports(), null, null, Clock.systemUTC()));
        return started;
    }

    SoapFixture(Path data) throws Exception {
        this(data, Map.of());
    }

    /** Starts the customs office's service, signing its answers with its demo key. */
    TestCustomsService startCustoms() {
        customs = TestCustomsService.start(0, pki.partnerKey(CUSTOMS).orElseThrow(), pki.gatewayKey().certificate(),
                pki.trustAnchors());
        return customs;
    }

    static byte[] declaration() {
        return read("entrepot/customs/1/hanse-zoll-declaration.xml");
    }

    static byte[] declaration(String from, String to) {
        String text = new String(declaration(), StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(from + " is not in the declaration");
        }
        return text.replace(from, to).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] read(String resource) {
        try (var in = SoapFixture.class.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException(resource + " cannot be read", e);
        }
    }

    /** A declaration to customs at {@code url}, as the delivery route hands it to the channel. */
    static Outbound outbound(String messageId, byte[] content, Map<String, String> parameters) {
        return new Outbound(messageId, 1, CUSTOMS, "hanse-zoll-declaration",
                new Delivery(Delivery.SOAP, parameters, Retry.DEFAULT), messageId + "-1.xml", content, null,
                Format.ENTREPOT, 1);
    }

    Outbound toCustoms(byte[] content) {
        return outbound(MessageIds.next(), content, Map.of("url", customs.address(), "readTimeout", "PT20S"));
    }

    void write(String name, byte[] content) {
        try {
            Files.write(data.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws Exception {
        if (customs != null) {
            customs.close();
        }
        channel.close();
    }

    private static final class NoReports implements DeliveryReports {
        @Override
        public void delivered(String transmissionId, Transmission receipt) {
            throw new AssertionError("the SOAP channel's receipts are synchronous");
        }

        @Override
        public void failed(String transmissionId, DeliveryFailure failure) {
            throw new AssertionError("the SOAP channel's receipts are synchronous");
        }
    }
}
