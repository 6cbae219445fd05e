package org.entrepot.sign.xades;

import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dom.DOMStructure;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.keyinfo.X509Data;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import org.entrepot.document.Outcome;
import org.entrepot.document.Position;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.entrepot.sign.CertificateTrust;
import org.entrepot.sign.TrustAnchors;
import org.entrepot.sign.timestamp.TimestampCheck;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Verifies an enveloped XAdES baseline signature (B-B or B-T) where the document's standard
 * places it, and hands back the DOM it verified. In order: the signature's shape
 * ({@link ReferencePolicy}: whole document plus its own signed properties, unique ids), the
 * signer named by the signed properties, the cryptography (JDK XML-DSig with secure
 * validation), any signature timestamp, then the signer's validity and trust at the time the
 * signature is proven (or claimed) to exist. Every failure is a coded rejection. Safe for
 * concurrent use.
 */
public final class XadesVerifier {

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final TrustAnchors signers;
    private final TimestampCheck timestamps;
    private final Clock clock;

    /** Trusts signers and timestamp authorities that chain to {@code trust}. */
    public XadesVerifier(TrustAnchors trust) {
        this(trust, trust, Clock.systemUTC());
    }

    public XadesVerifier(TrustAnchors signers, TrustAnchors timestampAuthorities, Clock clock) {
        this.signers = signers;
        this.timestamps = new TimestampCheck(timestampAuthorities, clock);
        this.clock = clock;
    }

    /** The one-call form: verify {@code xml} against {@code trust} for signers and timestamp authorities. */
    public static Outcome<VerifiedXml> verify(byte[] xml, TrustAnchors trust) {
        return new XadesVerifier(trust).verify(xml);
    }

    public Outcome<VerifiedXml> verify(byte[] xml) {
        return XmlDocuments.parse(xml).then(this::verify);
    }

    public Outcome<VerifiedXml> verify(Document document) {
        return locate(document).then(signature -> verify(document, signature));
    }

    private static Outcome<Element> locate(Document document) {
        SignaturePlacement placement = SignaturePlacement.of(document);
        List<Element> found = placement.locate(document);
        if (found.size() == 1) {
            return Outcome.accepted(found.get(0));
        }
        if (found.size() > 1) {
            return reject(Reason.SIGNATURE_INVALID, Position.xml(XmlDocuments.path(found.get(1)), 0),
                    found.size() + " signatures sit at the " + placement + " place; one is verified per document");
        }
        boolean elsewhere = document.getElementsByTagNameNS(XadesNames.DS, "Signature").getLength() > 0;
        return reject(elsewhere ? Reason.SIGNATURE_WRAPPED : Reason.SIGNATURE_INVALID, Position.NONE, elsewhere
                ? "a signature exists but not at the " + placement + " place the document's standard gives"
                : "the document carries no signature at the " + placement + " place");
    }

    private Outcome<VerifiedXml> verify(Document document, Element signature) {
        Position where = Position.xml(XmlDocuments.path(signature), 0);
        XMLSignatureFactory factory = XmlSignatures.factory();
        XMLSignature parsed;
        try {
            parsed = factory.unmarshalXMLSignature(new DOMStructure(signature));
        } catch (MarshalException e) {
            return reject(Reason.SIGNATURE_INVALID, where, "the signature cannot be read: " + e.getMessage());
        }
        Element qualifying = qualifyingProperties(signature);
        Element signedProperties = qualifying == null ? null
                : XmlDocuments.onlyChild(qualifying, XadesNames.XADES, XadesNames.SIGNED_PROPERTIES);
        if (signedProperties == null) {
            return reject(Reason.SIGNED_PROPERTIES_INVALID, where,
                    "no XAdES QualifyingProperties targeting this signature with one SignedProperties");
        }
        ReferenceResolver resolver = new ReferenceResolver(factory.getURIDereferencer(), document);
        Optional<Rejection> shape = ReferencePolicy.check(parsed.getSignedInfo(), signedProperties, resolver, where);
        if (shape.isPresent()) {
            return Outcome.rejected(shape.get());
        }
        List<X509Certificate> offered = keyInfoCertificates(parsed);
        return SignedPropertiesCheck.read(signedProperties, offered, where)
                .then(signer -> cryptography(parsed, signature, signedProperties, resolver, signer, where))
                .then(signer -> SignatureTimestamps.verify(factory, signature, qualifying, timestamps,
                                signer.certificate().getPublicKey())
                        .then(times -> trusted(document, signer, offered, times, where)));
    }

    private Outcome<SignedPropertiesCheck.Signer> cryptography(XMLSignature parsed, Element signature, Element signedProperties,
                                                               ReferenceResolver resolver, SignedPropertiesCheck.Signer signer,
                                                               Position where) {
        DOMValidateContext context = new DOMValidateContext(
                KeySelector.singletonKeySelector(signer.certificate().getPublicKey()), signature);
        context.setURIDereferencer(resolver);
        context.setIdAttributeNS(signedProperties, null, "Id");
        context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
        List<Rejection> problems = new ArrayList<>();
        try {
            if (parsed.validate(context)) {
                // both references were digested through our resolver, so what verified is what we return
                return resolver.resolved().equals(Set.of("", "#" + signedProperties.getAttribute("Id")))
                        ? Outcome.accepted(signer)
                        : reject(Reason.SIGNATURE_WRAPPED, where, "the references resolved were " + resolver.resolved());
            }
            for (Object each : parsed.getSignedInfo().getReferences()) {
                Reference reference = (Reference) each;
                if (!reference.validate(context)) {
                    problems.add(reference.getURI().isEmpty()
                            ? Rejection.of(Reason.SIGNATURE_INVALID, where, "the document was altered after it was signed")
                            : Rejection.of(Reason.SIGNED_PROPERTIES_INVALID, where, "the signed properties were altered after signing"));
                }
            }
            if (!parsed.getSignatureValue().validate(context)) {
                problems.add(Rejection.of(Reason.SIGNATURE_INVALID, where, "the signature value does not match the signed info"));
            }
        } catch (XMLSignatureException e) {
            problems.add(Rejection.of(Reason.SIGNATURE_INVALID, where, "the signature cannot be checked: " + e.getMessage()));
        }
        if (problems.isEmpty()) {
            problems.add(Rejection.of(Reason.SIGNATURE_INVALID, where, "the signature does not verify"));
        }
        return Outcome.rejected(problems);
    }

    private Outcome<VerifiedXml> trusted(Document document, SignedPropertiesCheck.Signer signer,
                                         List<X509Certificate> offered, List<Instant> times, Position where) {
        Instant claimed = signer.signingTime();
        Instant stamped = times.isEmpty() ? null : Collections.min(times);
        if (claimed.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            return reject(Reason.SIGNED_PROPERTIES_INVALID, where, "the signing time " + claimed + " is in the future");
        }
        if (stamped != null && claimed.isAfter(stamped.plus(CLOCK_SKEW))) {
            return reject(Reason.TIMESTAMP_INVALID, where, "the signing time " + claimed
                    + " comes after the timestamp " + stamped);
        }
        // a trusted timestamp proves when the signature existed; without one, the signer's own claim is all there is
        Instant at = stamped != null ? stamped : claimed;
        X509Certificate certificate = signer.certificate();
        try {
            certificate.checkValidity(Date.from(at));
        } catch (CertificateExpiredException e) {
            return reject(Reason.SIGNER_CERTIFICATE_EXPIRED, where, "certificate " + CertificateTrust.describe(certificate)
                    + " expired on " + certificate.getNotAfter().toInstant() + ", before the signature at " + at);
        } catch (CertificateNotYetValidException e) {
            return reject(Reason.SIGNER_CERTIFICATE_NOT_YET_VALID, where, "certificate " + CertificateTrust.describe(certificate)
                    + " becomes valid on " + certificate.getNotBefore().toInstant() + ", after the signature at " + at);
        }
        Optional<Rejection> distrust = CertificateTrust.check(certificate, offered, signers, at);
        if (distrust.isPresent()) {
            return Outcome.rejected(Rejection.of(distrust.get().reason(), where, distrust.get().message()));
        }
        return Outcome.accepted(new VerifiedXml(document, document.getDocumentElement(), certificate, claimed, stamped));
    }

    /** The one QualifyingProperties in this signature's ds:Object elements whose Target names the signature. */
    private static Element qualifyingProperties(Element signature) {
        String id = signature.getAttribute("Id");
        List<Element> found = new ArrayList<>();
        for (Element object : XmlDocuments.children(signature, XadesNames.DS, "Object")) {
            found.addAll(XmlDocuments.children(object, XadesNames.XADES, XadesNames.QUALIFYING_PROPERTIES));
        }
        if (found.size() != 1 || id.isEmpty() || !found.get(0).getAttribute("Target").equals("#" + id)) {
            return null;
        }
        return found.get(0);
    }

    private static List<X509Certificate> keyInfoCertificates(XMLSignature signature) {
        List<X509Certificate> certificates = new ArrayList<>();
        if (signature.getKeyInfo() == null) {
            return certificates;
        }
        for (Object content : signature.getKeyInfo().getContent()) {
            if (content instanceof X509Data data) {
                for (Object item : data.getContent()) {
                    if (item instanceof X509Certificate certificate) {
                        certificates.add(certificate);
                    }
                }
            }
        }
        return certificates;
    }

    private static <T> Outcome<T> reject(Reason reason, Position where, String message) {
        return Outcome.rejected(Rejection.of(reason, where, message));
    }
}
