package org.entrepot.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.entrepot.document.Outcome;
import org.entrepot.schema.shipping.common.Party;
import org.entrepot.schema.shipping.instruction.ConsignmentItem;
import org.entrepot.schema.shipping.instruction.DocumentStatus;
import org.entrepot.schema.shipping.instruction.FreightPaymentTerm;
import org.entrepot.schema.shipping.instruction.ShippingInstruction;
import org.entrepot.schema.shipping.instruction.TransportDocumentType;
import org.entrepot.schema.shipping.instruction.UtilizedTransportEquipment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** IFTMIN (D.96A, D.01B) and X12 204 (004010, 005010) to our shipping instruction XML, checked against its XSD. */
class ShippingInstructionTranslationTest {

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

    /** Every sample's XML is valid against our XSD before anything else is asserted. */
    private static List<ShippingInstruction> instructions(String sample) {
        return translate(translator, Samples.read(sample), Target.of(Format.XML)).stream().map(document -> {
            assertEquals(Format.ENTREPOT, document.format());
            assertEquals(List.of(), ShippingDocuments.instructionProblems(document.content()), sample);
            return ShippingDocuments.instruction(document.content());
        }).toList();
    }

    @Test
    void nordwindsIftminInterchangeBecomesOneValidInstructionPerMessage() {
        List<ShippingInstruction> both = instructions("shipping/nordwind-baltica-iftmin-d96a.edi");
        assertEquals(2, both.size());
        ShippingInstruction si = both.get(0);

        assertEquals("NWH-SI-2026-0311", si.getShippingInstructionReference());
        assertEquals(DocumentStatus.ORIGINAL, si.getDocumentStatus());
        assertEquals("2026-11-18T09:30:00", si.getIssueDateTime().toXMLFormat());
        assertEquals("4012345000009", si.getSender().getValue());
        assertEquals("0088", si.getSender().getSchemeID());
        assertEquals("5790001234560", si.getReceiver().getValue());
        assertEquals("BLT2611HAM0042", si.getCarrierBookingReference());
        assertEquals("BLTC", si.getCarrierCode());
        assertEquals(TransportDocumentType.BOL, si.getTransportDocumentType());
        assertEquals(3, si.getNumberOfOriginals().intValue());
        assertEquals(2, si.getNumberOfCopies().intValue());
        assertEquals(FreightPaymentTerm.PRE, si.getFreightPaymentTerm());
        assertEquals("2026-11-21", si.getRequestedShipmentDate().toXMLFormat());
        assertEquals(List.of("Keep dry: machinery parts. Fragile + top load only"), si.getRemark());

        Party shipper = si.getShipper();
        assertEquals("Nordwind Handel GmbH", shipper.getName());
        assertEquals(List.of("Speicherstadt 12", "Block C"), shipper.getAddress().getStreet());
        assertEquals("+49 40 555 0100", shipper.getContact().getPhone());
        assertEquals("0060", si.getConsignee().getIdentifier().getSchemeID());
        assertEquals("IL", si.getConsignee().getAddress().getCountrySubdivision());
        assertEquals("Midwest Customs Brokerage LLC", si.getNotifyParty().get(0).getName());
        assertEquals("København Ø", si.getCarrier().getAddress().getCity());
        assertEquals("9321483", si.getTransport().getVesselIMONumber());
        assertEquals("425W", si.getTransport().getVoyageNumber());
        assertEquals("DEHAM", si.getPlaceOfReceipt().getUNLocationCode());
        assertEquals("USNYC", si.getPortOfDischarge().getUNLocationCode());
        assertEquals("Chicago", si.getPlaceOfDelivery().getName());

        ConsignmentItem pumps = si.getConsignmentItem().get(1);
        assertEquals(6, pumps.getPackageCount().intValue());
        assertEquals("PX", pumps.getPackageCode());
        assertEquals(List.of("841370", "841391"), pumps.getHSCode());
        assertEquals(List.of("Centrifugal pumps with spare impellers", "Pump housings, cast iron, painted"),
                pumps.getDescriptionOfGoods());
        assertEquals(new BigDecimal("3420"), pumps.getGrossWeight().getValue());
        assertEquals(new BigDecimal("18.2"), pumps.getVolume().getValue());
        assertEquals(List.of("NORDWIND HAMBURG", "LAKESIDE CHICAGO", "PLT 1-6"), pumps.getShippingMarks());
        assertEquals("MSKU1234565", pumps.getEquipmentReference());
        assertEquals(new BigDecimal("1130"), si.getConsignmentItem().get(0).getNetWeight().getValue());

        UtilizedTransportEquipment container = si.getUtilizedTransportEquipment().get(0);
        assertEquals("45G1", container.getISOEquipmentCode());
        assertEquals(false, container.isIsShipperOwned());
        assertEquals(new BigDecimal("3900"), container.getTareWeight().getValue());
        assertEquals(List.of("NWH2611001", "BLT0099871"), container.getSeal().stream().map(s -> s.getNumber()).toList());
        assertEquals("CAR", container.getSeal().get(1).getSource());

        ShippingInstruction second = both.get(1);
        assertEquals(TransportDocumentType.SWB, second.getTransportDocumentType());
        assertEquals(FreightPaymentTerm.COL, second.getFreightPaymentTerm());
        assertEquals(true, second.getUtilizedTransportEquipment().get(0).isIsShipperOwned());
    }

    @Test
    void yuanhangsUtf8IftminD01bKeepsItsChineseText() {
        ShippingInstruction si = instructions("shipping/yuanhang-baltica-iftmin-d01b-utf8.edi").get(0);

        assertEquals("上海远航贸易有限公司", si.getShipper().getName());
        assertEquals("浦东新区陆家嘴环路1000号", si.getShipper().getAddress().getStreet().get(0));
        assertEquals("王丽", si.getShipper().getContact().getName());
        assertEquals(List.of("易碎品，请勿倒置"), si.getRemark());
        assertEquals("真丝围巾 （苏州） 90×90厘米", si.getConsignmentItem().get(1).getDescriptionOfGoods().get(0));
        assertEquals("纸箱", si.getConsignmentItem().get(0).getPackageDescription());
        assertEquals(TransportDocumentType.SWB, si.getTransportDocumentType());
    }

    @Test
    void lakesidesLoadTendersBecomeInstructionsWithStopsAsRoutingLocations() {
        List<ShippingInstruction> tenders = instructions("shipping/lakeside-prairie-204-4010.edi");
        assertEquals(2, tenders.size());
        ShippingInstruction si = tenders.get(0);

        assertEquals("LSC-SI-2026-0091", si.getShippingInstructionReference());
        assertEquals("2026-11-18T10:15:00", si.getIssueDateTime().toXMLFormat(), "a 204 has no date of its own: GS04/GS05");
        assertEquals("0060", si.getSender().getSchemeID());
        assertEquals("PRFL", si.getCarrierCode());
        assertEquals(FreightPaymentTerm.PRE, si.getFreightPaymentTerm());
        assertEquals("shipping@lakeside.example", si.getShipper().getContact().getEmail());
        assertEquals("5012345000008", si.getConsignee().getIdentifier().getValue());
        assertEquals(List.of("1 Dock Road", "Unit 7"), si.getNotifyParty().get(0).getAddress().getStreet());
        assertEquals("USCHI", si.getPlaceOfReceipt().getUNLocationCode());
        assertEquals("Port of New York", si.getPortOfLoading().getName());
        assertEquals("GBFXT", si.getPortOfDischarge().getUNLocationCode());
        assertEquals("GBMNC", si.getPlaceOfDelivery().getUNLocationCode());
        assertEquals("2026-12-18", si.getRequestedDeliveryDate().toXMLFormat());
        ConsignmentItem racking = si.getConsignmentItem().get(1);
        assertEquals(List.of("Pallet racking uprights, steel", "Pallet racking beams, steel"), racking.getDescriptionOfGoods());
        assertEquals("PX", racking.getPackageCode());
        assertEquals(12, racking.getPackageCount().intValue());
        assertEquals("PRFU4471236", si.getUtilizedTransportEquipment().get(0).getEquipmentReference());
        assertEquals("SHI", si.getUtilizedTransportEquipment().get(0).getSeal().get(0).getSource());

        assertEquals(DocumentStatus.REPLACEMENT, tenders.get(1).getDocumentStatus());
        assertEquals(FreightPaymentTerm.COL, tenders.get(1).getFreightPaymentTerm());
        assertEquals("LSC-SI-2026-0107",
                instructions("shipping/lakeside-prairie-204-5010.edi").get(0).getShippingInstructionReference());
    }

    // ---- round trips, field by field ----

    private static EdiFacts facts(byte[] interchange, Charset charset) {
        EdiFacts facts = EdiFacts.read(interchange, charset);
        assertEquals(List.of(), facts.problems(), "the interchange must be valid");
        return facts;
    }

    /** EDI → XML → EDI in the same directory or version: every data element between the envelopes comes back. */
    private static void assertEdiRoundTrip(String sample, Target back, Charset charset, int expectedValues) {
        byte[] original = Samples.read(sample);
        StringBuilder out = new StringBuilder();
        for (TranslatedDocument xml : translate(translator, original, Target.of(Format.ENTREPOT))) {
            out.append(new String(translate(translator, xml.content(), back).get(0).content(), charset));
        }
        EdiFacts before = facts(original, charset);
        // several messages come back as several interchanges; compare them message by message
        List<String> interchanges = splitInterchanges(out.toString());
        int message = 1;
        for (String interchange : interchanges) {
            EdiFacts after = facts(interchange.getBytes(charset), charset);
            int number = message;
            var expected = new EdiFacts(before.business().entrySet().stream()
                    .filter(e -> e.getKey().startsWith(number + "/"))
                    .collect(java.util.stream.Collectors.toMap(e -> "1" + e.getKey().substring(e.getKey().indexOf('/')),
                            java.util.Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new)), List.of());
            assertEquals(List.of(), expected.differences(after), sample + " message " + number);
            message++;
        }
        assertEquals(message - 1, before.business().keySet().stream().map(k -> k.substring(0, k.indexOf('/'))).distinct().count());
        assertTrue(before.business().size() >= expectedValues, "the extractor reads the whole sample: " + before.business().size());
    }

    static List<String> splitInterchanges(String text) {
        String start = text.startsWith("ISA") ? "ISA*" : "UNA";
        List<String> interchanges = new java.util.ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int next = text.indexOf(start, from + 1);
            interchanges.add(text.substring(from, next < 0 ? text.length() : next));
            from = next < 0 ? text.length() : next;
        }
        return interchanges;
    }

    @Test
    void nordwindsIftminD96aKeepsEveryDataElementThroughTheXml() {
        assertEdiRoundTrip("shipping/nordwind-baltica-iftmin-d96a.edi", new Target(Format.EDIFACT, "D96A"),
                StandardCharsets.ISO_8859_1, 150);
    }

    @Test
    void yuanhangsIftminD01bComesBackAsUnowWithEveryDataElement() {
        assertEdiRoundTrip("shipping/yuanhang-baltica-iftmin-d01b-utf8.edi", new Target(Format.EDIFACT, "D01B"),
                StandardCharsets.UTF_8, 100);
        byte[] back = translate(translator, translate(translator, Samples.read("shipping/yuanhang-baltica-iftmin-d01b-utf8.edi"),
                Target.of(Format.XML)).get(0).content(), new Target(Format.EDIFACT, "D01B")).get(0).content();
        assertTrue(new String(back, StandardCharsets.UTF_8).contains("UNB+UNOW:4+"));
    }

    @Test
    void lakesides204sKeepEveryDataElementThroughTheXmlIn4010And5010() {
        assertEdiRoundTrip("shipping/lakeside-prairie-204-4010.edi", new Target(Format.X12, "004010"), StandardCharsets.UTF_8, 150);
        assertEdiRoundTrip("shipping/lakeside-prairie-204-5010.edi", new Target(Format.X12, "005010"), StandardCharsets.UTF_8, 50);
    }

    /** XML → EDI → XML: every field of the instruction comes back, except what the EDI format has no place for. */
    private static void assertXmlRoundTrip(String sample, Target via, java.util.function.Predicate<String> notCarried) {
        byte[] original = Samples.read(sample);
        assertEquals(List.of(), ShippingDocuments.instructionProblems(original), "the sample itself is valid");
        byte[] edi = translate(translator, original, via).get(0).content();
        byte[] back = translate(translator, edi, Target.of(Format.ENTREPOT)).get(0).content();
        assertEquals(List.of(), ShippingDocuments.instructionProblems(back));

        XmlFacts before = XmlFacts.parse(original).without(notCarried);
        XmlFacts after = XmlFacts.parse(back).without(notCarried);
        assertTrue(before.values().size() > 50, "the sample has many fields: " + before.values().size());
        assertEquals(List.of(), before.differences(after), sample + " via " + via);
    }

    @Test
    void meridiansXmlInstructionComesBackFieldByFieldThroughIftminInBothDirectories() {
        assertXmlRoundTrip("shipping/meridian-baltica-shipping-instruction.xml", new Target(Format.EDIFACT, "D96A"), path -> false);
        assertXmlRoundTrip("shipping/meridian-baltica-shipping-instruction.xml", new Target(Format.EDIFACT, "D01B"), path -> false);
    }

    @Test
    void meridiansXmlInstructionComesBackThroughA204ExceptWhatA204CannotSay() {
        // see mappings/shipping/README.md: a 204 has no document date, transport document, vessel,
        // net weight, package description, marks or per-item equipment
        java.util.regex.Pattern notIn204 = java.util.regex.Pattern.compile(".*/(IssueDateTime|TransportDocumentType|NumberOfOriginals"
                + "|NumberOfCopies|Transport|NetWeight|PackageDescription|ShippingMarks|ConsignmentItem\\[\\d+]/EquipmentReference)\\b.*");
        assertXmlRoundTrip("shipping/meridian-baltica-shipping-instruction.xml", new Target(Format.X12, "004010"),
                path -> notIn204.matcher(path).matches());
        assertXmlRoundTrip("shipping/meridian-baltica-shipping-instruction.xml", new Target(Format.X12, "005010"),
                path -> notIn204.matcher(path).matches());
    }

    @Test
    void anIftminBecomesAValid204AndA204AValidIftmin() {
        byte[] x12 = translate(translator, Samples.read("shipping/nordwind-baltica-iftmin-d96a.edi"), new Target(Format.X12, "005010"))
                .get(0).content();
        EdiFacts tender = facts(x12, StandardCharsets.UTF_8);
        assertEquals("NWH-SI-2026-0311", tender.get("1/B2[1]/e04"));
        assertEquals("CL", tender.get("1/D_S5[1]/S5[1]/e02"));
        assertEquals("848180", tender.get("1/D_S5[1]/D_L5[1]/L5[1]/e03"));

        byte[] iftmin = translate(translator, Samples.read("shipping/lakeside-prairie-204-4010.edi"), new Target(Format.EDIFACT, "D01B"))
                .get(0).content();
        EdiFacts instruction = facts(iftmin, StandardCharsets.ISO_8859_1);
        assertEquals("LSC-SI-2026-0091", instruction.get("1/BGM[1]/e02_01"));
        assertEquals("PRFU4471236", instruction.get("1/SG37[1]/EQD[1]/e02_01"));
    }

    @Test
    void aValueAn204CannotCarryStopsTheTranslationWithTheElementNamed() {
        String xml = new String(Samples.read("shipping/meridian-baltica-shipping-instruction.xml"), StandardCharsets.UTF_8)
                .replace("Globex Retail Ltd", "Globex * Retail Ltd");
        Outcome<List<TranslatedDocument>> outcome = translator.translate(xml.getBytes(StandardCharsets.UTF_8),
                new Target(Format.X12, "004010"));
        assertTrue(!outcome.isAccepted());
        assertEquals("MAPPING_FAILED", outcome.rejections().get(0).reason().name());
        assertTrue(outcome.rejections().get(0).message().contains("N102 cannot carry"), outcome.rejections().toString());
    }
}
