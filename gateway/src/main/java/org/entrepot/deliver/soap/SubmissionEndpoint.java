package org.entrepot.deliver.soap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Clock;
import org.apache.cxf.Bus;
import org.apache.cxf.jaxws.EndpointImpl;
import org.apache.wss4j.common.cache.MemoryReplayCache;
import org.entrepot.receive.Intake;
import org.entrepot.sign.GatewayKeys;

/**
 * The running SOAP endpoint for brokers' declarations (CXF on Jetty): a size limit on the raw
 * request, WS-Security verification with a replay cache, the signer tied to a partner, then
 * {@link DeclarationSubmission}; answers are signed with the gateway's key.
 */
public final class SubmissionEndpoint implements AutoCloseable {

    // the WS-Security header (certificate, signature, timestamp) around a declaration at the limit
    private static final int ENVELOPE_ALLOWANCE = 64 * 1024;

    private final EndpointImpl endpoint;
    private final String address;

    private SubmissionEndpoint(EndpointImpl endpoint, String address) {
        this.endpoint = endpoint;
        this.address = address;
    }

    /**
     * Publishes the endpoint at {@code http://host:port/soap/declarations}.
     *
     * @param port 0 for a free port
     */
    public static SubmissionEndpoint start(Bus bus, String host, int port, int maxDocumentBytes, GatewayKeys keys,
                                           PartnerSigners signers, Intake intake, Clock clock) {
        int bound = port == 0 ? freePort(host) : port;
        String address = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + bound + SoapNames.SUBMISSION_PATH;
        EndpointImpl endpoint = new EndpointImpl(bus, new DeclarationSubmission(intake, maxDocumentBytes, clock));
        endpoint.setWsdlLocation(SoapNames.SUBMISSION_WSDL);
        endpoint.setServiceName(SoapNames.SUBMISSION_SERVICE);
        endpoint.setEndpointName(SoapNames.SUBMISSION_PORT);
        endpoint.getProperties().putAll(WsSecurity.receiving(new MemoryReplayCache()));
        endpoint.getInInterceptors().add(new SizeLimit((long) maxDocumentBytes + ENVELOPE_ALLOWANCE));
        endpoint.getInInterceptors().add(WsSecurity.verifying(signers.anchors()));
        endpoint.getInInterceptors().add(WsSecurity.coverage());
        endpoint.getInInterceptors().add(new SignerCheck(signers, null, clock));
        endpoint.getOutFaultInterceptors().add(new SecurityRefusals());
        // the key active when the endpoint starts signs its answers (a rotation takes over at the next start)
        endpoint.getOutInterceptors().add(WsSecurity.signing(keys.at(clock.instant()), false));
        SoapChannel.onBus(bus, () -> {
            endpoint.publish(address);
            return null;
        });
        return new SubmissionEndpoint(endpoint, address);
    }

    public String address() {
        return address;
    }

    @Override
    public void close() {
        endpoint.stop();
    }

    private static int freePort(String host) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + host + " for the SOAP endpoint", e);
        }
    }
}
