package org.entrepot.translate;

import static org.entrepot.translate.EdifactOrderTest.translate;
import static org.entrepot.translate.EdifactOrderTest.translateOne;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.helger.ubl21.UBL21Marshaller;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.entrepot.check.XmlSchemaCheck;
import org.entrepot.check.directory.MessageSchemas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** X12 850 (004010 and 005010) to UBL 2.1 Order and back, and orders between EDIFACT and X12 through UBL. */
class X12OrderTest {

    static final String ATLAS_4010 = "orders/atlas-lakeside-850-4010.edi";
    static final String ATLAS_5010 = "orders/atlas-lakeside-850-5010.edi";

    private static MappingCatalog mappings;
    private static Translator translator;

    @BeforeAll
    static void loadMappings() {
        mappings = Samples.mappings();
        translator = new Translator(mappings, Translator.transactionSchemas(new MessageSchemas()),
                Clock.fixed(Instant.parse("2026-11-21T08:15:00Z"), ZoneOffset.UTC), () -> "4417");
    }

    @AfterAll
    static void close() {
        mappings.close();
    }

    private static OrderFacts facts(byte[] interchange) {
        OrderFacts facts = OrderFacts.read(interchange, StandardCharsets.UTF_8);
        assertEquals(List.of(), facts.problems(), "the interchange is valid");
        return facts;
    }

    @Test
    void atlassTwoPurchaseOrdersBecomeTwoSchemaValidUblOrders() {
        List<TranslatedDocument> orders = translate(translator, Samples.read(ATLAS_4010), Target.of(Format.XML));

        assertEquals(2, orders.size());
        for (TranslatedDocument order : orders) {
            assertEquals(List.of(), XmlSchemaCheck.validate(order.content(), UBL21Marshaller.order().getSchema()));
        }
        UblDocument first = UblDocument.parse(orders.get(0).content());
        assertAll(
                () -> assertEquals("AH-PO-55120", first.text("/*/cbc:ID")),
                () -> assertEquals("2026-11-18", first.text("/*/cbc:IssueDate")),
                () -> assertEquals("220", first.text("/*/cbc:OrderTypeCode"), "SA, a stand-alone order"),
                () -> assertEquals("Deliver to dock 4 between 7:00 and 15:00, call 303-555-0190 one hour ahead.", first.text("/*/cbc:Note")),
                () -> assertEquals("USD", first.text("/*/cbc:DocumentCurrencyCode")),
                () -> assertEquals("CT-2026-AH-07", first.text("/*/cac:Contract/cbc:ID")),
                () -> assertEquals("LS-Q-2026-0931", first.text("/*/cac:QuotationDocumentReference/cbc:ID")),
                () -> assertEquals("987654321", first.text("//cac:BuyerCustomerParty//cbc:EndpointID[@schemeID='0060']")),
                () -> assertEquals("purchasing@atlas-hardware.example", first.text("//cac:BuyerCustomerParty//cbc:ElectronicMail")),
                () -> assertEquals("Lakeside Supply Co.", first.text("//cac:SellerSupplierParty//cac:PartyName/cbc:Name")),
                () -> assertEquals("9876543210001", first.text("/*/cac:Delivery/cac:DeliveryLocation/cbc:ID[@schemeID='DUNS+4']")),
                () -> assertEquals("Commerce City", first.text("/*/cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:CityName")),
                () -> assertEquals("2026-12-04", first.text("/*/cac:Delivery/cac:RequestedDeliveryPeriod/cbc:StartDate")),
                () -> assertEquals("FCA", first.text("/*/cac:DeliveryTerms/cbc:ID")),
                () -> assertEquals("30", first.text("//cac:PaymentTerms//cbc:DurationMeasure")),
                () -> assertEquals("365.00", first.text("//cac:AnticipatedMonetaryTotal/cbc:PayableAmount")),
                () -> assertEquals("365.00", first.text("//cac:AnticipatedMonetaryTotal/cbc:LineExtensionAmount"), "computed from the lines"),
                () -> assertEquals("3", first.text("/*/cbc:LineCountNumeric")),
                () -> assertEquals("CS", first.text("//cac:LineItem[cbc:ID='2']/cbc:Quantity/@unitCode")),
                () -> assertEquals("160.00", first.text("//cac:LineItem[cbc:ID='2']/cbc:LineExtensionAmount")),
                () -> assertEquals("012345100024", first.text("//cac:LineItem[cbc:ID='2']//cac:StandardItemIdentification/cbc:ID")),
                () -> assertEquals("LS-HN-516-C100", first.text("//cac:LineItem[cbc:ID='2']//cac:SellersItemIdentification/cbc:ID")),
                () -> assertEquals("2026-12-11", first.text("//cac:LineItem[cbc:ID='3']//cac:RequestedDeliveryPeriod/cbc:StartDate")),
                () -> assertEquals("FC", first.text("/*/cac:AllowanceCharge/cbc:AllowanceChargeReasonCode"), "D240, freight"),
                () -> assertEquals("45.00", first.text("/*/cac:AllowanceCharge/cbc:Amount"), "4500 with two implied decimals"),
                () -> assertEquals("16.00", first.text("//cac:LineItem[cbc:ID='2']/cac:AllowanceCharge/cbc:Amount")),
                () -> assertEquals("Bolts must be RoHS compliant.", first.text("//cac:LineItem[cbc:ID='1']/cbc:Note")));
        assertEquals("Atlas Hardware Boulder Store",
                UblDocument.parse(orders.get(1).content()).text("/*/cac:Delivery/cac:DeliveryParty/cac:PartyName/cbc:Name"));
    }

    @Test
    void everyBusinessValueOfBoth4010PurchaseOrdersSurvivesTheWayThroughUbl() {
        assertEachSetSurvives(ATLAS_4010, "004010");
    }

    @Test
    void everyBusinessValueOfTwo5010GroupsSurvivesTheWayThroughUbl() {
        assertEachSetSurvives(ATLAS_5010, "005010");
    }

    private static void assertEachSetSurvives(String sample, String version) {
        byte[] original = Samples.read(sample);
        OrderFacts before = facts(original);
        List<TranslatedDocument> orders = translate(translator, original, Target.of(Format.UBL));
        assertEquals(before.messages().size(), orders.size());
        for (int i = 0; i < orders.size(); i++) {
            byte[] back = translateOne(translator, orders.get(i).content(), new Target(Format.X12, version));
            OrderFacts after = facts(back);
            Map<String, String> envelope = after.envelopes().get(0);
            assertEquals("PO", envelope.get("GS/e01"));
            assertEquals(version, envelope.get("GS/e08"));
            assertEquals(version.substring(0, 5), envelope.get("ISA/e12"));
            assertEquals("000004417", envelope.get("ISA/e13"));
            OrderFacts.assertSameBusinessValues(before.messages().get(i), after.only(), i == 0 ? 100 : 40);
        }
    }

    @Test
    void globexsEdifactOrderReachesAnX12PartnerAs5010ThroughUbl() {
        List<TranslatedDocument> x12 = translate(translator, Samples.read(EdifactOrderTest.GLOBEX_D96A), new Target(Format.X12, "005010"));

        assertEquals(2, x12.size());
        assertEquals("edifact-d96a-d01b-orders_to_ubl-2.1-order+ubl-2.1-order_to_x12-5010-850", x12.get(0).mappingId());
        OrderFacts facts = facts(x12.get(0).content());
        Map<String, String> order = facts.only();
        assertAll(
                () -> assertEquals("14", facts.envelopes().get(0).get("ISA/e05"), "GLN sender"),
                () -> assertEquals("5012345000008  ", facts.envelopes().get(0).get("ISA/e06")),
                () -> assertEquals("GX-PO-2026-0881", order.get("BEG[1]/e03")),
                () -> assertEquals("GX-FA-2026-014", order.get("BEG[1]/e06")),
                () -> assertEquals("EUR", order.get("CUR[1]/e02")),
                () -> assertEquals("FCA", order.get("FOB[1]/e05")),
                () -> assertEquals("UL", order.get("H_N1[1]/N1[1]/e03")),
                () -> assertEquals("GB987654321", order.get("H_N1[1]/REF[1]/e02")),
                () -> assertEquals("Priya Shah", order.get("H_N1[1]/PER[1]/e02")),
                () -> assertEquals(4, facts.count(0, "", "D_PO1")),
                () -> assertEquals("PC", order.get("D_PO1[1]/PO1[1]/e03"), "EDIFACT PCE, UBL H87"),
                () -> assertEquals("MR", order.get("D_PO1[4]/PO1[1]/e03"), "metres"),
                () -> assertEquals("25.5", order.get("D_PO1[4]/PO1[1]/e02")),
                () -> assertEquals("4012345100051", order.get("D_PO1[4]/PO1[1]/e07")),
                () -> assertEquals("2525.5", order.get("S_CTT[1]/CTT[1]/e02"), "hash total of the quantities"),
                () -> assertEquals("353.18", order.get("S_CTT[1]/AMT[1]/e02")),
                () -> assertEquals("D240", order.get("H_SAC[1]/SAC[1]/e02"), "EDIFACT FC, freight"),
                () -> assertEquals("4500", order.get("H_SAC[1]/SAC[1]/e05")),
                () -> assertEquals("800", order.get("D_PO1[2]/D_SAC[1]/SAC[1]/e05")),
                () -> assertEquals("Lose verpackt, nicht auf Karton.", order.get("D_PO1[1]/MSG[1]/e01")));
    }

    @Test
    void nordwindsUblOrderGoesToX12AndComesBackTheSame() {
        byte[] original = Samples.read(EdifactOrderTest.NORDWIND_UBL);
        UblDocument before = UblDocument.parse(original);
        for (String version : List.of("004010", "005010")) {
            byte[] x12 = translateOne(translator, original, new Target(Format.X12, version));
            facts(x12);
            UblDocument after = UblDocument.parse(translateOne(translator, x12, Target.of(Format.UBL)));
            for (String path : EdifactOrderTest.NORDWIND_FACTS) {
                assertEquals(before.text(path), after.text(path), version + " " + path);
            }
        }
    }
}
