package org.entrepot.sign.xades;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import org.entrepot.document.Outcome;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.entrepot.translate.Samples;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Forged, altered and wrapped signatures: each is refused with the exact reason. Every forgery
 * starts from a signature that verifies (see {@link #theUnalteredSignatureVerifies}).
 */
class XadesAdversarialTest {

    private static final byte[] INVOICE = Samples.read("invoices/meridian-nordwind-ubl-invoice.xml");

    @Test
    void theUnalteredSignatureVerifies() {
        assertTrue(verify(signedInvoice()).isAccepted());
    }

    @Test
    void anInvoiceWhoseAmountChangedAfterSigningIsRejectedAsSignatureInvalid() {
        Document document = parse(signedInvoice());
        Element payable = (Element) document.getElementsByTagNameNS("*", "PayableAmount").item(0);
        payable.setTextContent("1.00");

        assertRejected(Reason.SIGNATURE_INVALID, verify(document));
    }

    @Test
    void aSigningTimeMovedBackAfterSigningIsRejectedAsSignedPropertiesInvalid() {
        Document document = parse(signedInvoice());
        signingTime(document).setTextContent("2020-01-01T00:00:00Z");

        assertRejected(Reason.SIGNED_PROPERTIES_INVALID, verify(document));
    }

    @Test
    void aSecondElementCarryingTheSignedPropertiesIdIsRejectedAsWrapped() {
        Document document = parse(signedInvoice());
        Element signedProperties = signedProperties(document);
        Element forged = (Element) signedProperties.cloneNode(true);
        forged.getElementsByTagNameNS(XadesNames.XADES, "SigningTime").item(0).setTextContent("2020-01-01T00:00:00Z");
        // inside ds:Signature, where the enveloped-signature transform hides it from the document digest
        Element object = document.createElementNS(XadesNames.DS, "ds:Object");
        object.appendChild(forged);
        signature(document).insertBefore(object, qualifyingObject(document));

        assertRejected(Reason.SIGNATURE_WRAPPED, verify(document));
    }

    @Test
    void signedPropertiesMovedAsideForUnsignedOnesAreRejectedAsWrapped() {
        Document document = parse(signedInvoice());
        Element original = signedProperties(document);
        Element qualifying = (Element) original.getParentNode();
        Element forged = (Element) original.cloneNode(true);
        forged.setAttribute("Id", "forged-properties");
        forged.getElementsByTagNameNS(XadesNames.XADES, "SigningTime").item(0).setTextContent("2020-01-01T00:00:00Z");
        qualifying.replaceChild(forged, original);
        Element hidingPlace = document.createElementNS(XadesNames.DS, "ds:Object");
        hidingPlace.appendChild(original);
        signature(document).appendChild(hidingPlace);

        Outcome<VerifiedXml> outcome = verify(document);

        assertRejected(Reason.SIGNATURE_WRAPPED, outcome);
        assertTrue(outcome.rejections().get(0).message().contains("does not name this signature's own signed properties"),
                outcome.rejections().toString());
    }

    @Test
    void aSignatureMovedOutOfTheUblExtensionIsRejectedAsWrapped() {
        Document document = parse(signedInvoice());
        Element signature = signature(document);
        document.getDocumentElement().appendChild(signature);

        assertRejected(Reason.SIGNATURE_WRAPPED, verify(document));
    }

    @Test
    void aReferenceToOnePartOfTheDocumentInsteadOfTheWholeIsRejectedAsWrapped() {
        Document document = parse(signedInvoice());
        Element reference = (Element) document.getElementsByTagNameNS(XadesNames.DS, "Reference").item(0);
        assertEquals("", reference.getAttribute("URI"));
        ((Element) document.getElementsByTagNameNS("*", "AccountingSupplierParty").item(0)).setAttribute("Id", "supplier");
        reference.setAttribute("URI", "#supplier");

        assertRejected(Reason.SIGNATURE_WRAPPED, verify(document));
    }

    @Test
    void aSignerWhoseCertificateComesFromAnotherAuthorityIsNotTrusted() {
        byte[] signed = new XadesSigner().sign(INVOICE, SigningParties.impostor(), XadesOptions.baselineB()).value();

        assertRejected(Reason.SIGNER_NOT_TRUSTED, XadesVerifier.verify(signed, SigningParties.trust()));
    }

    @Test
    void aCertificateSwappedIntoKeyInfoCannotPoseAsTheSigner() {
        Document document = parse(signedInvoice());
        Element certificate = (Element) document.getElementsByTagNameNS(XadesNames.DS, "X509Certificate").item(0);
        certificate.setTextContent(Base64.getEncoder().encodeToString(encoded(SigningParties.impostor().certificate())));

        Outcome<VerifiedXml> outcome = verify(document);

        assertRejected(Reason.SIGNED_PROPERTIES_INVALID, outcome);
        assertTrue(outcome.rejections().get(0).message().contains("no certificate in KeyInfo matches"));
    }

    @Test
    void aDoctypeSmuggledIntoASignedDocumentIsRefusedBeforeAnythingIsResolved() {
        String signed = new String(signedInvoice(), StandardCharsets.UTF_8);
        String hostile = signed.replaceFirst("\\?>", "?><!DOCTYPE Invoice [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>");

        assertRejected(Reason.MALFORMED_XML, XadesVerifier.verify(hostile.getBytes(StandardCharsets.UTF_8), SigningParties.trust()));
    }

    @Test
    void anUnsignedDocumentIsRejectedAsSignatureInvalid() {
        assertRejected(Reason.SIGNATURE_INVALID, XadesVerifier.verify(INVOICE, SigningParties.trust()));
    }

    static void assertRejected(Reason expected, Outcome<?> outcome) {
        assertTrue(!outcome.isAccepted(), () -> "accepted, expected " + expected);
        List<Reason> reasons = outcome.rejections().stream().map(Rejection::reason).toList();
        assertEquals(List.of(expected), reasons, outcome.rejections().toString());
    }

    private static byte[] signedInvoice() {
        return new XadesSigner().sign(INVOICE, SigningParties.seller(), XadesOptions.baselineB()).value();
    }

    private static Outcome<VerifiedXml> verify(Document document) {
        // through bytes, as a receiver gets them
        return XadesVerifier.verify(XmlDocuments.serialize(document), SigningParties.trust());
    }

    private static Outcome<VerifiedXml> verify(byte[] signed) {
        return XadesVerifier.verify(signed, SigningParties.trust());
    }

    static Document parse(byte[] xml) {
        return XmlDocuments.parse(xml).value();
    }

    private static Element signature(Document document) {
        return (Element) document.getElementsByTagNameNS(XadesNames.DS, "Signature").item(0);
    }

    private static Element signedProperties(Document document) {
        return (Element) document.getElementsByTagNameNS(XadesNames.XADES, "SignedProperties").item(0);
    }

    private static Element signingTime(Document document) {
        return (Element) document.getElementsByTagNameNS(XadesNames.XADES, "SigningTime").item(0);
    }

    private static Element qualifyingObject(Document document) {
        return (Element) document.getElementsByTagNameNS(XadesNames.XADES, "QualifyingProperties").item(0).getParentNode();
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new AssertionError(e);
        }
    }
}
