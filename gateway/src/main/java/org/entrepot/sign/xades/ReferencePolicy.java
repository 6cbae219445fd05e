package org.entrepot.sign.xades;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.spec.XPathFilter2ParameterSpec;
import javax.xml.crypto.dsig.spec.XPathType;
import org.entrepot.document.Position;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.w3c.dom.Element;

/**
 * The shape a signature must have before any digest is computed: exactly two references, one
 * to the whole document ({@code URI=""}, enveloped) and one to this signature's own signed
 * properties, with no transform that could leave part of the document out (no XPath, no XSLT)
 * and only algorithms strong enough to rely on.
 */
final class ReferencePolicy {

    static final Set<String> CANONICALIZATIONS = Set.of(CanonicalizationMethod.EXCLUSIVE,
            CanonicalizationMethod.EXCLUSIVE_WITH_COMMENTS, CanonicalizationMethod.INCLUSIVE,
            "http://www.w3.org/2006/12/xml-c14n11");
    static final Set<String> DIGESTS = Set.of(DigestMethod.SHA256, DigestMethod.SHA384, DigestMethod.SHA512);
    static final Set<String> SIGNATURES = Set.of(SignatureMethod.RSA_SHA256, SignatureMethod.RSA_SHA384,
            SignatureMethod.RSA_SHA512, SignatureMethod.ECDSA_SHA256, SignatureMethod.ECDSA_SHA384,
            SignatureMethod.ECDSA_SHA512, XadesSigner.ED25519);

    private ReferencePolicy() {
    }

    /**
     * A rejection when the signature is shaped otherwise; on success {@code resolver} has
     * approved the signed-properties id for exactly {@code signedProperties}.
     */
    static Optional<Rejection> check(SignedInfo info, Element signedProperties, ReferenceResolver resolver,
                                     Position where) {
        int signaturesInDocument = signedProperties.getOwnerDocument()
                .getElementsByTagNameNS(XadesNames.DS, "Signature").getLength();
        if (!SIGNATURES.contains(info.getSignatureMethod().getAlgorithm())
                || !CANONICALIZATIONS.contains(info.getCanonicalizationMethod().getAlgorithm())) {
            return invalid(where, "signature method " + info.getSignatureMethod().getAlgorithm() + " with "
                    + info.getCanonicalizationMethod().getAlgorithm() + " is not accepted");
        }
        @SuppressWarnings("unchecked")
        List<Reference> references = info.getReferences();
        if (references.size() != 2) {
            return wrapped(where, "the signature has " + references.size()
                    + " references; it must have two, the document and its signed properties");
        }
        Reference document = references.get(0).getURI() != null && references.get(0).getURI().isEmpty()
                ? references.get(0) : references.get(1);
        Reference properties = document == references.get(0) ? references.get(1) : references.get(0);
        for (Reference reference : references) {
            if (!DIGESTS.contains(reference.getDigestMethod().getAlgorithm())) {
                return invalid(where, "digest method " + reference.getDigestMethod().getAlgorithm() + " is not accepted");
            }
        }
        if (!"".equals(document.getURI()) || document.getType() != null || !coversWholeDocument(document, signaturesInDocument)) {
            return wrapped(where, "the signature must cover the whole document (URI=\"\", enveloped-signature "
                    + "and canonicalization transforms only); it references '" + document.getURI() + "'");
        }
        return signedPropertiesReference(properties, signedProperties, resolver, where);
    }

    private static Optional<Rejection> signedPropertiesReference(Reference reference, Element signedProperties,
                                                                 ReferenceResolver resolver, Position where) {
        String uri = reference.getURI();
        if (uri == null || !uri.startsWith("#") || !XadesNames.SIGNED_PROPERTIES_TYPE.equals(reference.getType())
                || !onlyCanonicalizations(reference.getTransforms(), 0)) {
            return wrapped(where, "the second reference must point by id to the signed properties; it points to '" + uri + "'");
        }
        String id = uri.substring(1);
        List<Element> holders = resolver.elementsWithId(id);
        if (holders.size() > 1) {
            return wrapped(where, holders.size() + " elements carry the id '" + id + "' the signature references");
        }
        if (!resolver.approve(id, signedProperties)) {
            return wrapped(where, "the id '" + id + "' does not name this signature's own signed properties"
                    + (holders.isEmpty() ? "" : " but " + XmlDocuments.path(holders.get(0))));
        }
        return Optional.empty();
    }

    /**
     * The first transform removes the signature from what is digested, the rest only
     * canonicalize. EU DSS removes it with XPath Filter 2.0 ({@code subtract
     * /descendant::ds:Signature}) instead of enveloped-signature; that filter takes every
     * ds:Signature anywhere out of the digest, so it is accepted only in a document that holds
     * exactly one, where it means the same as enveloped-signature.
     */
    @SuppressWarnings("unchecked")
    private static boolean coversWholeDocument(Reference reference, int signaturesInDocument) {
        List<Transform> transforms = reference.getTransforms();
        if (transforms.isEmpty() || transforms.size() > 2 || !onlyCanonicalizations(transforms, 1)) {
            return false;
        }
        Transform first = transforms.get(0);
        return Transform.ENVELOPED.equals(first.getAlgorithm())
                || signaturesInDocument == 1 && subtractsSignatures(first);
    }

    private static boolean subtractsSignatures(Transform transform) {
        if (!Transform.XPATH2.equals(transform.getAlgorithm())
                || !(transform.getParameterSpec() instanceof XPathFilter2ParameterSpec filter)
                || filter.getXPathList().size() != 1) {
            return false;
        }
        XPathType path = (XPathType) filter.getXPathList().get(0);
        return path.getFilter() == XPathType.Filter.SUBTRACT
                && "/descendant::ds:Signature".equals(path.getExpression().trim())
                && XadesNames.DS.equals(path.getNamespaceMap().getOrDefault("ds", XadesNames.DS));
    }

    private static boolean onlyCanonicalizations(List<?> transforms, int from) {
        for (Object transform : transforms.subList(from, transforms.size())) {
            if (!CANONICALIZATIONS.contains(((Transform) transform).getAlgorithm())) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Rejection> wrapped(Position where, String message) {
        return Optional.of(Rejection.of(Reason.SIGNATURE_WRAPPED, where, message));
    }

    private static Optional<Rejection> invalid(Position where, String message) {
        return Optional.of(Rejection.of(Reason.SIGNATURE_INVALID, where, message));
    }
}
