package org.entrepot.sign.xades;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What a successful XAdES verification established, with the very DOM it verified: callers
 * process {@link #element()} and never parse the bytes again, so nothing can differ between
 * what was verified and what is used.
 *
 * @param document    the verified document, signature included
 * @param element     the element the signature covers: the document element
 * @param signer      the signer's certificate, which chains to a trust anchor
 * @param signingTime the time the signer claims (XAdES SigningTime)
 * @param timestamp   the time a trusted timestamp authority vouches the signature existed, or null (B-B)
 */
public record VerifiedXml(Document document, Element element, X509Certificate signer, Instant signingTime,
                          Instant timestamp) {

    /** The XAdES baseline level a verified signature reaches. */
    public enum Level { BASELINE_B, BASELINE_T }

    public VerifiedXml {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(signingTime, "signingTime");
    }

    public Level level() {
        return timestamp == null ? Level.BASELINE_B : Level.BASELINE_T;
    }

    public Optional<Instant> timestamped() {
        return Optional.ofNullable(timestamp);
    }

    @Override
    public String toString() {
        return "VerifiedXml[" + element.getLocalName() + ", signer " + signer.getSubjectX500Principal()
                + ", signed " + signingTime + ", " + level() + (timestamp == null ? "" : " at " + timestamp) + "]";
    }
}
