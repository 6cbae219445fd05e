package org.entrepot.deliver.soap;

import java.util.Locale;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.entrepot.document.Reason;

/**
 * Gives every WS-Security refusal one of the gateway's reason codes, so a broker's fault and a
 * failed delivery read {@code SIGNATURE_INVALID: …} like every other refusal: WSS4J's own
 * messages are sentences without a stable code. As an out-fault interceptor it rewrites the
 * faultstring of our endpoint's answers.
 */
final class SecurityRefusals extends AbstractPhaseInterceptor<Message> {

    SecurityRefusals() {
        super(Phase.PRE_PROTOCOL);
    }

    @Override
    public void handleMessage(Message message) {
        if (message.getContent(Exception.class) instanceof Fault fault) {
            String coded = coded(fault);
            if (!coded.equals(fault.getMessage())) {
                // whatever we can name is the sender's doing, not ours
                fault.setFaultCode(Fault.FAULT_CODE_CLIENT);
            }
            fault.setMessage(coded);
        }
    }

    /**
     * {@code REASON: message} for a refusal; a message that carries a code already is cut to start
     * with it (a parser may have wrapped ours).
     */
    static String coded(Throwable refusal) {
        String text = refusal.getMessage() == null ? refusal.getClass().getSimpleName() : refusal.getMessage();
        for (Reason reason : Reason.values()) {
            int at = text.indexOf(reason.name() + ":");
            if (at >= 0) {
                return text.substring(at);
            }
        }
        return reasonOf(refusal).map(reason -> reason.name() + ": " + text).orElse(text);
    }

    private static java.util.Optional<Reason> reasonOf(Throwable refusal) {
        StringBuilder all = new StringBuilder();
        WSSecurityException security = null;
        for (Throwable cause = refusal; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            all.append(' ').append(cause.getMessage());
            if (security == null && cause instanceof WSSecurityException found) {
                security = found;
            }
        }
        String text = all.toString().toLowerCase(Locale.ROOT);
        if (text.contains("replay")) {
            return java.util.Optional.of(Reason.DUPLICATE_INTERCHANGE);
        }
        if (text.contains("event dtd") || text.contains("doctype")) {
            return java.util.Optional.of(Reason.MALFORMED_XML);
        }
        if (text.contains("mustunderstand")) {
            return java.util.Optional.of(Reason.BAD_INTERCHANGE_HEADER);
        }
        if (text.contains("must be signed") || text.contains("no signed element")) {
            return java.util.Optional.of(Reason.SIGNATURE_WRAPPED);
        }
        if (text.contains("certificate path") || text.contains("trusted cert")) {
            return java.util.Optional.of(Reason.SIGNER_NOT_TRUSTED);
        }
        if (security == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(switch (security.getErrorCode()) {
            case INVALID_SECURITY, SECURITY_TOKEN_UNAVAILABLE -> Reason.SIGNATURE_MISSING;
            case FAILED_AUTHENTICATION, INVALID_SECURITY_TOKEN -> Reason.SIGNER_NOT_TRUSTED;
            default -> Reason.SIGNATURE_INVALID;
        });
    }
}
