package org.entrepot.translate;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.helger.ubl21.UBL21Marshaller;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.entrepot.check.XmlSchemaCheck;
import org.entrepot.document.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** EDIFACT ORDERS (D.96A and D.01B) to UBL 2.1 Order and back, and UBL orders to both directories. */
class EdifactOrderTest {

    static final String GLOBEX_D96A = "orders/globex-nordwind-orders-d96a.edi";
    static final String YUANHANG_D01B = "orders/globex-yuanhang-orders-d01b-unow.edi";
    static final String NORDWIND_UBL = "orders/nordwind-meridian-ubl-order.xml";

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

    static List<TranslatedDocument> translate(Translator translator, byte[] source, Target target) {
        Outcome<List<TranslatedDocument>> outcome = translator.translate(source, target);
        assertTrue(outcome.isAccepted(), () -> outcome.rejections().toString());
        return outcome.value();
    }

    static byte[] translateOne(Translator translator, byte[] source, Target target) {
        List<TranslatedDocument> documents = translate(translator, source, target);
        assertEquals(1, documents.size());
        return documents.get(0).content();
    }

    @Test
    void globexsInterchangeOfTwoOrdersBecomesTwoSchemaValidUblOrders() {
        List<TranslatedDocument> orders = translate(translator, Samples.read(GLOBEX_D96A), Target.of(Format.XML));

        assertEquals(2, orders.size());
        for (TranslatedDocument order : orders) {
            assertEquals(Format.UBL, order.format());
            assertEquals("Order", order.messageType());
            assertEquals(List.of(), XmlSchemaCheck.validate(order.content(), UBL21Marshaller.order().getSchema()));
        }
        assertEquals(List.of("1", "2"), orders.stream().map(TranslatedDocument::sourceReference).toList());

        UblDocument first = UblDocument.parse(orders.get(0).content());
        assertAll(
                () -> assertEquals("GX-PO-2026-0881", first.text("/*/cbc:ID")),
                () -> assertEquals("2026-11-18", first.text("/*/cbc:IssueDate")),
                () -> assertEquals("220", first.text("/*/cbc:OrderTypeCode")),
                () -> assertEquals("Bitte auf Europaletten liefern, max. 1,20 m hoch.\nWarenannahme Mo-Fr 7:00-15:00, Rampe 4",
                        first.text("/*/cbc:Note"), "release characters are gone, components are lines"),
                () -> assertEquals("EUR", first.text("/*/cbc:DocumentCurrencyCode")),
                () -> assertEquals("GX-FA-2026-014", first.text("/*/cac:Contract/cbc:ID")),
                () -> assertEquals("2026-01-15", first.text("/*/cac:Contract/cbc:IssueDate")),
                () -> assertEquals("NW-Q-2026-3310", first.text("/*/cac:QuotationDocumentReference/cbc:ID")),
                () -> assertEquals("5012345000008", first.text("//cac:BuyerCustomerParty//cbc:EndpointID[@schemeID='0088']")),
                () -> assertEquals("Priya Shah", first.text("//cac:BuyerCustomerParty//cac:Contact/cbc:Name")),
                () -> assertEquals("p.shah@globex-retail.example", first.text("//cac:BuyerCustomerParty//cbc:ElectronicMail")),
                () -> assertEquals("DE123456789", first.text("//cac:SellerSupplierParty//cac:PartyTaxScheme/cbc:CompanyID")),
                () -> assertEquals("Hamburg", first.text("//cac:SellerSupplierParty//cbc:CityName")),
                () -> assertEquals("5012345000015", first.text("/*/cac:Delivery/cac:DeliveryLocation/cbc:ID")),
                () -> assertEquals("2026-12-02", first.text("/*/cac:Delivery/cac:RequestedDeliveryPeriod/cbc:StartDate")),
                () -> assertEquals("FCA", first.text("/*/cac:DeliveryTerms/cbc:ID")),
                () -> assertEquals("30", first.text("//cac:PaymentTerms//cbc:DurationMeasure")),
                () -> assertEquals("353.18", first.text("//cac:AnticipatedMonetaryTotal/cbc:PayableAmount")),
                () -> assertEquals("4", first.text("/*/cbc:LineCountNumeric")),
                () -> assertEquals(4, first.count("//cac:OrderLine")),
                () -> assertEquals("25.5", first.text("//cac:LineItem[cbc:ID='4']/cbc:Quantity")),
                () -> assertEquals("MTR", first.text("//cac:LineItem[cbc:ID='4']/cbc:Quantity/@unitCode")),
                () -> assertEquals("H87", first.text("//cac:LineItem[cbc:ID='1']/cbc:Quantity/@unitCode")),
                () -> assertEquals("2026-12-09", first.text("//cac:LineItem[cbc:ID='3']//cac:RequestedDeliveryPeriod/cbc:StartDate")),
                () -> assertEquals("0.08", first.text("//cac:LineItem[cbc:ID='2']/cac:Price/cbc:PriceAmount")),
                () -> assertEquals("4012345100020", first.text("//cac:LineItem[cbc:ID='2']//cac:StandardItemIdentification/cbc:ID")),
                () -> assertEquals("GX-10002", first.text("//cac:LineItem[cbc:ID='2']//cac:BuyersItemIdentification/cbc:ID")),
                () -> assertEquals("Hex nut M8, DIN 934", first.text("//cac:LineItem[cbc:ID='2']/cac:Item/cbc:Name")),
                () -> assertEquals("8.00", first.text("//cac:LineItem[cbc:ID='2']/cac:AllowanceCharge[cbc:ChargeIndicator='false']/cbc:Amount")),
                () -> assertEquals("Mengenrabatt", first.text("//cac:LineItem[cbc:ID='2']/cac:AllowanceCharge/cbc:AllowanceChargeReason")),
                () -> assertEquals("45.00", first.text("/*/cac:AllowanceCharge[cbc:ChargeIndicator='true']/cbc:Amount")),
                () -> assertEquals("Lose verpackt, nicht auf Karton.", first.text("//cac:LineItem[cbc:ID='1']/cbc:Note")));
        UblDocument second = UblDocument.parse(orders.get(1).content());
        assertEquals("GX-PO-2026-0882", second.text("/*/cbc:ID"));
        assertEquals("Globex Store Leeds", second.text("/*/cac:Delivery/cac:DeliveryParty/cac:PartyName/cbc:Name"));
    }

    @Test
    void yuanhangsUtf8OrderInAGroupKeepsItsChineseNames() {
        byte[] order = translateOne(translator, Samples.read(YUANHANG_D01B), Target.of(Format.UBL));
        UblDocument ubl = UblDocument.parse(order);

        assertEquals(List.of(), XmlSchemaCheck.validate(order, UBL21Marshaller.order().getSchema()));
        assertEquals("上海远航贸易有限公司", ubl.text("//cac:SellerSupplierParty//cac:PartyName/cbc:Name"));
        assertEquals("浦东新区陆家嘴环路1000号", ubl.text("//cac:SellerSupplierParty//cbc:StreetName"));
        assertEquals("真丝围巾 （苏州） 90×90厘米", ubl.text("//cac:LineItem[cbc:ID='2']/cac:Item/cbc:Name"));
        assertEquals("USD", ubl.text("/*/cbc:DocumentCurrencyCode"));
        assertEquals("SET", ubl.text("//cac:LineItem[cbc:ID='1']/cbc:Quantity/@unitCode"));
        assertEquals("FOB", ubl.text("/*/cac:DeliveryTerms/cbc:ID"));
    }

    @Test
    void everyBusinessValueOfBothD96aOrdersSurvivesTheWayThroughUbl() {
        byte[] original = Samples.read(GLOBEX_D96A);
        OrderFacts before = OrderFacts.read(original, StandardCharsets.ISO_8859_1);
        assertEquals(List.of(), before.problems());
        assertEquals(2, before.messages().size());

        List<TranslatedDocument> orders = translate(translator, original, Target.of(Format.UBL));
        for (int i = 0; i < orders.size(); i++) {
            byte[] back = translateOne(translator, orders.get(i).content(), new Target(Format.EDIFACT, "D96A"));
            OrderFacts after = OrderFacts.read(back, StandardCharsets.ISO_8859_1);
            assertEquals(List.of(), after.problems(), "the interchange written is valid ORDERS D.96A");
            assertEquals("ORDERS", after.envelopes().get(0).get("UNH/e02_01"));
            assertEquals("96A", after.envelopes().get(0).get("UNH/e02_03"));
            OrderFacts.assertSameBusinessValues(before.messages().get(i), after.only(), i == 0 ? 150 : 60);
        }
    }

    @Test
    void everyBusinessValueOfTheD01bOrderSurvivesTheWayThroughUblInUtf8() {
        byte[] original = Samples.read(YUANHANG_D01B);
        byte[] back = translateOne(translator, translateOne(translator, original, Target.of(Format.UBL)),
                new Target(Format.EDIFACT, "D01B"));

        String interchange = new String(back, StandardCharsets.UTF_8);
        assertTrue(interchange.startsWith("UNA:+.?*'\nUNB+UNOW:4+5012345000008:14+6901234000009:14+"), interchange);
        OrderFacts before = OrderFacts.read(original, StandardCharsets.UTF_8);
        OrderFacts after = OrderFacts.read(back, StandardCharsets.UTF_8);
        assertEquals(List.of(), before.problems());
        assertEquals(List.of(), after.problems());
        assertEquals("上海远航贸易有限公司", after.only().get("SG2[2]/NAD[1]/e04_01"));
        OrderFacts.assertSameBusinessValues(before.only(), after.only(), 80);
    }

    @Test
    void nordwindsUblOrderBecomesValidOrdersInBothDirectoriesAndComesBackTheSame() {
        byte[] original = Samples.read(NORDWIND_UBL);
        assertEquals(List.of(), XmlSchemaCheck.validate(original, UBL21Marshaller.order().getSchema()), "the sample itself is valid UBL");
        UblDocument before = UblDocument.parse(original);

        for (String directory : List.of("D96A", "D01B")) {
            byte[] orders = translateOne(translator, original, new Target(Format.EDIFACT, directory));
            OrderFacts edifact = OrderFacts.read(orders, StandardCharsets.ISO_8859_1);
            assertEquals(List.of(), edifact.problems(), directory);
            String line = directory.equals("D96A") ? "SG25" : "SG28";
            assertEquals("NW-PO-2026-5521", edifact.only().get("BGM[1]/" + (directory.equals("D96A") ? "e02" : "e02_01")));
            assertEquals("KGM", edifact.only().get(line + "[1]/QTY[1]/e01_03"));
            assertTrue(new String(orders, StandardCharsets.ISO_8859_1).contains(
                    "FTX+AAI+++Gekoeld vervoer?: 2-6 °C, levering via achteringang ?+ melden bij:receptie'"),
                    "release characters protect ':' and '+'; the 73 characters are split at a space into two components");

            UblDocument after = UblDocument.parse(translateOne(translator, orders, Target.of(Format.UBL)));
            for (String path : NORDWIND_FACTS) {
                // a note split into components at a space comes back with a line break there
                assertEquals(before.text(path), after.text(path).replace('\n', ' '), directory + " " + path);
                assertTrue(!before.text(path).isEmpty(), "the sample has a value at " + path);
            }
            assertEquals(before.count("//cac:OrderLine"), after.count("//cac:OrderLine"));
        }
    }

    @Test
    void aD96aOrderBecomesD01bThroughUblWithItsGroupsRenumbered() {
        List<TranslatedDocument> d01b = translate(translator, Samples.read(GLOBEX_D96A), new Target(Format.EDIFACT, "D01B"));

        assertEquals(2, d01b.size());
        assertEquals("edifact-d96a-d01b-orders_to_ubl-2.1-order+ubl-2.1-order_to_edifact-d01b-orders", d01b.get(0).mappingId());
        OrderFacts facts = OrderFacts.read(d01b.get(0).content(), StandardCharsets.ISO_8859_1);
        assertEquals(List.of(), facts.problems(), "valid ORDERS D.01B");
        Map<String, String> order = facts.only();
        assertAll(
                () -> assertEquals("01B", facts.envelopes().get(0).get("UNH/e02_03")),
                () -> assertEquals("GX-PO-2026-0881", order.get("BGM[1]/e02_01"), "C106 in D.01B"),
                () -> assertEquals(4, facts.count(0, "", "SG28"), "lines are SG28 in D.01B"),
                () -> assertEquals("25.5", order.get("SG28[4]/QTY[1]/e01_02")),
                () -> assertEquals("0.08", order.get("SG28[2]/SG32[1]/PRI[1]/e01_02"), "prices are SG32"),
                () -> assertEquals("8.00", order.get("SG28[2]/SG43[1]/SG46[1]/MOA[1]/e01_02"), "line allowances SG43/SG46"),
                () -> assertEquals("FCA", order.get("SG12[1]/TOD[1]/e03_01")));
    }

    static final List<String> NORDWIND_FACTS = List.of("/*/cbc:ID", "/*/cbc:IssueDate", "/*/cbc:OrderTypeCode", "/*/cbc:Note",
            "/*/cbc:DocumentCurrencyCode", "/*/cac:Contract/cbc:ID", "//cac:BuyerCustomerParty//cbc:EndpointID",
            "//cac:BuyerCustomerParty//cbc:EndpointID/@schemeID", "//cac:BuyerCustomerParty//cac:PartyName/cbc:Name",
            "//cac:BuyerCustomerParty//cbc:StreetName", "//cac:BuyerCustomerParty//cbc:PostalZone",
            "//cac:BuyerCustomerParty//cac:Contact/cbc:Telephone", "//cac:SellerSupplierParty//cbc:EndpointID",
            "//cac:SellerSupplierParty//cac:PartyTaxScheme/cbc:CompanyID", "//cac:SellerSupplierParty//cbc:CityName",
            "/*/cac:Delivery/cac:DeliveryLocation/cbc:ID", "/*/cac:Delivery//cbc:StartDate", "/*/cac:Delivery//cbc:EndDate",
            "/*/cac:DeliveryTerms/cbc:ID", "//cbc:DurationMeasure", "//cac:AnticipatedMonetaryTotal/cbc:LineExtensionAmount",
            "//cac:AnticipatedMonetaryTotal/cbc:PayableAmount", "(//cac:LineItem)[1]/cbc:Quantity",
            "(//cac:LineItem)[1]/cbc:Quantity/@unitCode", "(//cac:LineItem)[2]/cbc:Quantity/@unitCode",
            "(//cac:LineItem)[2]/cbc:LineExtensionAmount", "(//cac:LineItem)[2]/cac:Price/cbc:PriceAmount",
            "(//cac:LineItem)[1]/cac:Item/cbc:Name", "(//cac:LineItem)[1]//cac:SellersItemIdentification/cbc:ID",
            "(//cac:LineItem)[3]//cac:StandardItemIdentification/cbc:ID", "(//cac:LineItem)[3]//cac:RequestedDeliveryPeriod/cbc:StartDate",
            "/*/cac:AllowanceCharge/cbc:ChargeIndicator", "/*/cac:AllowanceCharge/cbc:AllowanceChargeReasonCode",
            "/*/cac:AllowanceCharge/cbc:AllowanceChargeReason", "/*/cac:AllowanceCharge/cbc:Amount", "(//cac:LineItem)[1]/cbc:Note",
            "(//cac:LineItem)[1]/cac:AllowanceCharge/cbc:ChargeIndicator", "(//cac:LineItem)[1]/cac:AllowanceCharge/cbc:Amount",
            "(//cac:LineItem)[1]/cac:AllowanceCharge/cbc:AllowanceChargeReasonCode");
}
