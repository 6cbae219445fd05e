package org.entrepot.sign.xades;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dom.DOMStructure;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLObject;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import org.entrepot.document.Outcome;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.entrepot.sign.SigningKey;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Signs XML documents with an enveloped XAdES baseline signature (ETSI EN 319 132-1): B-B, or
 * B-T when the options name a timestamp authority. The signature covers the whole document
 * ({@code URI=""}, enveloped-signature transform, exclusive canonicalization) and the signed
 * properties, and sits where the document's standard expects it ({@link SignaturePlacement}).
 *
 * <p>Built on the JDK's own XML-DSig provider; the XAdES properties are built here. Safe for
 * concurrent use.
 */
public final class XadesSigner {

    static final String ED25519 = "http://www.w3.org/2021/04/xmldsig-more#eddsa-ed25519";

    /** The signed document, or a rejection ({@code MALFORMED_XML}, {@code SIGNING_FAILED}, {@code TIMESTAMP_UNAVAILABLE}). */
    public Outcome<byte[]> sign(byte[] xml, SigningKey key, XadesOptions options) {
        return XmlDocuments.parse(xml).then(document -> sign(document, key, options)).map(XmlDocuments::serialize);
    }

    /** Signs {@code document} in place and returns it. */
    public Outcome<Document> sign(Document document, SigningKey key, XadesOptions options) {
        SignaturePlacement placement = options.placement() != null ? options.placement() : SignaturePlacement.of(document);
        if (!placement.locate(document).isEmpty()) {
            // the verifier checks one signature per document; a second would make the document unverifiable
            return Outcome.rejected(Rejection.of(Reason.SIGNING_FAILED, "the document is already signed at the "
                    + placement + " place"));
        }
        String unique = UUID.randomUUID().toString();
        String signatureId = "Signature-" + unique;
        String propertiesId = "SignedProperties-" + unique;
        String documentReferenceId = "Reference-" + unique;
        try {
            XMLSignatureFactory factory = XmlSignatures.factory();
            Element parent = placement.prepare(document);
            Element qualifying = QualifyingProperties.build(document, signatureId, propertiesId, documentReferenceId,
                    key.certificate(), options.clock().instant());
            Element signedProperties = XmlDocuments.onlyChild(qualifying, XadesNames.XADES, XadesNames.SIGNED_PROPERTIES);
            XMLObject object = factory.newXMLObject(List.of(new DOMStructure(qualifying)), null, null, null);
            XMLSignature signature = factory.newXMLSignature(signedInfo(factory, key, propertiesId, documentReferenceId),
                    keyInfo(key), List.of(object), signatureId, "SignatureValue-" + unique);
            DOMSignContext context = new DOMSignContext(key.privateKey(), parent);
            context.setDefaultNamespacePrefix("ds");
            context.setIdAttributeNS(signedProperties, null, "Id");
            signature.sign(context);
            if (options.timestampClient().isEmpty()) {
                return Outcome.accepted(document);
            }
            Element signatureElement = XmlDocuments.children(parent, XadesNames.DS, "Signature").get(0);
            return SignatureTimestamps.add(factory, signatureElement, qualifying, options.timestampClient().get(),
                    key.certificate().getPublicKey()).map(stamp -> document);
        } catch (GeneralSecurityException | MarshalException | XMLSignatureException | IllegalArgumentException e) {
            return Outcome.rejected(Rejection.of(Reason.SIGNING_FAILED, "cannot sign with " + key + ": " + e.getMessage()));
        }
    }

    private static SignedInfo signedInfo(XMLSignatureFactory factory, SigningKey key, String propertiesId,
                                         String documentReferenceId) throws GeneralSecurityException {
        DigestMethod sha256 = factory.newDigestMethod(DigestMethod.SHA256, null);
        Transform exclusive = factory.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null);
        Reference content = factory.newReference("", sha256,
                List.of(factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null), exclusive),
                null, documentReferenceId);
        Reference properties = factory.newReference("#" + propertiesId, sha256, List.of(exclusive),
                XadesNames.SIGNED_PROPERTIES_TYPE, null);
        return factory.newSignedInfo(
                factory.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                factory.newSignatureMethod(signatureMethod(key.certificate().getPublicKey()), null),
                List.of(content, properties));
    }

    /** The whole chain, signer first: a receiver then needs only its trust anchor. */
    private static KeyInfo keyInfo(SigningKey key) {
        KeyInfoFactory keys = XmlSignatures.factory().getKeyInfoFactory();
        List<X509Certificate> chain = new ArrayList<>(key.chain());
        return keys.newKeyInfo(List.of(keys.newX509Data(chain)));
    }

    /** By the key's algorithm: RSA and EC with SHA-256, Ed25519 as itself. */
    static String signatureMethod(PublicKey key) {
        return switch (key.getAlgorithm()) {
            case "RSA" -> SignatureMethod.RSA_SHA256;
            case "EC" -> SignatureMethod.ECDSA_SHA256;
            case "EdDSA", "Ed25519" -> ED25519;
            default -> throw new IllegalArgumentException("no XML signature method for " + key.getAlgorithm() + " keys");
        };
    }
}
