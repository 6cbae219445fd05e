package org.entrepot.sign.xades;

import static org.entrepot.sign.xades.XadesAdversarialTest.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.entrepot.document.Outcome;
import org.entrepot.document.Reason;
import org.entrepot.sign.TrustAnchors;
import org.entrepot.sign.timestamp.LoopbackTimestampAuthority;
import org.entrepot.sign.timestamp.TimestampClient;
import org.entrepot.translate.Samples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Baseline B-T: a signature timestamp from a timestamp authority on loopback. */
class XadesTimestampTest {

    private static final byte[] INVOICE = Samples.read("invoices/meridian-nordwind-ubl-invoice.xml");
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
    void aTimestampedInvoiceVerifiesAsBaselineTWithTheAuthoritysTime() {
        Instant before = Instant.now().minusSeconds(1);
        long answered = authority.answered();

        VerifiedXml verified = verifier().verify(timestamped(INVOICE)).value();

        assertEquals(VerifiedXml.Level.BASELINE_T, verified.level());
        assertEquals(answered + 1, authority.answered(), "one query went to the authority");
        assertTrue(!verified.timestamp().isBefore(before) && !verified.timestamp().isAfter(Instant.now()));
    }

    @Test
    void aTimestampTakenFromAnotherSignatureDoesNotMatchThisSignatureValue() {
        Document first = XadesAdversarialTest.parse(timestamped(INVOICE));
        Document second = XadesAdversarialTest.parse(timestamped(INVOICE));
        encapsulatedTimestamp(second).setTextContent(encapsulatedTimestamp(first).getTextContent());

        Outcome<VerifiedXml> outcome = verifier().verify(XmlDocuments.serialize(second));

        assertRejected(Reason.TIMESTAMP_INVALID, outcome);
        assertTrue(outcome.rejections().get(0).message().contains("covers other data"), outcome.rejections().toString());
    }

    @Test
    void aTimestampFromAnAuthorityNobodyTrustsIsRejected() {
        XadesVerifier trustingOnlySigners = new XadesVerifier(SigningParties.trust(), SigningParties.trust(), Clock.systemUTC());

        assertRejected(Reason.TIMESTAMP_INVALID, trustingOnlySigners.verify(timestamped(INVOICE)));
    }

    @Test
    void whenTheAuthorityIsUnreachableNothingIsSignedAndTheReasonSaysSo() throws Exception {
        LoopbackTimestampAuthority gone = LoopbackTimestampAuthority.start();
        gone.close();
        XadesOptions options = XadesOptions.baselineT(new TimestampClient(gone.url(), Duration.ofSeconds(2)));

        Outcome<byte[]> outcome = new XadesSigner().sign(INVOICE, SigningParties.seller(), options);

        assertFalse(outcome.isAccepted());
        assertRejected(Reason.TIMESTAMP_UNAVAILABLE, outcome);
    }

    private static byte[] timestamped(byte[] document) {
        return new XadesSigner().sign(document, SigningParties.seller(),
                XadesOptions.baselineT(new TimestampClient(authority.url()))).value();
    }

    private static XadesVerifier verifier() {
        TrustAnchors authorities = TrustAnchors.of(List.of(authority.rootCertificate()));
        return new XadesVerifier(SigningParties.trust(), authorities, Clock.systemUTC());
    }

    private static Element encapsulatedTimestamp(Document document) {
        return (Element) document.getElementsByTagNameNS(XadesNames.XADES, "EncapsulatedTimeStamp").item(0);
    }
}
