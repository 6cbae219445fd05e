package org.entrepot.deliver.as2;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.entrepot.deliver.ChannelContext;
import org.entrepot.deliver.DeliveryFailure;
import org.entrepot.deliver.Transmission;
import org.entrepot.document.Reason;
import org.entrepot.partner.Partner;
import org.entrepot.receive.InboundDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the AS2 server does with a request: a partner's message is authenticated (AS2-From names
 * the partner, and the signature must be by that partner's certificate), opened, handed to the
 * intake and answered with an MDN as the sender asked; an MDN for one of our sends is checked
 * against the MIC we recorded and reported to the delivery.
 *
 * <p>Only the headers AS2 defines are read, each as data; nothing from the request becomes a
 * header, a path or a Camel header (a peer's {@code CamelFileName} in any case is ignored).
 */
final class As2Receiver implements As2Server.Handler, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(As2Receiver.class);

    private final ChannelContext context;
    private final As2Keys keys;
    private final MdnLedger ledger;
    private final As2Sender sender;
    private final String ourAs2Id;
    private final ExecutorService asyncMdns = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "as2-async-mdn");
        thread.setDaemon(true);
        return thread;
    });

    As2Receiver(ChannelContext context, As2Keys keys, MdnLedger ledger, As2Sender sender, String ourAs2Id) {
        this.context = context;
        this.keys = keys;
        this.ledger = ledger;
        this.sender = sender;
        this.ourAs2Id = ourAs2Id;
    }

    @Override
    public As2Server.Answer handle(HttpExchange exchange, byte[] body) {
        Headers headers = exchange.getRequestHeaders();
        String contentType = headers.getFirst("Content-Type");
        if (contentType == null) {
            return As2Server.Answer.text(400, "Content-Type is missing");
        }
        MimeEntity outer;
        try {
            outer = MimeEntity.fromHttp(contentType, headers.getFirst("Content-Transfer-Encoding"), body);
        } catch (IllegalArgumentException e) {
            return As2Server.Answer.text(400, "the Content-Type header is not usable");
        }
        if (isMdn(outer)) {
            return receiveMdn(headers, outer);
        }
        return receiveMessage(exchange, headers, outer);
    }

    private static boolean isMdn(MimeEntity outer) {
        if (outer.mediaType().equals("multipart/report")) {
            return true;
        }
        if (outer.mediaType().equals("multipart/signed")) {
            try {
                return outer.parts().get(0).mediaType().equals("multipart/report");
            } catch (RuntimeException e) {
                return false;
            }
        }
        return false;
    }

    private As2Server.Answer receiveMessage(HttpExchange exchange, Headers headers, MimeEntity outer) {
        String as2From = unquote(headers.getFirst("AS2-From"));
        String as2To = unquote(headers.getFirst("AS2-To"));
        Optional<String> messageId = MessageIds.accepted(headers.getFirst("Message-ID"));
        if (messageId.isEmpty()) {
            return As2Server.Answer.text(400, "Message-ID is missing or not a plain msg-id");
        }
        if (as2To == null || !as2To.equals(ourAs2Id)) {
            return As2Server.Answer.text(403, "NOT_AUTHENTICATED: AS2-To does not name this gateway");
        }
        Optional<Partner> partner = partnerNamed(as2From);
        if (partner.isEmpty()) {
            LOG.warn("AS2 message {} from unknown AS2-From refused", messageId.get());
            return As2Server.Answer.text(403, "NOT_AUTHENTICATED: AS2-From is not a partner of this gateway");
        }
        List<String> problems = new ArrayList<>();
        As2Settings settings = As2Settings.read(partner.get().channel("as2"), false, problems).orElse(null);
        if (settings == null) {
            return As2Server.Answer.text(500, "the partner's AS2 settings are not usable: " + problems);
        }
        MdnRequest request = MdnRequest.of(headers);
        Unpacking.Unpacked unpacked;
        try {
            unpacked = Unpacking.open(outer, keys.certificates(partner.get(), settings.certificate()), keys.decryptionKeys(),
                    settings.sign(), request.micAlgorithm(), context.config().maxDocumentBytes());
        } catch (As2Refusal refusal) {
            LOG.warn("AS2 message {} from {} refused: {}", messageId.get(), partner.get().id(), refusal.describe());
            return answer(request, settings, as2From, messageId.get(), "processed/error: " + refusal.modifier(), null,
                    "The message was refused: " + refusal.describe());
        }
        boolean first = !ledgerKnows(partner.get().id(), messageId.get());
        try {
            context.intake().submit(new InboundDocument(org.entrepot.track.MessageIds.next(), unpacked.content(),
                    metadata(exchange, partner.get(), messageId.get(), unpacked)));
        } catch (RuntimeException e) {
            LOG.warn("AS2 message {} from {} could not be queued: {}", messageId.get(), partner.get().id(), e.toString());
            return As2Server.Answer.text(503, "the gateway cannot take the message now; send it again later");
        }
        if (first) {
            ledger.firstReceipt(partner.get().id(), messageId.get(), context.clock().instant());
        }
        return answer(request, settings, as2From, messageId.get(),
                first ? "processed" : "processed/warning: duplicate-document", unpacked.mic(),
                first ? "The message was received and queued for processing."
                        : "This Message-ID was received before; the gateway's duplicate register decides on it.");
    }

    private boolean ledgerKnows(String partner, String messageId) {
        return ledger.received(partner, messageId);
    }

    private Map<String, String> metadata(HttpExchange exchange, Partner partner, String messageId, Unpacking.Unpacked unpacked) {
        Map<String, String> metadata = new HashMap<>();
        metadata.put(InboundDocument.CHANNEL, "as2");
        metadata.put(InboundDocument.AUTHENTICATED_PARTNER, partner.id());
        metadata.put(InboundDocument.RECEIVED_AT, context.clock().instant().toString());
        metadata.put(InboundDocument.TRANSPORT_MESSAGE_ID, messageId);
        metadata.put(InboundDocument.CONTENT_TYPE, unpacked.contentType());
        metadata.put(InboundDocument.REMOTE_ADDRESS, exchange.getRemoteAddress().getAddress().getHostAddress());
        unpacked.fileName().flatMap(As2Receiver::safeFileName).ifPresent(name -> metadata.put(InboundDocument.FILE_NAME, name));
        return metadata;
    }

    /** The last path segment of a sender's file name, in safe characters; empty when nothing usable remains. */
    static Optional<String> safeFileName(String given) {
        String name = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1)
                .replaceAll("[^A-Za-z0-9._-]", "_");
        name = name.length() > 100 ? name.substring(name.length() - 100) : name;
        return name.isEmpty() || name.chars().allMatch(c -> c == '.') ? Optional.empty() : Optional.of(name);
    }

    private As2Server.Answer answer(MdnRequest request, As2Settings settings, String partnerAs2Id, String messageId,
                                    String outcome, String mic, String text) {
        if (!request.requested()) {
            boolean failed = outcome.contains("/error");
            return As2Server.Answer.text(failed ? 400 : 200, failed ? outcome : "received");
        }
        MimeEntity mdn = Mdn.write("Entrepot AS2 " + ourAs2Id, ourAs2Id, messageId, outcome, mic, text,
                request.signed() ? keys.signingKey() : null, keys.signer());
        String mdnMessageId = MessageIds.of("mdn-" + org.entrepot.track.MessageIds.next(), ourAs2Id);
        Optional<URI> async = request.asyncUrl().filter(url -> allowedMdnTarget(url, settings));
        if (async.isPresent()) {
            asyncMdns.submit(() -> {
                try {
                    sender.postMdn(async.get(), mdn, ourAs2Id, partnerAs2Id, mdnMessageId, settings.connectTimeout(),
                            settings.readTimeout());
                } catch (DeliveryFailure e) {
                    LOG.warn("asynchronous MDN for {} to {} failed: {}", messageId, async.get(), e.describe());
                }
            });
            return As2Server.Answer.text(200, "received; the MDN follows asynchronously");
        }
        List<String[]> headers = List.of(
                new String[] {"AS2-Version", "1.2"},
                new String[] {"AS2-From", As2Sender.quoted(ourAs2Id)},
                new String[] {"AS2-To", As2Sender.quoted(partnerAs2Id)},
                new String[] {"Message-ID", "<" + mdnMessageId + ">"},
                new String[] {"MIME-Version", "1.0"},
                new String[] {"Content-Type", mdn.header("Content-Type").orElseThrow()});
        return new As2Server.Answer(200, headers, mdn.body());
    }

    // an asynchronous MDN goes only to the host of the partner's own AS2 address: a Receipt-Delivery-Option
    // naming any other host would make the gateway post to wherever a sender likes
    private static boolean allowedMdnTarget(URI url, As2Settings settings) {
        boolean web = "http".equals(url.getScheme()) || "https".equals(url.getScheme());
        return web && settings.url() != null && url.getHost() != null
                && url.getHost().equalsIgnoreCase(settings.url().getHost());
    }

    private As2Server.Answer receiveMdn(Headers headers, MimeEntity outer) {
        Mdn unverified;
        try {
            unverified = Mdn.read(unsignedView(outer), List.of(), false);
        } catch (As2Refusal refusal) {
            return As2Server.Answer.text(400, refusal.describe());
        }
        Optional<MdnLedger.Pending> pending = ledger.pending(unverified.originalMessageId());
        if (pending.isEmpty()) {
            LOG.info("MDN for unknown or settled Message-ID {} ignored", unverified.originalMessageId());
            return As2Server.Answer.text(200, "no message awaits this MDN");
        }
        Optional<Partner> partner = context.partners().partner(pending.get().partner());
        if (partner.isEmpty()) {
            return As2Server.Answer.text(403, "NOT_AUTHENTICATED: the MDN's partner is no longer configured");
        }
        As2Settings settings = As2Settings.read(partner.get().channel("as2"), false, new ArrayList<>()).orElse(null);
        boolean signedMdn = settings == null || settings.signMdn();
        String certificate = settings == null ? "" : settings.certificate();
        String transmissionId = pending.get().transmissionId();
        String where = "to " + partner.get().id();
        try {
            Transmission receipt = As2Sender.judge(outer, keys.certificates(partner.get(), certificate), signedMdn,
                    pending.get().messageId(), pending.get().mic(), where);
            if (ledger.settle(pending.get().messageId())) {
                context.reports().delivered(transmissionId, receipt);
            }
            return As2Server.Answer.text(200, "MDN accepted");
        } catch (DeliveryFailure failure) {
            if (failure.kind() == DeliveryFailure.Kind.RECEIPT_INVALID && failure.getCause() instanceof As2Refusal) {
                // a forged or unsigned MDN must not settle the message: the real MDN may still come
                LOG.warn("MDN for {} refused: {}", pending.get().messageId(), failure.describe());
                context.reports().failed(transmissionId, failure);
                return As2Server.Answer.text(400, failure.describe());
            }
            if (ledger.settle(pending.get().messageId())) {
                context.reports().failed(transmissionId, failure);
            }
            return As2Server.Answer.text(200, "MDN received: " + failure.describe());
        }
    }

    // the report inside a signed MDN, read only to find which message it claims to answer
    private static MimeEntity unsignedView(MimeEntity outer) throws As2Refusal {
        if (!outer.mediaType().equals("multipart/signed")) {
            return outer;
        }
        try {
            return outer.parts().get(0);
        } catch (RuntimeException e) {
            throw new As2Refusal(Reason.INTERNAL_ERROR, As2Refusal.UNEXPECTED, "the signed MDN cannot be read");
        }
    }

    private Optional<Partner> partnerNamed(String as2Id) {
        if (as2Id == null) {
            return Optional.empty();
        }
        return context.partners().partners().stream()
                .filter(partner -> as2Id.equals(partner.channel("as2").get("as2Id")))
                .findFirst();
    }

    private static String unquote(String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
    }

    /** What the sender asked for in Disposition-Notification-To/-Options and Receipt-Delivery-Option. */
    record MdnRequest(boolean requested, boolean signed, String micAlgorithm, Optional<URI> asyncUrl) {

        static MdnRequest of(Headers headers) {
            boolean requested = headers.getFirst("Disposition-Notification-To") != null;
            String options = Optional.ofNullable(headers.getFirst("Disposition-Notification-Options")).orElse("");
            boolean signed = options.toLowerCase(java.util.Locale.ROOT).contains("pkcs7-signature");
            String algorithm = As2Sender.MIC_ALGORITHM;
            for (String option : MimeEntity.splitOutsideQuotes(options, ';')) {
                int equals = option.indexOf('=');
                if (equals > 0 && option.substring(0, equals).strip().equalsIgnoreCase("signed-receipt-micalg")) {
                    algorithm = java.util.Arrays.stream(option.substring(equals + 1).split(","))
                            .map(String::strip)
                            .filter(name -> !name.equalsIgnoreCase("optional") && !name.equalsIgnoreCase("required"))
                            .filter(Smime::knownMicAlgorithm)
                            .findFirst().orElse(As2Sender.MIC_ALGORITHM).toLowerCase(java.util.Locale.ROOT);
                }
            }
            Optional<URI> async = Optional.empty();
            String receiptTo = headers.getFirst("Receipt-Delivery-Option");
            if (receiptTo != null && !receiptTo.isBlank()) {
                try {
                    async = Optional.of(URI.create(receiptTo.strip()));
                } catch (IllegalArgumentException e) {
                    async = Optional.empty();
                }
            }
            return new MdnRequest(requested, signed, algorithm, async);
        }
    }

    @Override
    public void close() {
        asyncMdns.shutdown();
    }
}
