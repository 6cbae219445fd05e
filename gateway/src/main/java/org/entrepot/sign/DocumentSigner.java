package org.entrepot.sign;

import java.time.Clock;
import org.entrepot.document.Outcome;
import org.entrepot.document.Syntax;
import org.entrepot.sign.autack.AutackWriter;
import org.entrepot.sign.xades.XadesOptions;
import org.entrepot.sign.xades.XadesSigner;

/**
 * The sign stage for an outgoing document: the signature the agreement asks for, made with the
 * gateway key active at this moment (a rotation takes over on its date, in a running gateway).
 * XAdES is for XML and AUTACK for EDIFACT; asked of another format, they give way to a detached
 * CMS signature, which any format can carry.
 */
public final class DocumentSigner {

    /** How a document leaves the sign stage. */
    public enum Method { CMS, XADES, AUTACK }

    /**
     * @param content   the document to deliver (signed inside for XAdES and AUTACK)
     * @param detached  the detached CMS signature to deliver beside it, or null
     * @param description for the tracking event
     */
    public record Signed(byte[] content, byte[] detached, String description) {
    }

    private final CmsSigner cms;
    private final GatewayKeys keys;
    private final Clock clock;

    public DocumentSigner(CmsSigner cms, GatewayKeys keys, Clock clock) {
        this.cms = cms;
        this.keys = keys;
        this.clock = clock;
    }

    /** Signs; a refusal (a document XAdES or AUTACK cannot sign) is a value, never an exception. */
    public Outcome<Signed> sign(byte[] content, Syntax syntax, Method method) {
        SigningKey key = keys.at(clock.instant());
        String signer = key.certificate().getSubjectX500Principal().getName();
        if (method == Method.XADES && syntax == Syntax.XML) {
            return new XadesSigner().sign(content, key, XadesOptions.baselineB())
                    .map(signed -> new Signed(signed, null, "XAdES B-B enveloped, " + signer));
        }
        if (method == Method.AUTACK && syntax == Syntax.EDIFACT) {
            return new AutackWriter().secure(content, key)
                    .map(secured -> new Signed(secured, null, "AUTACK in the interchange, " + signer));
        }
        return Outcome.accepted(new Signed(content, cms.signDetached(content, key), "CMS detached, " + signer));
    }
}
