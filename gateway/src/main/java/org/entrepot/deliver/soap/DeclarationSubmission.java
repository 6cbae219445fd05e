package org.entrepot.deliver.soap;

import jakarta.xml.ws.Provider;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.ServiceMode;
import jakarta.xml.ws.WebServiceProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.headers.Header;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.entrepot.document.Reason;
import org.entrepot.partner.Delivery;
import org.entrepot.receive.InboundDocument;
import org.entrepot.receive.Intake;
import org.entrepot.track.MessageIds;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The gateway's SOAP operation for brokers (wsdl/entrepot-submission-1.wsdl): takes a declaration
 * whose WS-Security signature {@link SignerCheck} tied to a partner, hands it to the flow with that
 * partner as the authenticated sender, and answers with the gateway's message id once the
 * document is safe on the queue. Nothing the peer sends becomes metadata but the body, the
 * verified signer and the transmission id (checked for form).
 */
@WebServiceProvider(serviceName = "DeclarationSubmissionService", portName = "DeclarationSubmissionPort",
        targetNamespace = SoapNames.SUBMISSION_NAMESPACE, wsdlLocation = SoapNames.SUBMISSION_WSDL)
@ServiceMode(Service.Mode.PAYLOAD)
public final class DeclarationSubmission implements Provider<Source> {

    private static final Pattern TRANSMISSION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final Intake intake;
    private final int maxDocumentBytes;
    private final Clock clock;

    DeclarationSubmission(Intake intake, int maxDocumentBytes, Clock clock) {
        this.intake = intake;
        this.maxDocumentBytes = maxDocumentBytes;
        this.clock = clock;
    }

    @Override
    public Source invoke(Source request) {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        Object partner = message.get(SignerCheck.AUTHENTICATED_PARTNER);
        if (!(partner instanceof String sender)) {
            throw refusal(Reason.NOT_AUTHENTICATED, "the declaration's signer was not established");
        }
        byte[] content = SoapXml.bytes(request);
        if (content.length > maxDocumentBytes) {
            throw refusal(Reason.DOCUMENT_TOO_LARGE, "the declaration has " + content.length + " bytes; the limit is "
                    + maxDocumentBytes);
        }
        Document document = SoapXml.parse(content).orElseThrow(() ->
                refusal(Reason.MALFORMED_XML, "the body cannot be read as XML"));
        Element root = document.getDocumentElement();
        if (!SoapNames.DECLARATION_NAMESPACE.equals(root.getNamespaceURI()) || !"Declaration".equals(root.getLocalName())) {
            throw refusal(Reason.UNKNOWN_DOCUMENT_TYPE, "the body must be a {" + SoapNames.DECLARATION_NAMESPACE
                    + "}Declaration, not {" + root.getNamespaceURI() + "}" + root.getLocalName());
        }
        String transmissionId = transmissionId(message);
        String messageId = MessageIds.next();
        Map<String, String> metadata = new HashMap<>();
        metadata.put(InboundDocument.CHANNEL, Delivery.SOAP);
        metadata.put(InboundDocument.AUTHENTICATED_PARTNER, sender);
        metadata.put(InboundDocument.RECEIVED_AT, clock.instant().toString());
        metadata.put(InboundDocument.TRANSPORT_MESSAGE_ID, transmissionId);
        metadata.put(InboundDocument.FILE_NAME, "soap-" + messageId + ".xml");
        metadata.put(InboundDocument.CONTENT_TYPE, "application/xml");
        if (message.get(AbstractHTTPDestination.HTTP_REQUEST) instanceof HttpServletRequest http) {
            metadata.put(InboundDocument.REMOTE_ADDRESS, http.getRemoteAddr());
        }
        try {
            intake.submit(new InboundDocument(messageId, content, metadata));
        } catch (IllegalStateException e) {
            // not queued: the broker must send it again
            throw refusal(Reason.INTERNAL_ERROR, "the declaration could not be queued; send it again", false);
        }
        return new DOMSource(submitted(messageId));
    }

    private static String transmissionId(Message message) {
        if (message instanceof SoapMessage soap) {
            for (Header header : soap.getHeaders()) {
                if (SoapNames.TRANSMISSION_ID.equals(header.getName()) && header.getObject() instanceof Element element) {
                    String value = element.getTextContent().trim();
                    if (!TRANSMISSION_ID.matcher(value).matches()) {
                        throw refusal(Reason.INVALID_ELEMENT, "TransmissionID must be 1 to 64 letters, digits or . _ : -");
                    }
                    return value;
                }
            }
        }
        throw refusal(Reason.MISSING_ELEMENT, "the signed SOAP header TransmissionID is missing");
    }

    private static Element submitted(String messageId) {
        String xml = "<Submitted xmlns=\"" + SoapNames.NAMESPACE + "\"><MessageID>" + messageId + "</MessageID></Submitted>";
        return SoapXml.parse(xml.getBytes(StandardCharsets.US_ASCII)).orElseThrow().getDocumentElement();
    }

    static Fault refusal(Reason reason, String text) {
        return refusal(reason, text, true);
    }

    private static Fault refusal(Reason reason, String text, boolean client) {
        Fault fault = new Fault(new IllegalArgumentException(reason.name() + ": " + text));
        fault.setFaultCode(client ? Fault.FAULT_CODE_CLIENT : Fault.FAULT_CODE_SERVER);
        return fault;
    }
}
