package org.entrepot.deliver.as2;

import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entrepot.config.GatewayConfig;
import org.entrepot.deliver.Channel;
import org.entrepot.deliver.ChannelContext;
import org.entrepot.deliver.DeliveryFailure;
import org.entrepot.deliver.Outbound;
import org.entrepot.deliver.Transmission;
import org.entrepot.partner.Delivery;
import org.entrepot.partner.Partner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * AS2 (RFC 4130) with trading partners, both ways. Outbound: the document is compressed, signed
 * with the gateway's key and encrypted to the partner's certificate as the partner's settings say,
 * posted with a Message-ID made from the transmission id (so a retry or resend keeps it), and
 * delivered only when a signed MDN returns our MIC. Inbound: an AS2 server that authenticates the
 * partner by AS2-From and signature, opens the message, queues the document and answers with an
 * MDN; the same server takes the asynchronous MDNs of our own sends.
 */
public final class As2Channel implements Channel {

    private static final Logger LOG = LoggerFactory.getLogger(As2Channel.class);

    private GatewayConfig config;
    private final As2Sender sender = new As2Sender();
    private ChannelContext context;
    private As2Keys keys;
    private MdnLedger ledger;
    private As2Server server;
    private As2Receiver receiver;

    /** A channel that reads its settings (port, AS2 id, size limit) from the gateway's when started. */
    public As2Channel() {
    }

    /** As {@link #As2Channel()}; the settings given here are replaced by the context's at start. */
    public As2Channel(GatewayConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return Delivery.AS2;
    }

    @Override
    public List<String> problems(String receiver, Map<String, String> parameters) {
        return As2Settings.problems(parameters);
    }

    @Override
    public void start(ChannelContext context) throws Exception {
        this.context = context;
        this.config = context.config();
        if (!As2Settings.AS2_ID.matcher(config.as2Id()).matches()) {
            throw new IllegalArgumentException("entrepot.as2.id '" + config.as2Id() + "' is not an AS2 name");
        }
        if (!usedBy(context.partners())) {
            LOG.debug("no partner or agreement uses AS2; the AS2 server is not started");
            return;
        }
        this.keys = new As2Keys(context.pki(), context.partners(), context.clock());
        this.ledger = new MdnLedger(config.dataDir());
        this.receiver = new As2Receiver(context, keys, ledger, sender, config.as2Id());
        long limit = config.maxDocumentBytes();
        // the wire carries base64 signatures, encryption and MIME headers around the document
        long wireLimit = limit + limit / 2 + 64 * 1024;
        this.server = new As2Server(config.httpHost(), config.as2Port(), wireLimit, receiver);
        LOG.info("AS2 server of {} listens on {}:{}{}", config.as2Id(), config.httpHost(), server.port(), As2Server.PATH);
    }

    // a gateway whose community does not speak AS2 opens no port for it
    private static boolean usedBy(org.entrepot.partner.PartnerDirectory partners) {
        return partners.partners().stream().anyMatch(partner -> !partner.channel(Delivery.AS2).isEmpty())
                || partners.agreements().stream().anyMatch(agreement -> Delivery.AS2.equals(agreement.deliver().channel()));
    }

    /** The port the AS2 server listens on (the ephemeral one when configured 0). */
    public int port() {
        return server.port();
    }

    /** The address partners send messages and asynchronous MDNs to. */
    public String url() {
        return config.as2Url().orElse("http://" + hostForUrl(config.httpHost()) + ":" + port() + As2Server.PATH);
    }

    private static String hostForUrl(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    @Override
    public Transmission send(Outbound outbound) throws DeliveryFailure {
        if (server == null) {
            throw new DeliveryFailure(DeliveryFailure.Kind.MISCONFIGURED, "the AS2 channel is not started");
        }
        List<String> problems = new ArrayList<>();
        As2Settings settings = As2Settings.read(outbound.delivery().parameters(), true, problems)
                .orElseThrow(() -> new DeliveryFailure(DeliveryFailure.Kind.MISCONFIGURED,
                        "AS2 settings of " + outbound.receiver() + ": " + String.join("; ", problems)));
        Partner partner = context.partners().partner(outbound.receiver()).orElseThrow(() -> new DeliveryFailure(
                DeliveryFailure.Kind.MISCONFIGURED, "receiver " + outbound.receiver() + " is not a partner"));
        List<X509Certificate> certificates;
        try {
            certificates = keys.certificates(partner, settings.certificate());
        } catch (RuntimeException e) {
            throw new DeliveryFailure(DeliveryFailure.Kind.MISCONFIGURED, e.getMessage(), e);
        }
        String messageId = MessageIds.of(outbound.transmissionId(), config.as2Id());
        Packing.Packed packed = Packing.pack(outbound.content(), outbound.contentType(), outbound.name(), settings,
                keys.signingKey(), keys.signer(), Packing.encryptionCertificate(certificates, context.clock().instant()),
                As2Sender.MIC_ALGORITHM);
        String where = "to " + settings.as2Id() + " at " + settings.url();
        if (settings.asyncMdn()) {
            // recorded before sending: the MDN can arrive before the HTTP answer does
            ledger.expect(new MdnLedger.Pending(messageId, outbound.transmissionId(), partner.id(), packed.mic()),
                    context.clock().instant());
        }
        As2Sender.Envelope envelope = new As2Sender.Envelope(config.as2Id(), settings.as2Id(), messageId,
                settings.subject(), true, settings.signMdn(), settings.asyncMdn() ? url() : null);
        HttpResponse<byte[]> response = sender.post(settings.url(), packed.wire(), envelope, settings);
        if (response.statusCode() / 100 != 2) {
            throw new DeliveryFailure(DeliveryFailure.Kind.REFUSED, where + " answered HTTP " + response.statusCode()
                    + ": " + snippet(response.body()));
        }
        Optional<MimeEntity> mdn = As2Sender.mdnIn(response).filter(entity -> entity.mediaType().startsWith("multipart/"));
        if (mdn.isPresent()) {
            Transmission receipt = As2Sender.judge(mdn.get(), certificates, settings.signMdn(), messageId, packed.mic(), where);
            if (settings.asyncMdn()) {
                ledger.settle(messageId);
            }
            return receipt;
        }
        if (settings.asyncMdn()) {
            return new Transmission(Transmission.Status.AWAITING_RECEIPT, "as2 " + where + ": sent as Message-ID "
                    + messageId + ", asynchronous MDN expected at " + url(), List.of());
        }
        throw new DeliveryFailure(DeliveryFailure.Kind.RECEIPT_INVALID, where + " answered without an MDN, so nothing"
                + " proves the message arrived");
    }

    private static String snippet(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, 200), java.nio.charset.StandardCharsets.US_ASCII);
        return text.replaceAll("[^\\x20-\\x7e]", " ").strip();
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }
}
