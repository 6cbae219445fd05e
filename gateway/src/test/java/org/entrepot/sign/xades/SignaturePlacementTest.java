package org.entrepot.sign.xades;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.helger.ubl21.UBL21Marshaller;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.entrepot.check.XmlSchemaCheck;
import org.entrepot.document.Outcome;
import org.entrepot.document.Reason;
import org.entrepot.translate.Samples;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Each standard's signature sits where that standard puts it, and verifies there. */
class SignaturePlacementTest {

    static final String BAH_MESSAGE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <BizMsg xmlns="urn:entrepot:iso20022:business-message">
              <AppHdr xmlns="urn:iso:std:iso:20022:tech:xsd:head.001.001.02">
                <Fr><FIId><FinInstnId><BICFI>MERIDNL2XXX</BICFI></FinInstnId></FIId></Fr>
                <To><FIId><FinInstnId><BICFI>NORDDEFFXXX</BICFI></FinInstnId></FIId></To>
                <BizMsgIdr>MF-PAY-2026-0042</BizMsgIdr>
                <MsgDefIdr>pain.001.001.09</MsgDefIdr>
                <CreDt>2026-11-22T10:15:00Z</CreDt>
                <Rltd><Fr><FIId><FinInstnId><BICFI>MERIDNL2XXX</BICFI></FinInstnId></FIId></Fr>
                  <To><FIId><FinInstnId><BICFI>NORDDEFFXXX</BICFI></FinInstnId></FIId></To>
                  <BizMsgIdr>MF-PAY-2026-0041</BizMsgIdr><MsgDefIdr>pain.001.001.09</MsgDefIdr>
                  <CreDt>2026-11-21T10:15:00Z</CreDt></Rltd>
              </AppHdr>
              <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">
                <CstmrCdtTrfInitn><GrpHdr><MsgId>MF-PAY-2026-0042</MsgId><CreDtTm>2026-11-22T10:15:00</CreDtTm>
                  <NbOfTxs>1</NbOfTxs><CtrlSum>1896.00</CtrlSum><InitgPty><Nm>Meridian Foods B.V.</Nm></InitgPty></GrpHdr>
                </CstmrCdtTrfInitn>
              </Document>
            </BizMsg>
            """;

    static final String OWN_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ent:TradeDossier xmlns:ent="urn:entrepot:dossier:1"><ent:Trade>T-77</ent:Trade></ent:TradeDossier>
            """;

    private final XadesSigner signer = new XadesSigner();

    @Test
    void aSignedUblInvoiceCarriesItsSignatureInTheExtensionsAndStillValidatesAgainstTheUbl21Schema() {
        byte[] invoice = Samples.read("invoices/meridian-nordwind-ubl-invoice.xml");

        byte[] signed = signer.sign(invoice, SigningParties.seller(), XadesOptions.baselineB()).value();

        assertEquals(List.of(), XmlSchemaCheck.validate(signed, UBL21Marshaller.invoice().getSchema()));
        VerifiedXml verified = XadesVerifier.verify(signed, SigningParties.trust()).value();
        Element signature = only(verified.document(), "Signature");
        assertEquals("/Invoice/ext:UBLExtensions/ext:UBLExtension/ext:ExtensionContent/sig:UBLDocumentSignatures/"
                + "sac:SignatureInformation/ds:Signature", XmlDocuments.path(signature));
        assertEquals("UBLExtensions", firstChild(verified.element()).getLocalName(), "extensions come first in UBL");
        assertSame(verified.document().getDocumentElement(), verified.element());
        assertEquals(SigningParties.seller().certificate(), verified.signer());
        assertEquals(VerifiedXml.Level.BASELINE_B, verified.level());
    }

    @Test
    void aPaymentMessageIsSignedInsideItsBusinessApplicationHeaderBeforeTheRelatedHeader() {
        byte[] signed = signer.sign(BAH_MESSAGE.strip().getBytes(StandardCharsets.UTF_8), SigningParties.seller(),
                XadesOptions.baselineB()).value();

        VerifiedXml verified = XadesVerifier.verify(signed, SigningParties.trust()).value();
        Element signature = only(verified.document(), "Signature");
        assertEquals("/BizMsg/AppHdr/Sgntr/ds:Signature", XmlDocuments.path(signature));
        Element sgntr = (Element) signature.getParentNode();
        assertEquals("Rltd", nextElement(sgntr).getLocalName(), "head.001 puts Sgntr before Rltd");
        assertEquals("pain.001.001.09", verified.element().getElementsByTagNameNS("*", "MsgDefIdr").item(0).getTextContent());
    }

    @Test
    void ourOwnXmlCarriesItsSignatureInATopLevelSignatureContainer() {
        byte[] signed = signer.sign(OWN_XML.strip().getBytes(StandardCharsets.UTF_8), SigningParties.seller(),
                XadesOptions.baselineB()).value();

        Outcome<VerifiedXml> verified = XadesVerifier.verify(signed, SigningParties.trust());
        Element signature = only(verified.value().document(), "Signature");
        assertEquals("/ent:TradeDossier/ent:Signature/ds:Signature", XmlDocuments.path(signature));
        assertTrue(verified.value().element().getTextContent().contains("T-77"));
    }

    @Test
    void aDocumentAlreadySignedAtItsPlaceIsNotSignedASecondTime() {
        byte[] signed = signer.sign(OWN_XML.strip().getBytes(StandardCharsets.UTF_8), SigningParties.seller(),
                XadesOptions.baselineB()).value();

        Outcome<byte[]> again = signer.sign(signed, SigningParties.seller(), XadesOptions.baselineB());

        assertEquals(Reason.SIGNING_FAILED, again.rejections().get(0).reason());
    }

    private static Element only(Document document, String localName) {
        assertEquals(1, document.getElementsByTagNameNS(XadesNames.DS, localName).getLength());
        return (Element) document.getElementsByTagNameNS(XadesNames.DS, localName).item(0);
    }

    private static Element firstChild(Element parent) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                return element;
            }
        }
        throw new AssertionError("no child element");
    }

    private static Element nextElement(Element element) {
        for (var node = element.getNextSibling(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element next) {
                return next;
            }
        }
        throw new AssertionError("no next element");
    }
}
