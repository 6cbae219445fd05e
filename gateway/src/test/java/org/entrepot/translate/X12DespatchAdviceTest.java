package org.entrepot.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.helger.ubl21.UBL21Marshaller;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.entrepot.check.XmlSchemaCheck;
import org.entrepot.document.Outcome;
import org.junit.jupiter.api.Test;

/** X12 856 (004010 and 005010) to UBL 2.1 DespatchAdvice and back, and DESADV to 856 through UBL. */
class X12DespatchAdviceTest {

    private static byte[] translateOne(byte[] source, Target target) {
        return SampleTranslations.translateOne(source, target).content();
    }

    private static MessageValues facts(byte[] interchange) {
        MessageValues facts = MessageValues.read(interchange, StandardCharsets.UTF_8);
        assertEquals(List.of(), facts.problems(), () -> "the interchange must be valid:\n" + new String(interchange, StandardCharsets.UTF_8));
        return facts;
    }

    @Test
    void lakesidesTwoShipNoticesBecomeSchemaValidDespatchAdvicesWithTheirHierarchy() {
        List<TranslatedDocument> ubl = SampleTranslations.translate(Samples.read("despatch/lakeside-globex-856-4010.edi"), Target.of(Format.UBL));

        assertEquals(2, ubl.size());
        for (TranslatedDocument document : ubl) {
            assertEquals(List.of(), XmlSchemaCheck.validate(document.content(), UBL21Marshaller.despatchAdvice().getSchema()));
        }
        UblDocument first = UblDocument.parse(ubl.get(0).content());
        assertEquals("LS-ASN-77120", first.text("/*/cbc:ID"));
        assertEquals("15:30:00", first.text("/*/cbc:IssueTime"));
        assertEquals("LS-BOL-558120", first.text("/*/cac:Shipment/cbc:ID"));
        assertEquals("LBR", first.text("/*/cac:Shipment/cbc:GrossWeightMeasure/@unitCode"));
        assertEquals("3", first.text("//cac:ShipmentStage/cbc:TransportModeCode"), "motor carrier is road transport");
        assertEquals("RDWY", first.text("//cac:CarrierParty/cac:PartyIdentification/cbc:ID[@schemeID='SCAC']"));
        assertEquals("5012345000039", first.text("/*/cac:DeliveryCustomerParty//cbc:EndpointID[@schemeID='0088']"));
        assertEquals("123456789", first.text("/*/cac:DespatchSupplierParty//cbc:EndpointID[@schemeID='0060']"));
        assertEquals("PO-US-4410", first.text("/*/cac:OrderReference/cbc:ID"));
        assertEquals("PX", first.text("/*/cac:Shipment/cac:TransportHandlingUnit[1]/cbc:TransportHandlingUnitTypeCode"));
        assertEquals("012345678000001246", first.text("/*/cac:Shipment/cac:TransportHandlingUnit[2]/cbc:TraceID"),
                "the SSCC without its application identifier 00");
        assertEquals(3, first.count("/*/cac:DespatchLine"));
        assertEquals("6", first.text("/*/cac:DespatchLine[3]/cac:Shipment/cac:TransportHandlingUnit/cbc:ID"),
                "the third item sits in the second pack (HL 6)");
        assertEquals("CS", first.text("/*/cac:DespatchLine[2]/cbc:DeliveredQuantity/@unitCode"));
        assertEquals("PO-US-4410", first.text("/*/cac:DespatchLine[3]/cac:OrderLineReference/cac:OrderReference/cbc:ID"));
    }

    @Test
    void everyValueOfBothVersionsSurvivesTheWayThroughUbl() {
        for (String version : List.of("4010", "5010")) {
            byte[] original = Samples.read("despatch/lakeside-globex-856-" + version + ".edi");
            MessageValues before = facts(original);
            List<TranslatedDocument> ubl = SampleTranslations.translate(original, Target.of(Format.UBL));
            assertEquals(2, ubl.size());
            for (int i = 0; i < ubl.size(); i++) {
                byte[] back = translateOne(ubl.get(i).content(), new Target(Format.X12, "00" + version));
                assertTrue(new String(back, StandardCharsets.UTF_8).contains("*X*00" + version + "~"));
                assertEquals(Map.of(), MessageValues.difference(before.messages().get(i), facts(back).single()), version + " ship notice " + (i + 1));
            }
            assertEquals("00012345678000001253", before.messages().get(1).get("D_HL[3]/MAN[1]/e02"));
            assertTrue(before.messages().get(0).size() > 80, "the extractor reads the whole set");
        }
    }

    @Test
    void meridiansUblDespatchAdviceBecomesA5010ShipNoticeAndComesBack() {
        byte[] original = Samples.read("despatch/meridian-nordwind-ubl-despatchadvice.xml");
        byte[] x12 = translateOne(original, new Target(Format.X12, "005010"));
        Map<String, String> notice = facts(x12).single();
        assertEquals("MF-DA-2026-5520", notice.get("BSN[1]/e02"));
        assertEquals("0645", notice.get("BSN[1]/e04"));
        assertEquals("P", notice.get("D_HL[3]/HL[1]/e03"));
        assertEquals("00387123450000001244", notice.get("D_HL[5]/MAN[1]/e02"));
        assertEquals("KG", notice.get("D_HL[4]/SN1[1]/e03"));

        UblDocument before = UblDocument.parse(original);
        UblDocument after = UblDocument.parse(translateOne(x12, Target.of(Format.UBL)));
        for (String path : EdifactDespatchAdviceTest.UBL_FACTS) {
            if (path.startsWith("/*/cac:DespatchLine[1]/cbc:ID") || path.contains("TransportHandlingUnit")) {
                continue; // the 856 numbers lines and packs by their HL: compared below
            }
            assertEquals(before.text(path), after.text(path), path);
        }
        assertEquals("3", after.text("/*/cac:DespatchLine[3]/cbc:ID"), "a despatch line is numbered by its order line");
        assertEquals(before.text("/*/cac:Shipment/cac:TransportHandlingUnit[2]/cbc:TraceID"),
                after.text("/*/cac:Shipment/cac:TransportHandlingUnit[2]/cbc:TraceID"));
        assertEquals(after.text("/*/cac:Shipment/cac:TransportHandlingUnit[2]/cbc:ID"),
                after.text("/*/cac:DespatchLine[3]/cac:Shipment/cac:TransportHandlingUnit/cbc:ID"),
                "the third line is still packed in the second handling unit");
    }

    @Test
    void nordwindsDesadvReachesAnX12PartnerAsAShipNoticeThroughUbl() {
        List<TranslatedDocument> notices = SampleTranslations.translate(Samples.read("despatch/nordwind-globex-desadv-d96a.edi"),
                new Target(Format.X12, "004010"));

        assertEquals(2, notices.size());
        assertEquals("edifact-d96a-desadv_to_ubl-2.1-despatchadvice+ubl-2.1-despatchadvice_to_x12-4010-856",
                notices.get(0).mappingId());
        Map<String, String> first = facts(notices.get(0).content()).single();
        assertEquals("DES-2026-0311", first.get("BSN[1]/e02"));
        assertEquals("HH-BOL-2026-4471", first.get("D_HL[1]/REF[1]/e02"));
        assertEquals("00340123450000000023", first.get("D_HL[6]/MAN[1]/e02"));
        assertEquals("Schneidöl für Gewinde, 1 l", first.get("D_HL[8]/PID[1]/e05"));
        assertEquals("8", first.get("CTT[1]/e01"));
    }

    @Test
    void lakesides5010ShipNoticesBecomeDesadvD01bThroughUbl() {
        List<TranslatedDocument> desadvs = SampleTranslations.translate(Samples.read("despatch/lakeside-globex-856-5010.edi"),
                new Target(Format.EDIFACT, "D01B"));

        assertEquals(2, desadvs.size());
        Map<String, String> second = MessageValues.read(desadvs.get(1).content(), StandardCharsets.ISO_8859_1).single();
        assertEquals("LS-ASN-78003", second.get("BGM[1]/e02_01"));
        assertEquals("012345678000001253", second.get("SG10[1]/SG11[1]/SG13[1]/SG15[1]/GIN[1]/e02_01"));
        assertEquals("Tape measure 25 ft, magnetic hook", second.get("SG10[1]/SG17[1]/IMD[1]/e03_04"));
    }

    @Test
    void aCarrierNameWithAnX12DelimiterIsRefusedNamingTheElementRatherThanCorruptingTheShipNotice() {
        byte[] original = Samples.read("despatch/meridian-nordwind-ubl-despatchadvice.xml");
        byte[] hostile = new String(original, StandardCharsets.UTF_8)
                .replace("Van der Linden Transport + Koeling", "Van der Linden*Koeling").getBytes(StandardCharsets.UTF_8);

        Outcome<List<TranslatedDocument>> outcome = SampleTranslations.translator().translate(hostile, new Target(Format.X12, "004010"));

        assertTrue(!outcome.isAccepted(), "refused");
        assertEquals(org.entrepot.document.Reason.MAPPING_FAILED, outcome.rejections().get(0).reason());
        assertTrue(outcome.rejections().get(0).message().contains("TD505 cannot carry 'Van der Linden*Koeling'"),
                outcome.rejections().get(0).message());
    }
}
