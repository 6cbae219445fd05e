package org.entrepot.translate.payment;

import static org.entrepot.translate.payment.PaymulToPain001Test.translateOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entrepot.check.ClasspathSchemas;
import org.entrepot.check.XmlSchemaCheck;
import org.entrepot.document.Outcome;
import org.entrepot.document.Rejection;
import org.entrepot.translate.Target;
import org.entrepot.translate.TranslatedDocument;
import org.entrepot.translate.Format;
import org.entrepot.translate.MappingCatalog;
import org.entrepot.translate.Samples;
import org.entrepot.translate.Translator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Payment orders keep every business value through ISO 20022 and back, in both pain.001 versions and both directories. */
class PaymentOrderRoundTripTest {

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

    static Map<String, String> ediFacts(byte[] interchange, Charset charset) {
        List<Rejection> problems = new ArrayList<>();
        Map<String, String> facts = EdiSegmentFacts.of(interchange, charset, problems);
        assertEquals(List.of(), problems, "the interchange must be valid");
        return facts;
    }

    @ParameterizedTest
    @CsvSource({"pain.001.001.03", "pain.001.001.09"})
    void nordwindsPaymulKeepsEveryValueThroughPain001(String painVersion) {
        byte[] original = Samples.read(PaymulToPain001Test.NORDWIND_PAYMUL);
        byte[] pain = translateOne(translator, original, Format.ISO20022, painVersion);
        assertEquals(List.of(), IsoSchemas.problems(pain, painVersion));
        byte[] back = translateOne(translator, pain, Format.EDIFACT, "D96A");

        Map<String, String> before = ediFacts(original, StandardCharsets.ISO_8859_1);
        Map<String, String> after = ediFacts(back, StandardCharsets.ISO_8859_1);
        // the facts a person checks first, so a broken extractor cannot hide a broken mapping
        assertEquals("NW-PAY-2026-1120", after.get("message1.BGM[452].e02"));
        assertEquals("15730.00", after.get("message1.LIN2.SEQ1.MOA[9].e01_02"));
        assertEquals("USD", after.get("message1.LIN2.SEQ1.MOA[9].e01_03"));
        assertEquals("NL91ABNA0417164300", after.get("message1.LIN1.SEQ2.FII[BF].e02_01"));
        assertEquals("ABNANL2AXXX", after.get("message1.LIN1.SEQ2.FII[BF].e03_01"));
        assertEquals("NW-E2E-20261120-0003", after.get("message1.LIN2.SEQ1.RFF[CR].e01_02"));
        assertEquals("Invoice MF-2026-11873: 18 pallets chilled goods, order PO-7781",
                after.get("message1.LIN1.SEQ2.FTX[PMD].e04_01"));
        assertTrue(before.size() > 90, "the extractor reads the whole message: " + before.size());
        assertEquals(before, after);
    }

    /** EDI to EDI in one request: the translator chains PAYMUL -> pain.001 -> PAYMUL itself. */
    @Test
    void aPaymulAskedForAsPaymulGoesThroughPain001InOneTranslation() {
        byte[] original = Samples.read(PaymulToPain001Test.NORDWIND_PAYMUL);
        Outcome<List<TranslatedDocument>> chained = translator.translate(original, new Target(Format.EDIFACT, "D96A"));
        assertTrue(chained.isAccepted(), () -> chained.rejections().toString());
        assertEquals(1, chained.value().size());
        assertTrue(chained.value().get(0).mappingId().contains("+"), chained.value().get(0).mappingId());

        assertEquals(ediFacts(original, StandardCharsets.ISO_8859_1),
                ediFacts(chained.value().get(0).content(), StandardCharsets.ISO_8859_1));
    }

    @ParameterizedTest
    @CsvSource({"pain.001.001.03", "pain.001.001.09"})
    void aPain001KeepsEveryValueThroughAD01bPaymul(String painVersion) {
        byte[] pain = translateOne(translator, Samples.read(PaymulToPain001Test.NORDWIND_PAYMUL), Format.ISO20022, painVersion);
        byte[] d01b = translateOne(translator, pain, Format.EDIFACT, "D01B");
        assertTrue(new String(d01b, StandardCharsets.ISO_8859_1).contains("UNH+1+PAYMUL:D:01B:UN'"));
        ediFacts(d01b, StandardCharsets.ISO_8859_1);

        Map<String, String> before = Pain001Facts.of(pain);
        byte[] again = translateOne(translator, d01b, Format.ISO20022, painVersion);
        assertEquals(List.of(), IsoSchemas.problems(again, painVersion));
        Map<String, String> after = Pain001Facts.of(again);
        assertEquals("BOFAUS3NXXX", after.get("payment.NW-E2E-20261120-0003.creditor.bic"));
        assertEquals(before, after);
    }

    @Test
    void yuanhangsPain001KeepsEveryValueThroughAUtf8Paymul() {
        byte[] original = Samples.read("payments/yuanhang-elbufer-pain.001.001.09.xml");
        assertEquals(List.of(), XmlSchemaCheck.validate(original, new ClasspathSchemas().schema("iso20022/pain.001.001.09.xsd")),
                "the sample itself is valid");
        byte[] paymul = translateOne(translator, original, Format.EDIFACT, "D01B");
        String interchange = new String(paymul, StandardCharsets.UTF_8);
        assertTrue(interchange.startsWith("UNA:+.?*'\nUNB+UNOW:4+"), "Chinese names go out as UNOW syntax 4");
        Map<String, String> edifact = ediFacts(paymul, StandardCharsets.UTF_8);
        assertEquals("上海远航贸易有限公司", edifact.get("message1.LIN1.NAD[OY].e04_01"));

        byte[] back = translateOne(translator, paymul, Format.ISO20022, "pain.001.001.09");
        assertEquals(List.of(), XmlSchemaCheck.validate(back, new ClasspathSchemas().schema("iso20022/pain.001.001.09.xsd")));
        Map<String, String> before = Pain001Facts.of(original);
        Map<String, String> after = Pain001Facts.of(back);
        assertEquals("苏州丝绸之路纺织品有限公司", after.get("payment.YH-E2E-0001.creditor.name"));
        assertEquals("2500000.00", after.get("payment.YH-E2E-0001.amount"));
        assertTrue(before.size() > 40, "the extractor reads the whole document: " + before.size());
        assertEquals(before, after);
    }

    @Test
    void yuanhangsUtf8PaymulInAGroupBecomesTwoPain001sAndComesBackUnchanged() {
        byte[] original = Samples.read("payments/yuanhang-elbufer-paymul-d01b-unow.edi");
        Map<String, String> before = ediFacts(original, StandardCharsets.UTF_8);
        Outcome<List<TranslatedDocument>> pains = translator.translate(original, new Target(Format.ISO20022, "pain.001.001.09"));
        assertTrue(pains.isAccepted(), () -> pains.rejections().toString());
        assertEquals(2, pains.value().size(), "one pain.001 per message of the group");
        for (int i = 0; i < 2; i++) {
            byte[] pain = pains.value().get(i).content();
            assertEquals(List.of(), XmlSchemaCheck.validate(pain, new ClasspathSchemas().schema("iso20022/pain.001.001.09.xsd")));
            byte[] back = translateOne(translator, pain, Format.EDIFACT, "D01B");
            assertTrue(new String(back, StandardCharsets.UTF_8).contains("UNB+UNOW:4+6901234000009:14+ELBUDEHHXXX+"));
            Map<String, String> after = ediFacts(back, StandardCharsets.UTF_8);
            Map<String, String> expected = new java.util.LinkedHashMap<>();
            String prefix = "message" + (i + 1) + ".";
            before.forEach((key, value) -> {
                if (key.startsWith(prefix)) {
                    expected.put("message1." + key.substring(prefix.length()), value);
                }
            });
            assertEquals(expected, after);
        }
        Map<String, String> cny = Pain001Facts.of(pains.value().get(0).content());
        assertEquals("苏州丝绸之路纺织品有限公司", cny.get("payment.YH-E2E-0001.creditor.name"));
        assertEquals("江苏省", cny.get("payment.YH-E2E-0001.creditor.subdivision"));
        assertEquals("Facture FR-2026-3412 + frais de douane (50% ?)",
                Pain001Facts.of(pains.value().get(1).content()).get("payment.YH-E2E-0003.remittance"));
    }
}
