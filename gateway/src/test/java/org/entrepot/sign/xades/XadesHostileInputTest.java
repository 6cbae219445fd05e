package org.entrepot.sign.xades;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.entrepot.document.Outcome;
import org.entrepot.translate.Samples;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A damaged signature is rejected, never thrown: every part removed, every prefix of the bytes. */
class XadesHostileInputTest {

    private static final byte[] SIGNED = new XadesSigner().sign(Samples.read("invoices/meridian-nordwind-ubl-invoice.xml"),
            SigningParties.seller(), XadesOptions.baselineB()).value();

    @Test
    void removingAnyOnePartOfTheSignatureGetsARejectionNotAnException() {
        int parts = signatureParts(XadesAdversarialTest.parse(SIGNED)).size();
        for (int i = 0; i < parts; i++) {
            Document document = XadesAdversarialTest.parse(SIGNED);
            Element part = signatureParts(document).get(i);
            String name = part.getNodeName();
            part.getParentNode().removeChild(part);
            byte[] damaged = XmlDocuments.serialize(document);

            Outcome<VerifiedXml> outcome = assertDoesNotThrow(() -> XadesVerifier.verify(damaged, SigningParties.trust()), name);

            // KeyInfo is not signed: the issuer's certificate after the signer's may go, the anchor stands in
            if (!(name.equals("ds:X509Certificate") && isIssuerCertificate(part, i))) {
                assertFalse(outcome.isAccepted(), "accepted without " + name);
            }
        }
    }

    @Test
    void everyTruncationOfTheSignedBytesGetsARejectionNotAnException() {
        for (int length = 0; length < SIGNED.length; length += 257) {
            byte[] truncated = Arrays.copyOf(SIGNED, length);

            Outcome<VerifiedXml> outcome = assertDoesNotThrow(() -> XadesVerifier.verify(truncated, SigningParties.trust()));

            assertFalse(outcome.isAccepted());
        }
    }

    private static boolean isIssuerCertificate(Element removed, int index) {
        Element signer = signatureParts(XadesAdversarialTest.parse(SIGNED)).get(index - 1);
        return signer.getNodeName().equals("ds:X509Certificate");
    }

    private static List<Element> signatureParts(Document document) {
        Element signature = (Element) document.getElementsByTagNameNS(XadesNames.DS, "Signature").item(0);
        NodeList all = signature.getElementsByTagName("*");
        List<Element> parts = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            parts.add((Element) all.item(i));
        }
        return parts;
    }
}
