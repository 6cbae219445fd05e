package org.entrepot.deliver.soap;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.Dispatch;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.WebServiceException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.net.UnknownHostException;
import java.security.cert.X509Certificate;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.headers.Header;
import org.apache.cxf.jaxws.DispatchImpl;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;
import org.apache.wss4j.common.cache.MemoryReplayCache;
import org.apache.wss4j.common.cache.ReplayCache;
import org.entrepot.config.GatewayConfig;
import org.entrepot.deliver.Channel;
import org.entrepot.deliver.ChannelContext;
import org.entrepot.deliver.DeliveryFailure;
import org.entrepot.deliver.DeliveryFailure.Kind;
import org.entrepot.deliver.Outbound;
import org.entrepot.deliver.Transmission;
import org.entrepot.partner.Delivery;
import org.entrepot.partner.Partner;
import org.entrepot.receive.InboundDocument;
import org.entrepot.sign.DemoPki;
import org.entrepot.sign.GatewayKeys;
import org.entrepot.track.MessageIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * SOAP to customs: the gateway calls the customs authority's declaration service
 * (wsdl/customs-declaration-1.wsdl) with the declaration XML as the body, signed with
 * WS-Security by the gateway's key, and takes the signed answer as the receipt. The answer is
 * customs' response document (acceptance with MRN, or rejection with error pointers); it is
 * archived as evidence and handed to the flow as a document from the customs partner, whose
 * signature authenticated it, so the broker gets it in the format its agreement names (CUSRES).
 *
 * <p>Its inbound side is {@link SubmissionEndpoint}, where brokers submit declarations.
 */
public final class SoapChannel implements Channel {

    private static final Logger LOG = LoggerFactory.getLogger(SoapChannel.class);
    // the signed envelope around the body: WS-Security header, certificate, timestamp
    private static final int ENVELOPE_ALLOWANCE = 64 * 1024;

    private final ReplayCache replays = new MemoryReplayCache();
    private volatile Started started;

    /** State that exists once the gateway started the channel. */
    private record Started(ChannelContext context, Bus bus, Service customs, GatewayKeys keys, PartnerSigners signers,
                           SubmissionEndpoint endpoint) {
        GatewayConfig config() {
            return context.config();
        }
    }

    @Override
    public String name() {
        return Delivery.SOAP;
    }

    @Override
    public List<String> problems(String receiver, Map<String, String> parameters) {
        return SoapSettings.parse(parameters).problems();
    }

    @Override
    public synchronized void start(ChannelContext context) throws Exception {
        if (started != null) {
            return;
        }
        Bus bus = BusFactory.newInstance().createBus();
        List<String> partnerIds = context.partners().partners().stream().map(Partner::id).toList();
        GatewayKeys keys = DemoPki.gatewayKeys(context.pki(), partnerIds);
        PartnerSigners signers = PartnerSigners.of(context.pki(), context.partners());
        Service customs = onBus(bus, () -> Service.create(wsdl(SoapNames.CUSTOMS_WSDL), SoapNames.CUSTOMS_SERVICE));
        GatewayConfig config = context.config();
        SubmissionEndpoint endpoint = SubmissionEndpoint.start(bus, config.httpHost(), config.soapPort(),
                config.maxDocumentBytes(), keys, signers, context.intake(), context.clock());
        started = new Started(context, bus, customs, keys, signers, endpoint);
        LOG.info("SOAP channel ready: brokers submit declarations at {}", endpoint.address());
    }

    /** Where brokers submit declarations, once started. */
    public String submissionAddress() {
        return requireStarted().endpoint().address();
    }

    @Override
    public Transmission send(Outbound outbound) throws DeliveryFailure {
        Started running = requireStarted();
        SoapSettings.Parsed parsed = SoapSettings.parse(outbound.delivery().parameters());
        if (!parsed.problems().isEmpty()) {
            throw new DeliveryFailure(Kind.MISCONFIGURED, String.join("; ", parsed.problems()));
        }
        SoapSettings settings = parsed.settings();
        Document declaration = SoapXml.parse(outbound.content())
                .filter(d -> SoapNames.DECLARATION_NAMESPACE.equals(d.getDocumentElement().getNamespaceURI())
                        && "Declaration".equals(d.getDocumentElement().getLocalName()))
                .orElseThrow(() -> new DeliveryFailure(Kind.MISCONFIGURED, "the SOAP channel carries customs declarations"
                        + " ({" + SoapNames.DECLARATION_NAMESPACE + "}Declaration, deliverAs: entrepot); "
                        + outbound.name() + " is not one"));
        String reference = SoapXml.text(declaration, SoapNames.DECLARATION_NAMESPACE, "FunctionalReferenceID").orElse("");

        X509Certificate pinned = null;
        if (settings.certificate().isPresent()) {
            pinned = running.signers().byAlias(settings.certificate().get()).orElseThrow(() -> new DeliveryFailure(
                    Kind.MISCONFIGURED, "soap: certificate " + settings.certificate().get() + " is not in the partner"
                    + " certificate store; import it with: entrepot certs import --partner " + outbound.receiver()));
        }
        int limit = running.config().maxDocumentBytes() + ENVELOPE_ALLOWANCE;
        ResponseCapture capture = new ResponseCapture(limit);
        Dispatch<Source> dispatch = running.customs().createDispatch(SoapNames.CUSTOMS_PORT, Source.class, Service.Mode.PAYLOAD);
        Client client = ((DispatchImpl<Source>) dispatch).getClient();
        try {
            prepare(dispatch, client, capture, settings, outbound, running, pinned);
            Source answer = dispatch.invoke(new DOMSource(declaration.getDocumentElement()));
            return receipt(outbound, reference, SoapXml.bytes(answer), capture.envelope(), running);
        } catch (WebServiceException e) {
            throw failure(e, capture, settings);
        } finally {
            client.destroy();
        }
    }

    private void prepare(Dispatch<Source> dispatch, Client client, ResponseCapture capture, SoapSettings settings,
                         Outbound outbound, Started running, X509Certificate pinned) {
        Map<String, Object> request = dispatch.getRequestContext();
        request.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, settings.url().toString());
        request.put(BindingProvider.SOAPACTION_USE_PROPERTY, Boolean.TRUE);
        request.put(BindingProvider.SOAPACTION_URI_PROPERTY, SoapNames.CUSTOMS_NAMESPACE + ":Declare");
        // blocking URLConnection: its connect and read timeouts bound the call exactly, and it keeps no threads
        request.put("force.urlconnection.http.conduit", Boolean.TRUE);
        request.put(Header.HEADER_LIST, List.of(new Header(SoapNames.TRANSMISSION_ID,
                transmissionHeader(outbound.transmissionId()))));
        client.getEndpoint().putAll(WsSecurity.receiving(replays));
        client.getOutInterceptors().add(WsSecurity.signing(running.keys().at(running.context().clock().instant()), true));
        client.getInInterceptors().add(capture);
        client.getInInterceptors().add(WsSecurity.verifying(running.signers().anchors()));
        client.getInInterceptors().add(WsSecurity.coverage());
        client.getInInterceptors().add(new SignerCheck(running.signers(), outbound.receiver(), pinned,
                running.context().clock()));
        client.getInFaultInterceptors().add(capture);
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setConnectionTimeout(settings.connectTimeout().toMillis());
        policy.setReceiveTimeout(settings.readTimeout().toMillis());
        policy.setAllowChunking(false);
        ((HTTPConduit) client.getConduit()).setClient(policy);
    }

    private Transmission receipt(Outbound outbound, String reference, byte[] response, byte[] envelope, Started running)
            throws DeliveryFailure {
        Transmission.Evidence evidence = new Transmission.Evidence("soap-response", "xml",
                envelope != null ? envelope : response);
        Document document = SoapXml.parse(response).orElseThrow(() -> new DeliveryFailure(Kind.RECEIPT_INVALID,
                "the customs answer's body is not well-formed XML", evidence, null));
        CustomsAnswer answer = CustomsAnswer.read(document).orElseThrow(() -> new DeliveryFailure(Kind.RECEIPT_INVALID,
                "the customs answer is not a customs response ({" + SoapNames.RESPONSE_NAMESPACE + "}Response)",
                evidence, null));
        if (!reference.equals(answer.functionalReference())) {
            throw new DeliveryFailure(Kind.RECEIPT_INVALID, "the customs answer is about declaration "
                    + answer.functionalReference() + ", not " + reference, evidence, null);
        }
        Map<String, String> metadata = new HashMap<>();
        metadata.put(InboundDocument.CHANNEL, Delivery.SOAP);
        // the answer's WS-Security signature was verified against the customs partner's registered certificate
        metadata.put(InboundDocument.AUTHENTICATED_PARTNER, outbound.receiver());
        metadata.put(InboundDocument.RECEIVED_AT, running.context().clock().instant().toString());
        // a retry that gets the same answer again is then refused by the duplicate register, not delivered twice
        metadata.put(InboundDocument.TRANSPORT_MESSAGE_ID, "soap-answer-" + outbound.transmissionId());
        metadata.put(InboundDocument.FILE_NAME, "customs-response-" + outbound.transmissionId() + ".xml");
        metadata.put(InboundDocument.CONTENT_TYPE, "application/xml");
        try {
            running.context().intake().submit(new InboundDocument(MessageIds.next(), response, metadata));
        } catch (IllegalStateException e) {
            throw new DeliveryFailure(Kind.REFUSED, "the customs answer could not be queued: " + e.getMessage(),
                    evidence, e);
        }
        return new Transmission(Transmission.Status.DELIVERED, answer.detail(), List.of(evidence));
    }

    private static DeliveryFailure failure(WebServiceException e, ResponseCapture capture, SoapSettings settings) {
        byte[] envelope = capture.envelope();
        Transmission.Evidence evidence = envelope == null ? null : new Transmission.Evidence("soap-response", "xml", envelope);
        if (capture.status() >= 400) {
            String fault = SoapXml.faultString(envelope).orElse("HTTP " + capture.status());
            return new DeliveryFailure(Kind.REFUSED, "customs refused the declaration: " + fault, evidence, e);
        }
        if (capture.status() > 0) {
            return new DeliveryFailure(Kind.RECEIPT_INVALID, "the customs answer cannot be trusted: " + SecurityRefusals.coded(securityCause(e)),
                    evidence, e);
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException || cause instanceof HttpTimeoutException
                    && !(cause instanceof HttpConnectTimeoutException)) {
                return new DeliveryFailure(Kind.TIMEOUT, "no answer from " + settings.url() + " within "
                        + settings.readTimeout() + " (or no connection within " + settings.connectTimeout() + ")", e);
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException || cause instanceof HttpConnectTimeoutException) {
                return new DeliveryFailure(Kind.UNREACHABLE, "cannot connect to " + settings.url() + ": " + cause.getMessage(), e);
            }
        }
        return new DeliveryFailure(Kind.UNREACHABLE, "the call to " + settings.url() + " failed: " + rootMessage(e), e);
    }

    /** The WS-Security or signer refusal inside what the JAX-WS call threw, else the call's own exception. */
    private static Throwable securityCause(Throwable e) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof org.apache.cxf.interceptor.Fault fault) {
                return fault;
            }
        }
        return e;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static Element transmissionHeader(String transmissionId) {
        Document document = SoapXml.parse("<TransmissionID xmlns=\"urn:entrepot:soap:1\"/>".getBytes(
                java.nio.charset.StandardCharsets.US_ASCII)).orElseThrow();
        document.getDocumentElement().setTextContent(transmissionId);
        return document.getDocumentElement();
    }

    static URL wsdl(String resource) {
        URL url = SoapChannel.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException(resource + " is not on the class path");
        }
        return url;
    }

    /** Runs {@code action} with {@code bus} as the thread's CXF bus, so what it creates belongs to that bus. */
    static <T> T onBus(Bus bus, java.util.function.Supplier<T> action) {
        Bus previous = BusFactory.getAndSetThreadDefaultBus(bus);
        try {
            return action.get();
        } finally {
            BusFactory.setThreadDefaultBus(previous);
        }
    }

    private Started requireStarted() {
        Started running = started;
        if (running == null) {
            throw new IllegalStateException("the SOAP channel is not started");
        }
        return running;
    }

    @Override
    public synchronized void close() {
        Started running = started;
        started = null;
        if (running != null) {
            running.endpoint().close();
            running.bus().shutdown(true);
        }
    }
}
