package org.entrepot.translate.payment;

import static org.entrepot.translate.payment.PaymentOrderRoundTripTest.ediFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entrepot.check.ClasspathSchemas;
import org.entrepot.check.XmlSchemaCheck;
import org.entrepot.document.Outcome;
import org.entrepot.translate.Format;
import org.entrepot.translate.MappingCatalog;
import org.entrepot.translate.Samples;
import org.entrepot.translate.Target;
import org.entrepot.translate.TranslatedDocument;
import org.entrepot.translate.Translator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** X12 820 and pain.001 both ways: an 820 is one payment, so an interchange of three 820s is three pain.001 documents. */
class X12PaymentOrderTest {

    private static MappingCatalog mappings;
    private static Translator translator;

    @BeforeAll
    static void loadMappings() {
        mappings = Samples.mappings();
        translator = new Translator(mappings);
    }

    @AfterAll
    static void close() {
        mappings.close();
    }

    private static List<byte[]> translate(byte[] source, Format format, String version) {
        Outcome<List<TranslatedDocument>> outcome = translator.translate(source, new Target(format, version));
        assertTrue(outcome.isAccepted(), () -> outcome.rejections().toString());
        return outcome.value().stream().map(TranslatedDocument::content).toList();
    }

    /** The facts of one message of an interchange, renamed as if it were the first. */
    private static Map<String, String> message(Map<String, String> facts, int number) {
        Map<String, String> one = new LinkedHashMap<>();
        facts.forEach((key, value) -> {
            if (key.startsWith("message" + number + ".")) {
                one.put("message1." + key.substring(key.indexOf('.') + 1), value);
            }
        });
        return one;
    }

    @Test
    void atlassThree820sBecomeThreeSchemaValidPain00100109s() {
        List<byte[]> pains = translate(Samples.read("payments/atlas-lakefront-820-4010.edi"), Format.ISO20022, "pain.001.001.09");
        assertEquals(3, pains.size());
        for (byte[] pain : pains) {
            assertEquals(List.of(), XmlSchemaCheck.validate(pain, new ClasspathSchemas().schema("iso20022/pain.001.001.09.xsd")));
        }
        Map<String, String> first = Pain001Facts.of(pains.get(0));
        assertEquals("AT-PAY-20261121", first.get("message.id"));
        assertEquals("2026-11-21T15:30", first.get("message.created"));
        assertEquals("987654321", first.get("initiator.id"));
        assertEquals("DUNS", first.get("initiator.scheme"));
        assertEquals("2026-11-26", first.get("order.AT-PAY-20261121-USD.date"));
        assertEquals("4410007788", first.get("order.AT-PAY-20261121-USD.debtor.account"));
        assertEquals("LKFBUS44XXX", first.get("order.AT-PAY-20261121-USD.debtor.bic"));
        String payment = "payment.AT-E2E-20261121-0001";
        assertEquals("15730.00", first.get(payment + ".amount"));
        assertEquals("USD", first.get(payment + ".currency"));
        assertEquals("BOFAUS3NXXX", first.get(payment + ".creditor.bic"));
        assertEquals("4820019977", first.get(payment + ".creditor.account"));
        assertEquals("Lakeside Supply Co.", first.get(payment + ".creditor.name"));
        assertEquals("Invoice LS-88412, hardware fittings, net 30", first.get(payment + ".remittance"));

        Map<String, String> second = Pain001Facts.of(pains.get(1));
        assertEquals("EUR", second.get("payment.AT-E2E-20261121-0002.currency"));
        assertEquals("NL91ABNA0417164300", second.get("payment.AT-E2E-20261121-0002.creditor.iban"));
        assertEquals("GS1G", MxModel.text(MxModel.parse(pains.get(1)).document("CstmrCdtTrfInitn"),
                "PmtInf/CdtTrfTxInf/Cdtr/Id/OrgId/Othr/SchmeNm/Cd"), "N103 UL is a GLN");
        Object third = MxModel.parse(pains.get(2)).document("CstmrCdtTrfInitn");
        assertEquals("FRF-20977", MxModel.text(third, "PmtInf/CdtTrfTxInf/RmtInf/Strd[1]/RfrdDocInf/Nb"));
        assertEquals("980.00", MxModel.text(third, "PmtInf/CdtTrfTxInf/RmtInf/Strd[1]/RfrdDocAmt/RmtdAmt/Value"));
    }

    @ParameterizedTest
    @CsvSource({"atlas-lakefront-820-4010.edi, pain.001.001.09, 004010", "atlas-lakefront-820-4010.edi, pain.001.001.03, 004010",
            "atlas-lakefront-820-5010.edi, pain.001.001.09, 005010"})
    void every820KeepsItsValuesThroughPain001(String sample, String painVersion, String x12Version) {
        byte[] original = Samples.read("payments/" + sample);
        Map<String, String> before = ediFacts(original, StandardCharsets.UTF_8);
        List<byte[]> pains = translate(original, Format.ISO20022, painVersion);
        assertEquals(3, pains.size());
        for (int i = 0; i < pains.size(); i++) {
            assertEquals(List.of(), IsoSchemas.problems(pains.get(i), painVersion), "payment " + (i + 1));
            List<byte[]> back = translate(pains.get(i), Format.X12, x12Version);
            assertEquals(1, back.size());
            assertTrue(new String(back.get(0), StandardCharsets.UTF_8).contains("*X*" + x12Version + "~"));
            Map<String, String> after = ediFacts(back.get(0), StandardCharsets.UTF_8);
            assertEquals(message(before, i + 1), after, "transaction set " + (i + 1));
        }
        assertEquals("RMR", before.keySet().stream().filter(k -> k.startsWith("message3.ENT1.RMR2")).findFirst()
                .map(k -> "RMR").orElse(""), "the extractor reads the remittance detail");
    }

    @Test
    void nordwindsPaymentsBecomeThree820sAndComeBackWithTheSamePayments() {
        byte[] pain = PaymulToPain001Test.translateOne(translator, Samples.read(PaymulToPain001Test.NORDWIND_PAYMUL),
                Format.ISO20022, "pain.001.001.09");
        List<byte[]> x12 = translate(pain, Format.X12, "005010");
        assertEquals(1, x12.size());
        Map<String, String> sets = ediFacts(x12.get(0), StandardCharsets.UTF_8);
        assertEquals("1250.00", sets.get("message1.BPR[C].e02"));
        assertEquals("FR7630006000011234567890189", sets.get("message1.BPR[C].e15"));
        assertEquals("BOFAUS3NXXX", sets.get("message3.BPR[C].e13"));
        assertEquals("USD", sets.get("message3.CUR[PR].e02"));

        Map<String, String> before = Pain001Facts.of(pain);
        List<byte[]> back = translate(x12.get(0), Format.ISO20022, "pain.001.001.09");
        assertEquals(3, back.size());
        for (byte[] payment : back) {
            Map<String, String> after = Pain001Facts.of(payment);
            after.forEach((key, value) -> {
                // an 820 has no place for the debtor account's currency and name, the charge bearer or the counts of a batch
                if (key.startsWith("payment.")) {
                    assertEquals(before.get(key), value, key);
                }
            });
            String e2e = after.keySet().stream().filter(k -> k.endsWith(".amount")).findFirst().orElseThrow();
            assertEquals(before.get(e2e), after.get(e2e));
        }
    }
}
