package org.entrepot.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.helger.ubl21.UBL21Marshaller;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.entrepot.check.XmlSchemaCheck;
import org.junit.jupiter.api.Test;

/** DESADV D.96A and D.01B to UBL 2.1 DespatchAdvice and back, value by value. */
class EdifactDespatchAdviceTest {

    private static byte[] translateOne(byte[] source, Target target) {
        return SampleTranslations.translateOne(source, target).content();
    }

    private static MessageValues facts(byte[] interchange, Charset charset) {
        MessageValues facts = MessageValues.read(interchange, charset);
        assertEquals(List.of(), facts.problems(), () -> "the interchange must be valid:\n" + new String(interchange, charset));
        return facts;
    }

    @Test
    void nordwindsTwoDespatchAdvicesBecomeTwoSchemaValidUblDocuments() {
        List<TranslatedDocument> ubl = SampleTranslations.translate(Samples.read("despatch/nordwind-globex-desadv-d96a.edi"), Target.of(Format.UBL));

        assertEquals(2, ubl.size());
        for (TranslatedDocument document : ubl) {
            assertEquals("DespatchAdvice", document.messageType());
            assertEquals(List.of(), XmlSchemaCheck.validate(document.content(), UBL21Marshaller.despatchAdvice().getSchema()));
        }
        UblDocument first = UblDocument.parse(ubl.get(0).content());
        assertEquals("DES-2026-0311", first.text("/*/cbc:ID"));
        assertEquals("2026-11-18", first.text("/*/cbc:IssueDate"));
        assertEquals("09:30:00", first.text("/*/cbc:IssueTime"));
        assertEquals("PO-88123", first.text("/*/cac:OrderReference/cbc:ID"));
        assertEquals("HH-BOL-2026-4471", first.text("/*/cac:Shipment/cbc:ID"));
        assertEquals("1250.5", first.text("/*/cac:Shipment/cbc:GrossWeightMeasure"));
        assertEquals("DHL Freight GmbH", first.text("//cac:ShipmentStage/cac:CarrierParty/cac:PartyName/cbc:Name"));
        assertEquals("2026-11-20", first.text("//cac:EstimatedDeliveryPeriod/cbc:EndDate"));
        assertEquals("5012345000015", first.text("/*/cac:DeliveryCustomerParty/cac:Party/cbc:EndpointID"));
        assertEquals("340123450000000023", first.text("//cac:TransportHandlingUnit[cbc:ID='2']/cbc:TraceID"));
        assertEquals(4, first.count("/*/cac:DespatchLine"));
        assertEquals("Schneidöl für Gewinde, 1 l", first.text("/*/cac:DespatchLine[cbc:ID='4']/cac:Item/cbc:Name"));
        assertEquals("LTR", first.text("/*/cac:DespatchLine[cbc:ID='4']/cbc:DeliveredQuantity/@unitCode"));
        assertEquals("2", first.text("/*/cac:DespatchLine[cbc:ID='4']/cac:Shipment/cac:TransportHandlingUnit/cbc:ID"));
        UblDocument second = UblDocument.parse(ubl.get(1).content());
        assertEquals("DES-2026-0312", second.text("/*/cbc:ID"));
        assertEquals("DES-2026-0312", second.text("/*/cac:Shipment/cbc:ID"), "no bill of lading: the document number stands in");
        assertEquals("Wood screw 4 x 30, Torx: box of 200", second.text("//cac:DespatchLine/cac:Item/cbc:Name"));
    }

    @Test
    void everyValueOfBothD96aMessagesSurvivesTheWayThroughUbl() {
        byte[] original = Samples.read("despatch/nordwind-globex-desadv-d96a.edi");
        MessageValues before = facts(original, StandardCharsets.ISO_8859_1);
        List<TranslatedDocument> ubl = SampleTranslations.translate(original, Target.of(Format.UBL));

        assertEquals(2, before.messages().size());
        for (int i = 0; i < ubl.size(); i++) {
            byte[] back = translateOne(ubl.get(i).content(), new Target(Format.EDIFACT, "D96A"));
            assertTrue(new String(back, StandardCharsets.ISO_8859_1).contains("UNH+1+DESADV:D:96A:UN'"));
            Map<String, String> after = facts(back, StandardCharsets.ISO_8859_1).single();
            assertEquals(Map.of(), MessageValues.difference(before.messages().get(i), after));
        }
        assertTrue(before.messages().get(0).size() > 100, "the extractor reads the whole message: " + before.messages().get(0).size());
        assertEquals("2000", before.messages().get(0).get("SG10[2]/SG15[1]/QTY[1]/e01_02"));
        assertEquals("340123450000000016", before.messages().get(0).get("SG10[1]/SG11[1]/SG13[1]/SG14[1]/GIN[1]/e02_01"));
    }

    @Test
    void yuanhangsD01bDespatchAdviceKeepsItsChineseNamesBothWays() {
        byte[] original = Samples.read("despatch/yuanhang-globex-desadv-d01b-utf8.edi");
        byte[] ubl = translateOne(original, Target.of(Format.UBL));
        assertEquals(List.of(), XmlSchemaCheck.validate(ubl, UBL21Marshaller.despatchAdvice().getSchema()));
        UblDocument document = UblDocument.parse(ubl);
        assertEquals("YH-DES-2026-1107", document.text("/*/cbc:ID"));
        assertEquals("上海远航贸易有限公司", document.text("/*/cac:DespatchSupplierParty//cac:PartyName/cbc:Name"));
        assertEquals("中远海运集装箱运输有限公司", document.text("//cac:CarrierParty/cac:PartyName/cbc:Name"));
        assertEquals("SET", document.text("/*/cac:DespatchLine[cbc:ID='2']/cbc:DeliveredQuantity/@unitCode"));

        byte[] back = translateOne(ubl, new Target(Format.EDIFACT, "D01B"));
        String text = new String(back, StandardCharsets.UTF_8);
        assertTrue(text.contains("UNB+UNOW:4+"), text);
        assertTrue(text.contains("UNH+1+DESADV:D:01B:UN'"), text);
        assertEquals(Map.of(), MessageValues.difference(facts(original, StandardCharsets.UTF_8).single(), facts(back, StandardCharsets.UTF_8).single()));
    }

    @Test
    void meridiansUblDespatchAdviceBecomesAValidDesadvAndComesBackTheSame() {
        byte[] original = Samples.read("despatch/meridian-nordwind-ubl-despatchadvice.xml");
        assertEquals(List.of(), XmlSchemaCheck.validate(original, UBL21Marshaller.despatchAdvice().getSchema()),
                "the sample itself is valid UBL");

        for (String directory : List.of("D96A", "D01B")) {
            byte[] desadv = translateOne(original, new Target(Format.EDIFACT, directory));
            Map<String, String> edifact = facts(desadv, StandardCharsets.ISO_8859_1).single();
            String lines = directory.equals("D96A") ? "SG15" : "SG17";
            assertEquals("MF-DA-2026-5520", edifact.get("BGM[1]/" + (directory.equals("D96A") ? "e02" : "e02_01")));
            assertEquals("RTM-CMR-2026-11-0871", edifact.get("SG1[2]/RFF[1]/e01_02"));
            assertEquals("387123450000001244", edifact.get("SG10[2]/SG11[1]/SG13[1]/" + (directory.equals("D96A") ? "SG14" : "SG15") + "[1]/GIN[1]/e02_01"));
            assertEquals("96", edifact.get("SG10[2]/" + lines + "[2]/QTY[1]/e01_02"));
            assertEquals("Van der Linden Transport + Koeling", edifact.get("SG6[1]/TDT[1]/e05_04"), "released '+'");

            UblDocument before = UblDocument.parse(original);
            byte[] again = translateOne(desadv, Target.of(Format.UBL));
            assertEquals(List.of(), XmlSchemaCheck.validate(again, UBL21Marshaller.despatchAdvice().getSchema()));
            UblDocument after = UblDocument.parse(again);
            for (String path : UBL_FACTS) {
                assertEquals(before.text(path), after.text(path), directory + " " + path);
                assertTrue(!before.text(path).isEmpty(), "the sample has a value at " + path);
            }
            assertEquals(before.count("//cac:DespatchLine"), after.count("//cac:DespatchLine"));
        }
    }

    /** The values of the UBL sample a round trip must keep. */
    static final List<String> UBL_FACTS = List.of("/*/cbc:ID", "/*/cbc:IssueDate", "/*/cbc:IssueTime",
            "/*/cbc:DespatchAdviceTypeCode", "/*/cbc:LineCountNumeric",
            "/*/cac:OrderReference/cbc:ID", "/*/cac:OrderReference/cbc:IssueDate",
            "/*/cac:DespatchSupplierParty//cbc:EndpointID", "/*/cac:DespatchSupplierParty//cbc:EndpointID/@schemeID",
            "/*/cac:DespatchSupplierParty//cac:PartyName/cbc:Name", "/*/cac:DespatchSupplierParty//cbc:StreetName",
            "/*/cac:DespatchSupplierParty//cbc:PostalZone", "/*/cac:DespatchSupplierParty//cac:Country/cbc:IdentificationCode",
            "/*/cac:DeliveryCustomerParty//cbc:EndpointID", "/*/cac:DeliveryCustomerParty//cac:PartyName/cbc:Name",
            "/*/cac:DeliveryCustomerParty//cbc:CityName", "/*/cac:BuyerCustomerParty//cbc:EndpointID",
            "/*/cac:BuyerCustomerParty//cac:PartyName/cbc:Name",
            "/*/cac:Shipment/cbc:ID", "/*/cac:Shipment/cbc:GrossWeightMeasure", "/*/cac:Shipment/cbc:GrossWeightMeasure/@unitCode",
            "//cac:ShipmentStage/cbc:TransportModeCode", "//cac:CarrierParty//cbc:ID", "//cac:CarrierParty//cbc:Name",
            "//cac:EstimatedDeliveryPeriod/cbc:EndDate", "//cac:Despatch/cbc:ActualDespatchDate",
            "/*/cac:Shipment/cac:TransportHandlingUnit[2]/cbc:ID", "/*/cac:Shipment/cac:TransportHandlingUnit[2]/cbc:TraceID",
            "/*/cac:Shipment/cac:TransportHandlingUnit[1]/cbc:TransportHandlingUnitTypeCode",
            "/*/cac:Shipment/cac:TransportHandlingUnit[1]/cbc:TotalPackageQuantity",
            "/*/cac:DespatchLine[1]/cbc:ID", "/*/cac:DespatchLine[1]/cbc:DeliveredQuantity",
            "/*/cac:DespatchLine[1]/cbc:DeliveredQuantity/@unitCode", "/*/cac:DespatchLine[2]/cbc:DeliveredQuantity/@unitCode",
            "/*/cac:DespatchLine[3]/cac:OrderLineReference/cbc:LineID",
            "/*/cac:DespatchLine[3]/cac:OrderLineReference/cac:OrderReference/cbc:ID",
            "/*/cac:DespatchLine[2]/cac:Item/cbc:Name", "/*/cac:DespatchLine[2]//cac:BuyersItemIdentification/cbc:ID",
            "/*/cac:DespatchLine[2]//cac:SellersItemIdentification/cbc:ID",
            "/*/cac:DespatchLine[3]//cac:StandardItemIdentification/cbc:ID",
            "/*/cac:DespatchLine[3]/cac:Shipment/cac:TransportHandlingUnit/cbc:ID");
}
