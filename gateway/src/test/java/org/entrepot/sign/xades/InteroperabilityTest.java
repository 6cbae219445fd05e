package org.entrepot.sign.xades;

import static eu.europa.esig.dss.enumerations.SignatureAlgorithm.RSA_SHA256;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SignaturePackaging;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.validation.reports.Reports;
import eu.europa.esig.dss.xades.XAdESSignatureParameters;
import eu.europa.esig.dss.xades.signature.XAdESService;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.List;
import org.entrepot.document.Reason;
import org.entrepot.sign.SigningKey;
import org.entrepot.sign.timestamp.TestCa;
import org.junit.jupiter.api.Test;

/** Signatures cross between EU DSS and us in both directions, with RSA and EC keys. */
class InteroperabilityTest {

    private static final String DOSSIER = "<Dossier><Trade>T-77</Trade><Parties>Meridian, Nordwind</Parties><Signature/></Dossier>";
    private static final TestCa CA = TestCa.create("Interop CA");
    private static final SigningKey NORDWIND = CA.signer("nordwind-rsa", "RSA");

    @Test
    void ourEcdsaSignatureIsTotalPassedForEuDss() throws Exception {
        SigningKey ec = CA.signer("meridian-ec", "EC");
        byte[] signed = new XadesSigner().sign(SignaturePlacementTest.OWN_XML.strip().getBytes(StandardCharsets.UTF_8), ec,
                XadesOptions.baselineB()).value();

        Reports reports = EuDss.validate(signed, CA.root());

        String id = reports.getSimpleReport().getFirstSignatureId();
        assertEquals(Indication.TOTAL_PASSED, reports.getSimpleReport().getIndication(id), reports::getXmlSimpleReport);
        assertEquals(ec.certificate(), XadesVerifier.verify(signed, CA.anchors()).value().signer());
    }

    @Test
    void aBaselineBSignatureMadeByEuDssInOurSignatureContainerVerifiesWithUs() throws Exception {
        VerifiedXml verified = XadesVerifier.verify(signedByEuDss(), CA.anchors()).value();

        assertEquals(NORDWIND.certificate(), verified.signer());
        assertEquals("T-77", verified.element().getElementsByTagName("Trade").item(0).getTextContent());
    }

    /**
     * EU DSS leaves ds:Signature out of the digest with XPath Filter 2.0, subtracting every
     * ds:Signature of the document: content hidden in a second one stays out of the digest, so
     * a verifier that accepted the filter blindly would pass it on as signed.
     */
    @Test
    void contentSlippedIntoASecondDsSignatureOfAnEuDssSignedDocumentIsRefusedAsWrapped() throws Exception {
        String signed = new String(signedByEuDss(), StandardCharsets.UTF_8);
        String smuggled = signed.replace("<Trade>T-77</Trade>", "<Trade>T-77</Trade><ds:Signature xmlns:ds=\""
                + XadesNames.DS + "\"><Trade>T-99</Trade></ds:Signature>");

        XadesAdversarialTest.assertRejected(Reason.SIGNATURE_WRAPPED,
                XadesVerifier.verify(smuggled.getBytes(StandardCharsets.UTF_8), CA.anchors()));
    }

    private static byte[] signedByEuDss() throws Exception {
        EuDss.configure();
        XAdESSignatureParameters parameters = new XAdESSignatureParameters();
        parameters.setSignatureLevel(SignatureLevel.XAdES_BASELINE_B);
        parameters.setSignaturePackaging(SignaturePackaging.ENVELOPED);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.setSigningCertificate(new CertificateToken(NORDWIND.certificate()));
        parameters.setCertificateChain(List.of(new CertificateToken(NORDWIND.certificate()), new CertificateToken(CA.root())));
        parameters.setXPathLocationString("/Dossier/Signature");
        XAdESService dss = new XAdESService(new CommonCertificateVerifier());
        DSSDocument document = new InMemoryDocument(DOSSIER.getBytes(StandardCharsets.UTF_8));
        ToBeSigned toBeSigned = dss.getDataToSign(document, parameters);
        Signature rsaSha256 = Signature.getInstance("SHA256withRSA");
        rsaSha256.initSign(NORDWIND.privateKey());
        rsaSha256.update(toBeSigned.getBytes());
        DSSDocument signed = dss.signDocument(document, parameters, new SignatureValue(RSA_SHA256, rsaSha256.sign()));
        return signed.openStream().readAllBytes();
    }
}
