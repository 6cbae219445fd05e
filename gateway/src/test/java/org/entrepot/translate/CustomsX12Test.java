package org.entrepot.translate;

import static org.entrepot.translate.CustomsDeclarationTest.assertSameMessages;
import static org.entrepot.translate.CustomsDeclarationTest.assertSameXml;
import static org.entrepot.translate.CustomsDocuments.translateOne;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.entrepot.customs.declaration.DeclarationType;
import org.entrepot.customs.declaration.GoodsItemType;
import org.entrepot.customs.response.ResponseType;
import org.entrepot.document.Outcome;
import org.entrepot.document.Reason;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** X12 309 (Customs Manifest) and 350 (Customs Status Information), 004010 and 005010, both ways. */
class CustomsX12Test {

    private static final String DECLARATION = "customs/harbor-cbp-declaration.xml";

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

    @ParameterizedTest(name = "309 {0}")
    @ValueSource(strings = {"004010", "005010"})
    void harborsDeclarationBecomesA309AndComesBackWithEveryValue(String version) {
        byte[] original = Samples.read(DECLARATION);
        byte[] manifest = translateOne(translator, original, new Target(Format.X12, version));

        MessageFacts facts = MessageFacts.read(manifest, StandardCharsets.UTF_8);
        assertEquals(List.of(), facts.problems(), "valid against the 309 schema, counts agree");
        assertAll(
                () -> assertEquals(version, facts.envelope().get("GS/e08")),
                () -> assertEquals(version.equals("004010") ? "SO" : "AQ", facts.envelope().get("GS/e01")),
                () -> assertEquals("HARBORCB01     ", facts.envelope().get("ISA/e06"), "the broker sends"),
                () -> assertEquals("HCB-2026-0311", facts.get("M10[1]/e07")),
                () -> assertEquals("S", facts.get("M10[1]/e02"), "sea (Rec 19 code 1)"),
                () -> assertEquals("2704", facts.get("H_P4[1]/P4[1]/e01")),
                () -> assertEquals("MSKU", facts.get("H_P4[1]/H_LX[1]/H_VID[1]/VID[1]/e02")),
                () -> assertEquals("9405420000", facts.get("H_P4[1]/H_LX[1]/H_VID[1]/H_N10[1]/N10[1]/e05")),
                () -> assertEquals("3120.50", facts.get("H_P4[1]/H_LX[1]/H_VID[1]/H_N10[3]/N10[1]/e06")),
                () -> assertEquals("K", facts.get("H_P4[1]/H_LX[1]/H_VID[1]/H_N10[3]/N10[1]/e07")));
        assertSameXml(original, translateOne(translator, manifest, Target.of(Format.XML)), 60);
    }

    @Test
    void a309BecomesASchemaValidDeclaration() {
        DeclarationType declaration = CustomsDocuments.declaration(
                translateOne(translator, Samples.read("customs/harbor-cbp-309-5010.edi"), Target.of(Format.XML)));

        GoodsItemType first = declaration.getGoodsItem().get(0);
        assertAll(
                () -> assertEquals("929", declaration.getTypeCode()),
                () -> assertEquals("HCB-2026-0311", declaration.getFunctionalReferenceID()),
                () -> assertEquals("2704", declaration.getDeclarationOffice().getID()),
                () -> assertEquals("HARBORCB01", declaration.getAgent().getID()),
                () -> assertEquals("Shenzhen Brightway Lighting Co.", declaration.getExporter().getName()),
                () -> assertEquals("1", declaration.getBorderTransportMeans().getModeCode()),
                () -> assertEquals("MRKU2210937", declaration.getTransportEquipment().get(1).getID()),
                () -> assertEquals(3, declaration.getGoodsItem().size()),
                () -> assertEquals("LED panel lights 600x600 mm, 40 W", first.getCommodity().getDescription()),
                () -> assertEquals("612.500", first.getGrossMassMeasure().getValue()),
                () -> assertEquals("KGM", first.getGrossMassMeasure().getUnitCode()),
                () -> assertEquals("USD", first.getCustomsValueAmount().getCurrencyID()),
                () -> assertEquals(BigInteger.valueOf(40), first.getPackaging().get(0).getQuantityQuantity()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"customs/harbor-cbp-309-4010.edi", "customs/harbor-cbp-309-5010.edi"})
    void each309SetComesBackFromTheDeclarationWithEveryValue(String sample) {
        byte[] original = Samples.read(sample);
        String version = sample.contains("4010") ? "004010" : "005010";
        Outcome<List<TranslatedDocument>> declarations = translator.translate(original, Target.of(Format.XML));
        assertTrue(declarations.isAccepted(), () -> declarations.rejections().toString());

        MessageFacts before = MessageFacts.read(original, StandardCharsets.UTF_8);
        assertEquals(before.messages().size(), declarations.value().size(), "one declaration per transaction set");
        for (int i = 0; i < before.messages().size(); i++) {
            byte[] back = translateOne(translator, declarations.value().get(i).content(), new Target(Format.X12, version));
            assertSameMessages(new MessageFacts(List.of(before.messages().get(i)), Map.of(), before.problems()),
                    MessageFacts.read(back, StandardCharsets.UTF_8), 60);
        }
    }

    @ParameterizedTest(name = "{0} through 350 {1}")
    @CsvSource({"cbp-harbor-response-released.xml, 004010", "cbp-harbor-response-released.xml, 005010",
            "cbp-harbor-response-rejected.xml, 004010", "cbp-harbor-response-rejected.xml, 005010"})
    void theResponseComesBackFrom350WithEveryValue(String sample, String version) {
        byte[] original = Samples.read("customs/" + sample);
        byte[] status = translateOne(translator, original, new Target(Format.X12, version));

        MessageFacts facts = MessageFacts.read(status, StandardCharsets.UTF_8);
        assertEquals(List.of(), facts.problems());
        assertEquals(version.equals("004010") ? "SO" : "AU", facts.envelope().get("GS/e01"));
        assertSameXml(original, translateOne(translator, status, Target.of(Format.XML)), 9);
    }

    @Test
    void a350BecomesASchemaValidResponseWithTheMrn() {
        ResponseType response = CustomsDocuments.response(
                translateOne(translator, Samples.read("customs/cbp-harbor-350-4010.edi"), Target.of(Format.XML)));

        assertAll(
                () -> assertEquals("REL", response.getStatusCode()),
                () -> assertEquals("29", response.getFunctionCode()),
                () -> assertEquals("26US2704000311A7", response.getMRN()),
                () -> assertEquals("HCB-2026-0311", response.getFunctionalReferenceID()),
                () -> assertEquals("Harbor Customs Brokerage LLC", response.getDeclarant().getName()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"customs/cbp-harbor-350-4010.edi", "customs/cbp-harbor-350-5010-rejected.edi"})
    void a350ComesBackFromTheResponseWithEveryValue(String sample) {
        byte[] original = Samples.read(sample);
        byte[] xml = translateOne(translator, original, Target.of(Format.XML));
        String version = sample.contains("4010") ? "004010" : "005010";

        assertSameMessages(MessageFacts.read(original, StandardCharsets.UTF_8),
                MessageFacts.read(translateOne(translator, xml, new Target(Format.X12, version)), StandardCharsets.UTF_8), 12);
    }

    @Test
    void a309BecomesACusdecThroughTheDeclaration() {
        byte[] cusdec = translateOne(translator, Samples.read("customs/harbor-cbp-309-5010.edi"), new Target(Format.EDIFACT, "D96A"));

        MessageFacts facts = MessageFacts.read(cusdec, StandardCharsets.ISO_8859_1);
        assertEquals(List.of(), facts.problems(), "a valid CUSDEC D.96A");
        assertEquals("HCB-2026-0311", facts.get("BGM[1]/e02"));
        assertEquals("9405420000", facts.get("SG30[1]/CST[1]/e02_01"));
        assertEquals("LS 2026/311 47-48", facts.get("SG30[3]/SG31[1]/SG32[1]/PCI[1]/e02_01"));
    }

    @Test
    void anEoriLongerThanTheInterchangeHeaderAllowsIsRefusedWithTheElementNamed() {
        byte[] european = translateOne(translator, Samples.read("customs/hanse-zoll-cusdec-d96a.edi"), Target.of(Format.XML));

        Outcome<List<TranslatedDocument>> outcome = translator.translate(european, new Target(Format.X12, "004010"));
        assertEquals(Reason.MAPPING_FAILED, outcome.rejections().get(0).reason());
        assertTrue(outcome.rejections().get(0).message().contains("ISA06 allows 15 characters; 'DE987654321000000' has 17"),
                outcome.rejections().toString());
    }
}
