package org.entrepot.deliver.soap;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.ws.security.wss4j.CryptoCoverageChecker;
import org.apache.cxf.ws.security.wss4j.WSS4JInInterceptor;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.engine.WSSecurityEngineResult;
import org.apache.wss4j.dom.handler.WSHandlerConstants;
import org.apache.wss4j.dom.handler.WSHandlerResult;
import org.entrepot.document.Reason;

/**
 * Runs after WSS4J verified a message's signature: finds the partner whose registered certificate
 * signed it, and refuses the message when none did, or when it must come from one partner and
 * another signed it. The partner found is the message's {@link #AUTHENTICATED_PARTNER}.
 */
final class SignerCheck extends AbstractSoapInterceptor {

    /** Message property: the id of the partner that signed the message. */
    static final String AUTHENTICATED_PARTNER = "entrepot.soap.authenticatedPartner";

    private final PartnerSigners signers;
    private final String expected;
    private final X509Certificate pinned;
    private final Clock clock;

    /**
     * @param expected the partner the message must come from, or null for whichever partner signed
     */
    SignerCheck(PartnerSigners signers, String expected, Clock clock) {
        this(signers, expected, null, clock);
    }

    /**
     * @param pinned the one certificate the expected partner's messages must be signed with (the
     *               channel setting {@code certificate}), or null for any it registered
     */
    SignerCheck(PartnerSigners signers, String expected, X509Certificate pinned, Clock clock) {
        super(Phase.PRE_PROTOCOL);
        addAfter(WSS4JInInterceptor.class.getName());
        addAfter(CryptoCoverageChecker.class.getName());
        this.signers = signers;
        this.expected = expected;
        this.pinned = pinned;
        this.clock = clock;
    }

    @Override
    public void handleMessage(SoapMessage message) throws Fault {
        X509Certificate signer = signer(message).orElseThrow(() ->
                refusal(Reason.SIGNATURE_MISSING, "the message carries no verified WS-Security signature"));
        if (expected != null) {
            if (pinned != null && !pinned.equals(signer)) {
                throw refusal(Reason.SIGNER_NOT_REGISTERED, "signed by " + signer.getSubjectX500Principal().getName()
                        + ", not by the certificate the soap settings of " + expected + " name");
            }
            if (pinned == null && !signers.signsFor(expected, signer, clock.instant())) {
                throw refusal(Reason.SIGNER_NOT_REGISTERED, "signed by " + signer.getSubjectX500Principal().getName()
                        + ", which is not a certificate " + expected + " registered");
            }
            message.put(AUTHENTICATED_PARTNER, expected);
            return;
        }
        String owner = signers.owner(signer, clock.instant()).orElseThrow(() -> refusal(Reason.SIGNER_NOT_REGISTERED,
                "signed by " + signer.getSubjectX500Principal().getName() + ", which no partner registered"));
        message.put(AUTHENTICATED_PARTNER, owner);
    }

    /** The certificate of the one signature WSS4J verified; a message signed twice proves no single signer. */
    static Optional<X509Certificate> signer(SoapMessage message) {
        Object results = message.get(WSHandlerConstants.RECV_RESULTS);
        if (!(results instanceof List<?> handlerResults)) {
            return Optional.empty();
        }
        X509Certificate found = null;
        for (Object item : handlerResults) {
            if (!(item instanceof WSHandlerResult handlerResult)) {
                continue;
            }
            List<WSSecurityEngineResult> signatures = handlerResult.getActionResults().get(WSConstants.SIGN);
            if (signatures == null) {
                continue;
            }
            for (WSSecurityEngineResult signature : signatures) {
                Object certificate = signature.get(WSSecurityEngineResult.TAG_X509_CERTIFICATE);
                if (!(certificate instanceof X509Certificate x509) || found != null && !found.equals(x509)) {
                    return Optional.empty();
                }
                found = x509;
            }
        }
        return Optional.ofNullable(found);
    }

    static Fault refusal(Reason reason, String message) {
        Fault fault = new Fault(new SecurityException(reason.name() + ": " + message));
        fault.setFaultCode(Fault.FAULT_CODE_CLIENT);
        return fault;
    }
}
