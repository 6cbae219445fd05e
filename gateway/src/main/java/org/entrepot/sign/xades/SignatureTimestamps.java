package org.entrepot.sign.xades;

import java.io.IOException;
import java.io.InputStream;
import java.security.Key;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.xml.crypto.Data;
import javax.xml.crypto.OctetStreamData;
import javax.xml.crypto.URIReferenceException;
import javax.xml.crypto.dom.DOMURIReference;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.TransformException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import org.entrepot.document.Outcome;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.entrepot.sign.timestamp.TimestampCheck;
import org.entrepot.sign.timestamp.TimestampClient;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The XAdES signature timestamp (B-T): an RFC 3161 token over the canonicalized
 * {@code ds:SignatureValue} element (EN 319 132-1, 5.3), kept in the unsigned signature
 * properties. It proves the signature existed at the stamped time.
 */
final class SignatureTimestamps {

    private static final Set<String> CANONICALIZATIONS = Set.of(CanonicalizationMethod.EXCLUSIVE,
            CanonicalizationMethod.INCLUSIVE, "http://www.w3.org/2006/12/xml-c14n11");

    private SignatureTimestamps() {
    }

    /** Stamps the signature value and adds the token to the qualifying properties. */
    static Outcome<Element> add(XMLSignatureFactory factory, Element signature, Element qualifying,
                                TimestampClient client, Key anyKey) {
        Element value = XmlDocuments.onlyChild(signature, XadesNames.DS, "SignatureValue");
        byte[] canonical;
        try {
            canonical = canonical(factory, value, CanonicalizationMethod.EXCLUSIVE, anyKey);
        } catch (GeneralSecurityException | IOException e) {
            return Outcome.rejected(Rejection.of(Reason.SIGNING_FAILED, "cannot canonicalize the signature value: " + e.getMessage()));
        }
        return client.stamp(canonical).map(token -> {
            Element unsigned = xades(qualifying, XadesNames.UNSIGNED_PROPERTIES);
            Element stamp = xades(xades(unsigned, XadesNames.UNSIGNED_SIGNATURE_PROPERTIES), XadesNames.SIGNATURE_TIMESTAMP);
            stamp.setAttribute("Id", "TS-" + UUID.randomUUID());
            Element method = qualifying.getOwnerDocument().createElementNS(XadesNames.DS, "ds:CanonicalizationMethod");
            method.setAttribute("Algorithm", CanonicalizationMethod.EXCLUSIVE);
            stamp.appendChild(method);
            xades(stamp, XadesNames.ENCAPSULATED_TIMESTAMP).setTextContent(Base64.getEncoder().encodeToString(token));
            return stamp;
        });
    }

    /**
     * The times of the signature's timestamps, each checked against the signature value; an
     * empty list when the signature has none (B-B).
     */
    static Outcome<List<Instant>> verify(XMLSignatureFactory factory, Element signature, Element qualifying,
                                         TimestampCheck check, Key anyKey) {
        List<Instant> times = new ArrayList<>();
        for (Element unsigned : XmlDocuments.children(qualifying, XadesNames.XADES, XadesNames.UNSIGNED_PROPERTIES)) {
            for (Element properties : XmlDocuments.children(unsigned, XadesNames.XADES, XadesNames.UNSIGNED_SIGNATURE_PROPERTIES)) {
                for (Element stamp : XmlDocuments.children(properties, XadesNames.XADES, XadesNames.SIGNATURE_TIMESTAMP)) {
                    Outcome<Instant> time = verifyOne(factory, signature, stamp, check, anyKey);
                    if (!time.isAccepted()) {
                        return Outcome.rejected(time.rejections());
                    }
                    times.add(time.value());
                }
            }
        }
        return Outcome.accepted(times);
    }

    private static Outcome<Instant> verifyOne(XMLSignatureFactory factory, Element signature, Element stamp,
                                              TimestampCheck check, Key anyKey) {
        Element method = XmlDocuments.onlyChild(stamp, XadesNames.DS, "CanonicalizationMethod");
        String algorithm = method == null ? CanonicalizationMethod.INCLUSIVE : method.getAttribute("Algorithm");
        Element encapsulated = XmlDocuments.onlyChild(stamp, XadesNames.XADES, XadesNames.ENCAPSULATED_TIMESTAMP);
        Element value = XmlDocuments.onlyChild(signature, XadesNames.DS, "SignatureValue");
        if (!CANONICALIZATIONS.contains(algorithm) || encapsulated == null || value == null) {
            return invalid("the signature timestamp names no accepted canonicalization or holds no token");
        }
        try {
            byte[] token = Base64.getMimeDecoder().decode(encapsulated.getTextContent());
            return check.verify(token, canonical(factory, value, algorithm, anyKey));
        } catch (IllegalArgumentException e) {
            return invalid("the encapsulated timestamp is not base64: " + e.getMessage());
        } catch (GeneralSecurityException | IOException e) {
            return invalid("the signature value cannot be canonicalized: " + e.getMessage());
        }
    }

    /**
     * The canonical form of the {@code ds:SignatureValue} element, through the JDK's own
     * dereferencer and canonicalizer: the element is addressed by its Id, registered in a
     * context of its own, so no other element can stand in for it.
     */
    static byte[] canonical(XMLSignatureFactory factory, Element value, String algorithm, Key anyKey)
            throws GeneralSecurityException, IOException {
        String id = value.getAttribute("Id");
        if (id.isEmpty()) {
            throw new GeneralSecurityException("the signature value has no Id to address it by");
        }
        DOMValidateContext context = new DOMValidateContext(anyKey, value);
        context.setIdAttributeNS(value, null, "Id");
        try {
            Attr uri = value.getOwnerDocument().createAttributeNS(null, "URI");
            uri.setValue("#" + id);
            Data data = factory.getURIDereferencer().dereference(new SameDocument(uri), context);
            CanonicalizationMethod c14n = factory.newCanonicalizationMethod(algorithm, (C14NMethodParameterSpec) null);
            try (InputStream octets = ((OctetStreamData) c14n.transform(data, context)).getOctetStream()) {
                return octets.readAllBytes();
            }
        } catch (URIReferenceException | TransformException e) {
            throw new GeneralSecurityException(e.getMessage(), e);
        }
    }

    private static Element xades(Element parent, String localName) {
        Element existing = XmlDocuments.onlyChild(parent, XadesNames.XADES, localName);
        if (existing != null && !localName.equals(XadesNames.SIGNATURE_TIMESTAMP)) {
            return existing;
        }
        Element child = parent.getOwnerDocument().createElementNS(XadesNames.XADES, "xades:" + localName);
        parent.appendChild(child);
        return child;
    }

    private static <T> Outcome<T> invalid(String message) {
        return Outcome.rejected(Rejection.of(Reason.TIMESTAMP_INVALID, message));
    }

    /** The JDK's dereferencer wants the URI attribute that "contains" the reference; this one stands alone. */
    private record SameDocument(Attr uri) implements DOMURIReference {
        @Override
        public Node getHere() {
            return uri;
        }

        @Override
        public String getURI() {
            return uri.getValue();
        }

        @Override
        public String getType() {
            return null;
        }
    }
}
