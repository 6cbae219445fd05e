package org.entrepot.sign.xades;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.TimestampWrapper;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.validation.reports.Reports;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import org.entrepot.sign.timestamp.LoopbackTimestampAuthority;
import org.entrepot.sign.timestamp.TimestampClient;
import org.entrepot.translate.Samples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * EU DSS, which shares none of our code, validates the signatures we make: the cryptography,
 * the XAdES baseline format, the signing certificate and its chain to our test anchor and, for
 * B-T, the signature timestamp from a loopback timestamp authority.
 */
class EuDssValidationTest {

    private static LoopbackTimestampAuthority authority;

    @BeforeAll
    static void startAuthority() throws Exception {
        authority = LoopbackTimestampAuthority.start();
    }

    @AfterAll
    static void stopAuthority() {
        authority.close();
    }

    @Test
    void euDssFindsOurBaselineBSignatureOnAUblInvoiceIntactAndItsSignerTrusted() {
        byte[] signed = new XadesSigner().sign(Samples.read("invoices/meridian-nordwind-ubl-invoice.xml"),
                SigningParties.seller(), XadesOptions.baselineB()).value();

        Reports reports = validate(signed, SigningParties.pki().caCertificate());

        SignatureWrapper signature = onlySignature(reports);
        assertEquals(SignatureLevel.XAdES_BASELINE_B, reports.getDiagnosticData().getSignatureFormat(signature.getId()));
        assertCryptographicallyValidAndTrusted(reports, signature);
    }

    @Test
    void euDssFindsTheSignatureTimestampOfOurBaselineTSignatureValid() {
        byte[] signed = new XadesSigner().sign(SignaturePlacementTest.BAH_MESSAGE.strip().getBytes(StandardCharsets.UTF_8),
                SigningParties.seller(), XadesOptions.baselineT(new TimestampClient(authority.url()))).value();

        Reports reports = validate(signed, SigningParties.pki().caCertificate(), authority.rootCertificate());

        SignatureWrapper signature = onlySignature(reports);
        DiagnosticData diagnostics = reports.getDiagnosticData();
        assertEquals(SignatureLevel.XAdES_BASELINE_T, diagnostics.getSignatureFormat(signature.getId()));
        assertCryptographicallyValidAndTrusted(reports, signature);
        List<TimestampWrapper> timestamps = diagnostics.getTimestampList(signature.getId());
        assertEquals(1, timestamps.size());
        TimestampWrapper timestamp = timestamps.get(0);
        assertTrue(timestamp.isMessageImprintDataFound() && timestamp.isMessageImprintDataIntact(),
                "the timestamp covers our canonical SignatureValue");
        assertTrue(timestamp.isSignatureIntact() && timestamp.isSignatureValid());
        assertTrue(signature.isThereTLevel() && signature.isTLevelTechnicallyValid());
    }

    @Test
    void euDssFailsTheSameSignatureOnceThePayloadIsChanged() {
        byte[] signed = new XadesSigner().sign(Samples.read("invoices/meridian-nordwind-ubl-invoice.xml"),
                SigningParties.seller(), XadesOptions.baselineB()).value();
        byte[] tampered = new String(signed, StandardCharsets.UTF_8).replace("MF-2026-11873", "MF-2026-11874")
                .getBytes(StandardCharsets.UTF_8);

        Reports reports = validate(tampered, SigningParties.pki().caCertificate());

        SignatureWrapper signature = onlySignature(reports);
        assertFalse(referencesIntact(signature));
        assertEquals(Indication.TOTAL_FAILED, reports.getSimpleReport().getIndication(signature.getId()));
    }

    private static void assertCryptographicallyValidAndTrusted(Reports reports, SignatureWrapper signature) {
        assertTrue(signature.isSignatureIntact(), "signature value verifies");
        assertTrue(signature.isSignatureValid());
        assertEquals(2, signature.getDigestMatchers().size(), "the document and the signed properties");
        assertTrue(referencesIntact(signature), "references intact");
        assertTrue(signature.isSigningCertificateIdentified(), "SigningCertificateV2 names the KeyInfo certificate");
        assertTrue(signature.isBLevelTechnicallyValid());
        assertTrue(signature.getCertificateChain().stream().anyMatch(certificate -> certificate.isTrusted()),
                "the chain reaches our trust anchor");
        assertEquals(Indication.TOTAL_PASSED, reports.getSimpleReport().getIndication(signature.getId()),
                () -> "DSS said " + reports.getSimpleReport().getSubIndication(signature.getId()) + ": "
                        + reports.getXmlSimpleReport());
    }

    private static boolean referencesIntact(SignatureWrapper signature) {
        return signature.getDigestMatchers().stream().allMatch(matcher -> matcher.isDataFound() && matcher.isDataIntact());
    }

    private static SignatureWrapper onlySignature(Reports reports) {
        List<SignatureWrapper> signatures = reports.getDiagnosticData().getSignatures();
        assertEquals(1, signatures.size());
        return signatures.get(0);
    }

    private static Reports validate(byte[] signed, X509Certificate... anchors) {
        return EuDss.validate(signed, anchors);
    }
}
