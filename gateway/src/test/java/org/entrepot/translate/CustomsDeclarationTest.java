package org.entrepot.translate;

import static org.entrepot.translate.CustomsDocuments.translateOne;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entrepot.customs.declaration.DeclarationType;
import org.entrepot.customs.declaration.GoodsItemType;
import org.entrepot.document.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** CUSDEC (D.96A, D.01B) and the declaration XML, both ways. */
class CustomsDeclarationTest {

    private static final String HANSE = "customs/hanse-zoll-cusdec-d96a.edi";

    private static MappingCatalog mappings;
    private static Translator translator;

    @BeforeAll
    static void loadMappings() {
        mappings = Samples.mappings();
        translator = CustomsDocuments.translator(mappings);
    }

    @AfterAll
    static void close() {
        mappings.close();
    }

    @Test
    void aCusdecWithThreeGoodsItemsBecomesASchemaValidDeclaration() {
        DeclarationType declaration = CustomsDocuments.declaration(
                translateOne(translator, Samples.read(HANSE), Target.of(Format.XML)));

        assertAll(
                () -> assertEquals("9", declaration.getFunctionCode()),
                () -> assertEquals("929", declaration.getTypeCode()),
                () -> assertEquals("HZS-2026-000417", declaration.getFunctionalReferenceID()),
                () -> assertEquals("2026-11-20", declaration.getIssueDate().toXMLFormat()),
                () -> assertEquals("DE004851", declaration.getDeclarationOffice().getID()),
                () -> assertEquals("DE123456789012345", declaration.getDeclarant().getID()),
                () -> assertEquals("Ningbo Evergreen Electronics Co.", declaration.getExporter().getName()),
                () -> assertEquals("315040", declaration.getExporter().getAddress().getPostcodeID()),
                () -> assertEquals("Speicherstadt 12", declaration.getImporter().getAddress().getLine()),
                () -> assertEquals("DE987654321000000", declaration.getAgent().getID()),
                () -> assertEquals("Hanse Zollservice GmbH", declaration.getAgent().getName()),
                () -> assertEquals("1", declaration.getBorderTransportMeans().getModeCode()),
                () -> assertEquals("9321483", declaration.getBorderTransportMeans().getID()),
                () -> assertEquals("MAERSK ESSEN", declaration.getBorderTransportMeans().getName()),
                () -> assertEquals("DK", declaration.getBorderTransportMeans().getRegistrationNationalityCode()),
                () -> assertEquals("118W", declaration.getBorderTransportMeans().getJourneyID()),
                () -> assertEquals("MAEU", declaration.getBorderTransportMeans().getCarrierID()),
                () -> assertEquals(List.of("MSKU7310448", "MSKU7310452"),
                        declaration.getTransportEquipment().stream().map(e -> e.getID()).toList()));

        List<GoodsItemType> items = declaration.getGoodsItem();
        assertEquals(3, items.size());
        GoodsItemType first = items.get(0);
        GoodsItemType second = items.get(1);
        GoodsItemType third = items.get(2);
        assertAll(
                () -> assertEquals(BigInteger.ONE, first.getSequenceNumeric()),
                () -> assertEquals("Smartphones, 128 GB, with charger (model EV-X12: black+blue)",
                        first.getCommodity().getDescription(), "released ':' and '+' come back as text"),
                () -> assertEquals("85171300", first.getCommodity().getClassificationID()),
                () -> assertEquals("CN", first.getOriginCountryCode()),
                () -> assertEquals("1250.500", first.getGrossMassMeasure().getValue()),
                () -> assertEquals("KGM", first.getGrossMassMeasure().getUnitCode()),
                () -> assertEquals("1180.000", first.getNetMassMeasure().getValue()),
                () -> assertEquals("184250.00", first.getCustomsValueAmount().getValue()),
                () -> assertEquals("EUR", first.getCustomsValueAmount().getCurrencyID()),
                () -> assertEquals("186900.00", first.getStatisticalValueAmount().getValue()),
                () -> assertEquals("40", first.getGovernmentProcedure().getCurrentCode()),
                () -> assertEquals("00", first.getGovernmentProcedure().getPreviousCode()),
                () -> assertEquals("CT", first.getPackaging().get(0).getTypeCode()),
                () -> assertEquals(BigInteger.valueOf(40), first.getPackaging().get(0).getQuantityQuantity()),
                () -> assertEquals("NHG 2026/417 1-40", first.getPackaging().get(0).getMarksNumbersID()),
                () -> assertEquals(List.of("N705 MAEU261118001", "N380 NEE-INV-26-0932"), first.getPreviousDocument().stream()
                        .map(d -> d.getTypeCode() + " " + d.getID()).toList()),
                () -> assertEquals(BigInteger.TWO, second.getSequenceNumeric()),
                () -> assertEquals("85076000", second.getCommodity().getClassificationID()),
                () -> assertEquals("598.250", second.getNetMassMeasure().getValue()),
                () -> assertEquals("PX", second.getPackaging().get(0).getTypeCode()),
                () -> assertEquals("VN", third.getOriginCountryCode()),
                () -> assertEquals("3175.50", third.getStatisticalValueAmount().getValue()),
                () -> assertEquals(BigInteger.valueOf(8), third.getPackaging().get(0).getQuantityQuantity()));
    }

    @Test
    void hansesCusdecKeepsEveryBusinessValueThroughTheDeclaration() {
        byte[] original = Samples.read(HANSE);
        byte[] xml = translateOne(translator, original, Target.of(Format.XML));
        byte[] back = translateOne(translator, xml, new Target(Format.EDIFACT, "D96A"));

        assertSameMessages(MessageFacts.read(original, StandardCharsets.ISO_8859_1),
                MessageFacts.read(back, StandardCharsets.ISO_8859_1), 150);
    }

    @Test
    void theDeclarationGoesOutAsAValidD01bCusdecAndComesBackTheSame() {
        byte[] xml = translateOne(translator, Samples.read(HANSE), Target.of(Format.XML));
        byte[] d01b = translateOne(translator, xml, new Target(Format.EDIFACT, "D01B"));

        MessageFacts facts = MessageFacts.read(d01b, StandardCharsets.ISO_8859_1);
        assertEquals(List.of(), facts.problems(), "valid against the D.01B CUSDEC structure");
        assertEquals("01B", facts.envelope().get("UNH/e02_03"));
        assertEquals("DE987654321000000", facts.envelope().get("UNB/e02_01"), "the representative sends");
        assertEquals("DE004851", facts.envelope().get("UNB/e03_01"), "to the customs office");
        assertSameXml(xml, translateOne(translator, d01b, Target.of(Format.XML)), 90);
    }

    @Test
    void aUtf8InterchangeWithAGroupAndTwoDeclarationsKeepsItsChineseNamesBothWays() {
        byte[] original = Samples.read("customs/hanse-zoll-cusdec-d01b-utf8.edi");
        Outcome<List<TranslatedDocument>> outcome = translator.translate(original, Target.of(Format.XML));
        assertTrue(outcome.isAccepted(), () -> outcome.rejections().toString());
        assertEquals(2, outcome.value().size(), "one declaration per message");

        DeclarationType first = CustomsDocuments.declaration(outcome.value().get(0).content());
        DeclarationType second = CustomsDocuments.declaration(outcome.value().get(1).content());
        assertAll(
                () -> assertEquals("上海远航贸易有限公司", first.getExporter().getName()),
                () -> assertEquals("浦东新区陆家嘴环路1000号", first.getExporter().getAddress().getLine()),
                () -> assertEquals("真丝围巾 （苏州） 90×90厘米 silk scarves", first.getGoodsItem().get(1).getCommodity().getDescription()),
                () -> assertEquals("HZS-2026-000420", second.getFunctionalReferenceID()),
                () -> assertEquals("竹制餐具套装 bamboo cutlery sets: 4 pieces+case",
                        second.getGoodsItem().get(0).getCommodity().getDescription()),
                () -> assertEquals(null, second.getGoodsItem().get(0).getGovernmentProcedure().getPreviousCode()));

        MessageFacts before = MessageFacts.read(original, StandardCharsets.UTF_8);
        for (int i = 0; i < 2; i++) {
            byte[] back = translateOne(translator, outcome.value().get(i).content(), new Target(Format.EDIFACT, "D01B"));
            assertTrue(new String(back, StandardCharsets.UTF_8).contains("UNB+UNOW:4+"), "non-Latin text goes out as UNOW");
            MessageFacts after = MessageFacts.read(back, StandardCharsets.UTF_8);
            assertSameMessages(new MessageFacts(List.of(before.messages().get(i)), Map.of(), before.problems()), after, 60);
        }
    }

    /** Every data element of every message, compared one by one; at least {@code expected} of them. */
    static void assertSameMessages(MessageFacts before, MessageFacts after, int expected) {
        assertEquals(List.of(), before.problems());
        assertEquals(List.of(), after.problems());
        assertEquals(before.messages().size(), after.messages().size());
        List<Executable> checks = new ArrayList<>();
        for (int i = 0; i < before.messages().size(); i++) {
            Map<String, String> was = before.messages().get(i);
            Map<String, String> is = after.messages().get(i);
            assertTrue(was.size() >= expected, "only " + was.size() + " values read");
            List<String> keys = new ArrayList<>(was.keySet());
            is.keySet().stream().filter(key -> !was.containsKey(key)).forEach(keys::add);
            int message = i + 1;
            keys.forEach(key -> checks.add(() -> assertEquals(was.get(key), is.get(key), "message " + message + ": " + key)));
        }
        assertAll(checks);
    }

    /** Every element and attribute of two XML documents, compared one by one; at least {@code expected} of them. */
    static void assertSameXml(byte[] before, byte[] after, int expected) {
        Map<String, String> was = XmlFacts.parse(before).values();
        Map<String, String> is = XmlFacts.parse(after).values();
        assertTrue(was.size() >= expected, "only " + was.size() + " values read");
        List<String> keys = new ArrayList<>(was.keySet());
        is.keySet().stream().filter(key -> !was.containsKey(key)).forEach(keys::add);
        assertAll(keys.stream().map(key -> (Executable) () -> assertEquals(was.get(key), is.get(key), key)));
    }
}
