package org.entrepot.deliver.soap;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.apache.wss4j.common.WSEncryptionPart;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.engine.WSSConfig;
import org.apache.wss4j.dom.message.WSSecHeader;
import org.apache.wss4j.dom.message.WSSecSignature;
import org.apache.wss4j.dom.message.WSSecTimestamp;
import org.entrepot.sign.SigningKey;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What a broker's SOAP stack sends, built by hand with WSS4J so that a test can send it as bytes:
 * again (a replay), altered after signing (a forgery), with a DOCTYPE, or oversized.
 */
final class BrokerEnvelopes {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private BrokerEnvelopes() {
    }

    /** The declaration in a SOAP 1.1 envelope with the TransmissionID header, not yet signed. */
    static Document envelope(byte[] declaration, String transmissionId) throws Exception {
        Document envelope = SoapXml.parse(("<s:Envelope xmlns:s=\"" + WsSecurity.SOAP11 + "\"><s:Header>"
                + "<ent:TransmissionID xmlns:ent=\"" + SoapNames.NAMESPACE + "\">" + transmissionId + "</ent:TransmissionID>"
                + "</s:Header><s:Body/></s:Envelope>").getBytes(StandardCharsets.UTF_8)).orElseThrow();
        Element body = (Element) envelope.getElementsByTagNameNS(WsSecurity.SOAP11, "Body").item(0);
        Node content = envelope.importNode(SoapXml.parse(declaration).orElseThrow().getDocumentElement(), true);
        body.appendChild(content);
        return envelope;
    }

    /** Signs Timestamp, Body and (if {@code coverTransmissionId}) the TransmissionID header with {@code key}. */
    static byte[] sign(Document envelope, SigningKey key, boolean coverTransmissionId) throws Exception {
        WSSConfig.init();
        char[] password = "broker-side".toCharArray();
        WSSecHeader header = new WSSecHeader(envelope);
        header.insertSecurityHeader();
        WSSecTimestamp timestamp = new WSSecTimestamp(header);
        timestamp.setTimeToLive(300);
        timestamp.build();
        WSSecSignature signature = new WSSecSignature(header);
        signature.setUserInfo(WsSecurity.ALIAS, new String(password));
        signature.setKeyIdentifierType(WSConstants.BST_DIRECT_REFERENCE);
        signature.setSignatureAlgorithm(WSConstants.RSA_SHA256);
        signature.setDigestAlgo(WSConstants.SHA256);
        signature.getParts().add(new WSEncryptionPart("Timestamp", WsSecurity.WSU, "Element"));
        signature.getParts().add(new WSEncryptionPart("Body", WsSecurity.SOAP11, "Element"));
        if (coverTransmissionId) {
            signature.getParts().add(new WSEncryptionPart("TransmissionID", SoapNames.NAMESPACE, "Element"));
        }
        signature.build(WsSecurity.signingCrypto(key, password));
        return SoapXml.bytes(new javax.xml.transform.dom.DOMSource(envelope));
    }

    static byte[] signed(byte[] declaration, String transmissionId, SigningKey key) throws Exception {
        return sign(envelope(declaration, transmissionId), key, true);
    }

    static HttpResponse<String> post(String address, byte[] envelope) throws Exception {
        return post(address, envelope, Map.of());
    }

    static HttpResponse<String> post(String address, byte[] envelope, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"" + SoapNames.SUBMISSION_NAMESPACE + ":Submit\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(envelope));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Posts without a Content-Length (chunked), as a stream that could go on for ever. */
    static HttpResponse<String> postChunked(String address, byte[] envelope) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(address))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(envelope)))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
