package org.entrepot.sign.xades;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import javax.xml.crypto.dsig.DigestMethod;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Builds the XAdES {@code QualifyingProperties} of a baseline B-B signature (EN 319 132-1):
 * the signing time, the signing certificate bound by its SHA-256 digest and issuer/serial
 * ({@code SigningCertificateV2}), and the data object format of the signed document.
 */
final class QualifyingProperties {

    private QualifyingProperties() {
    }

    /**
     * @param signatureId        the Id of the {@code ds:Signature} the properties qualify
     * @param signedPropertiesId the Id the signature's second reference points to
     * @param documentReferenceId the Id of the reference that covers the document
     */
    static Element build(Document document, String signatureId, String signedPropertiesId, String documentReferenceId,
                         X509Certificate signer, Instant signingTime) {
        Element qualifying = XmlDocuments.create(document, XadesNames.XADES, "xades", XadesNames.QUALIFYING_PROPERTIES);
        qualifying.setAttributeNS(XadesNames.XMLNS, "xmlns:ds", XadesNames.DS);
        qualifying.setAttribute("Target", "#" + signatureId);
        Element signed = child(qualifying, XadesNames.SIGNED_PROPERTIES);
        signed.setAttribute("Id", signedPropertiesId);
        Element signatureProperties = child(signed, "SignedSignatureProperties");
        child(signatureProperties, XadesNames.SIGNING_TIME).setTextContent(
                signingTime.truncatedTo(ChronoUnit.SECONDS).toString());
        Element cert = child(child(signatureProperties, XadesNames.SIGNING_CERTIFICATE_V2), "Cert");
        Element digest = child(cert, "CertDigest");
        Element method = document.createElementNS(XadesNames.DS, "ds:DigestMethod");
        method.setAttribute("Algorithm", DigestMethod.SHA256);
        digest.appendChild(method);
        Element value = document.createElementNS(XadesNames.DS, "ds:DigestValue");
        value.setTextContent(Base64.getEncoder().encodeToString(certificateDigest(signer, "SHA-256")));
        digest.appendChild(value);
        child(cert, "IssuerSerialV2").setTextContent(Base64.getEncoder().encodeToString(issuerSerial(signer)));
        Element format = child(child(signed, "SignedDataObjectProperties"), "DataObjectFormat");
        format.setAttribute("ObjectReference", "#" + documentReferenceId);
        child(format, "MimeType").setTextContent("text/xml");
        return qualifying;
    }

    /** The digest of a certificate's DER encoding, as {@code CertDigest} states it. */
    static byte[] certificateDigest(X509Certificate certificate, String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm).digest(certificate.getEncoded());
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalArgumentException("cannot digest certificate with " + algorithm + ": " + e.getMessage(), e);
        }
    }

    /** The DER {@code IssuerSerial} (RFC 5035) that {@code IssuerSerialV2} carries in base64. */
    static byte[] issuerSerial(X509Certificate certificate) {
        try {
            GeneralNames issuer = new GeneralNames(new GeneralName(
                    X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded())));
            return new IssuerSerial(issuer, certificate.getSerialNumber()).getEncoded();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot encode the issuer and serial of a certificate", e);
        }
    }

    private static Element child(Element parent, String localName) {
        Element child = parent.getOwnerDocument().createElementNS(XadesNames.XADES, "xades:" + localName);
        parent.appendChild(child);
        return child;
    }
}
