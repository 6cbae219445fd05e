package org.entrepot.deliver.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.Dispatch;
import jakarta.xml.ws.Service;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.headers.Header;
import org.apache.cxf.jaxws.DispatchImpl;
import org.apache.wss4j.common.cache.MemoryReplayCache;
import org.entrepot.receive.InboundDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Brokers submit declarations to the gateway's own SOAP endpoint. */
class SubmissionEndpointTest {

    // one demo PKI for the class: generating it costs seconds, and no test changes it
    @TempDir
    static Path data;

    private SoapFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = new SoapFixture(data);
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void aBrokersCxfClientSubmitsASignedDeclarationAndGetsTheGatewaysSignedMessageId() throws Exception {
        Bus bus = BusFactory.newInstance().createBus();
        try {
            Service service = SoapChannel.onBus(bus, () -> Service.create(SoapChannel.wsdl(SoapNames.SUBMISSION_WSDL),
                    SoapNames.SUBMISSION_SERVICE));
            Dispatch<Source> dispatch = service.createDispatch(SoapNames.SUBMISSION_PORT, Source.class, Service.Mode.PAYLOAD);
            Client client = ((DispatchImpl<Source>) dispatch).getClient();
            dispatch.getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, fixture.channel.submissionAddress());
            Document header = SoapXml.parse(("<TransmissionID xmlns=\"" + SoapNames.NAMESPACE + "\">HZS-T-0001</TransmissionID>")
                    .getBytes()).orElseThrow();
            dispatch.getRequestContext().put(Header.HEADER_LIST,
                    List.of(new Header(SoapNames.TRANSMISSION_ID, header.getDocumentElement())));
            client.getOutInterceptors().add(WsSecurity.signing(fixture.pki.partnerKey(SoapFixture.BROKER).orElseThrow(), true));
            // the broker checks the gateway's answer as the gateway checks customs' answers
            client.getEndpoint().putAll(WsSecurity.receiving(new MemoryReplayCache()));
            client.getInInterceptors().add(WsSecurity.verifying(fixture.pki.trustAnchors()));
            client.getInInterceptors().add(WsSecurity.coverage());

            Source answer = dispatch.invoke(new DOMSource(SoapXml.parse(SoapFixture.declaration()).orElseThrow()
                    .getDocumentElement()));

            Document submitted = SoapXml.parse(SoapXml.bytes(answer)).orElseThrow();
            String messageId = SoapXml.text(submitted, SoapNames.NAMESPACE, "MessageID").orElseThrow();
            assertEquals(1, fixture.received.size());
            InboundDocument document = fixture.received.get(0);
            assertEquals(messageId, document.messageId());
            assertEquals(SoapFixture.BROKER, document.metadata(InboundDocument.AUTHENTICATED_PARTNER));
            assertEquals("soap", document.metadata(InboundDocument.CHANNEL));
            assertEquals("HZS-T-0001", document.metadata(InboundDocument.TRANSPORT_MESSAGE_ID));
            assertEquals("HZS-2026-000417", SoapXml.text(SoapXml.parse(document.content()).orElseThrow(),
                    SoapNames.DECLARATION_NAMESPACE, "FunctionalReferenceID").orElseThrow());
        } finally {
            bus.shutdown(true);
        }
    }

    @Test
    void aSignedDeclarationPostedAsBytesIsTakenAndOnlyOurOwnMetadataIsKept() throws Exception {
        byte[] envelope = BrokerEnvelopes.signed(SoapFixture.declaration(), "HZS-T-0002",
                fixture.pki.partnerKey(SoapFixture.BROKER).orElseThrow());

        HttpResponse<String> answer = BrokerEnvelopes.post(fixture.channel.submissionAddress(), envelope,
                Map.of("CamelFileName", "../../evil.xml", "cAmElHtTpUri", "http://elsewhere/", "X-File-Name", "../x"));

        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("wsse:Security"), "the gateway signs its answer: " + answer.body());
        InboundDocument document = fixture.received.get(0);
        assertTrue(answer.body().contains("<MessageID>" + document.messageId() + "</MessageID>"), answer.body());
        assertEquals(Set.of(InboundDocument.CHANNEL, InboundDocument.AUTHENTICATED_PARTNER, InboundDocument.RECEIVED_AT,
                InboundDocument.TRANSPORT_MESSAGE_ID, InboundDocument.FILE_NAME, InboundDocument.CONTENT_TYPE,
                InboundDocument.REMOTE_ADDRESS), document.metadata().keySet());
        assertEquals("soap-" + document.messageId() + ".xml", document.metadata(InboundDocument.FILE_NAME));
        assertEquals("127.0.0.1", document.metadata(InboundDocument.REMOTE_ADDRESS));
    }
}
