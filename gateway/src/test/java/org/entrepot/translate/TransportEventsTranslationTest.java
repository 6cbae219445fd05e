package org.entrepot.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.entrepot.document.Outcome;
import org.entrepot.document.Reason;
import org.entrepot.schema.transport.event.DocumentReference;
import org.entrepot.schema.transport.event.Event;
import org.entrepot.schema.transport.event.EventClassifier;
import org.entrepot.schema.transport.event.EventType;
import org.entrepot.schema.transport.event.TransportEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** IFTSTA (D.96A, D.01B) and X12 214 (004010, 005010) to our transport events XML, checked against its XSD. */
class TransportEventsTranslationTest {

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

    private static List<TranslatedDocument> translate(byte[] source, Target target) {
        return ShippingInstructionTranslationTest.translate(translator, source, target);
    }

    private static TransportEvents events(String sample) {
        List<TranslatedDocument> documents = translate(Samples.read(sample), Target.of(Format.XML));
        assertEquals(List.of(), ShippingDocuments.eventProblems(documents.get(0).content()), sample);
        return ShippingDocuments.events(documents.get(0).content());
    }

    @Test
    void balticasIftstaBecomesValidEquipmentEventsWithOffsetsAndReferences() {
        TransportEvents report = events("transport/baltica-lakeside-iftsta-d96a.edi");

        assertEquals("BLT-ST-2026-118731", report.getDocumentReference());
        assertEquals("5790001234560", report.getSender().getValue());
        assertEquals("0060", report.getReceiver().getSchemeID());
        assertEquals("BLTC", report.getCarrierCode());
        assertEquals(4, report.getEvent().size());
        Event pickUp = report.getEvent().get(0);
        assertEquals("EV-2026-118731-01", pickUp.getEventID());
        assertEquals(EventType.EQUIPMENT, pickUp.getEventType());
        assertEquals(EventClassifier.ACT, pickUp.getEventClassifier());
        assertEquals("PICK", pickUp.getEventTypeCode());
        assertEquals("2026-11-20T08:15:00-06:00", pickUp.getEventDateTime().toXMLFormat());
        assertEquals("USCHI", pickUp.getLocation().getUNLocationCode());
        assertEquals("PRFU4471236", pickUp.getEquipment().getEquipmentReference());
        assertEquals("LADEN", pickUp.getEquipment().getEmptyIndicator());
        Event gateIn = report.getEvent().get(2);
        assertEquals("GTIN", gateIn.getEventTypeCode());
        assertEquals(List.of("BKG:BLT2611CHI0322", "TRD:BLTCHI2611000457"),
                gateIn.getDocumentReference().stream().map(TransportEventsTranslationTest::reference).toList());
    }

    private static String reference(DocumentReference reference) {
        return reference.getType() + ":" + reference.getValue();
    }

    @Test
    void balticasUtf8IftstaD01bCarriesVesselVoyageAndAnEstimatedArrival() {
        TransportEvents report = events("transport/baltica-yuanhang-iftsta-d01b-utf8.edi");

        assertEquals("2026-11-26T06:05:00Z", report.getIssueDateTime().toXMLFormat());
        Event load = report.getEvent().get(0);
        assertEquals("LOAD", load.getEventTypeCode());
        assertEquals("上海洋山深水港", load.getLocation().getName());
        assertEquals("2026-11-25T22:10:00+08:00", load.getEventDateTime().toXMLFormat());
        assertEquals("BALTICA HORIZON", load.getTransportCall().getVesselName());
        assertEquals("42G1", load.getEquipment().getISOEquipmentCode());
        Event arrival = report.getEvent().get(2);
        assertEquals(EventType.TRANSPORT, arrival.getEventType());
        assertEquals(EventClassifier.EST, arrival.getEventClassifier());
        assertEquals("ARRI", arrival.getEventTypeCode());
        assertEquals("031W", arrival.getTransportCall().getVoyageNumber());
    }

    @Test
    void prairies214sBecomeActualEventsIn4010And5010() {
        TransportEvents report = events("transport/prairie-lakeside-214-4010.edi");
        assertEquals("PRF-ST-2026-00915", report.getDocumentReference());
        assertEquals("PRFL", report.getCarrierCode());
        Event departed = report.getEvent().get(1);
        assertEquals("GTOT", departed.getEventTypeCode());
        assertEquals(EventClassifier.ACT, departed.getEventClassifier());
        assertEquals("2026-11-20T09:40:00-06:00", departed.getEventDateTime().toXMLFormat());
        assertEquals("Lakeside Chicago DC", departed.getLocation().getName());
        assertEquals("USCHI", departed.getLocation().getUNLocationCode());

        TransportEvents atlas = events("transport/prairie-atlas-214-5010.edi");
        assertEquals("DROP", atlas.getEvent().get(1).getEventTypeCode());
        assertEquals("TRD", atlas.getEvent().get(0).getDocumentReference().get(1).getType());
    }

    // ---- round trips ----

    private static EdiFacts facts(byte[] interchange, Charset charset) {
        EdiFacts facts = EdiFacts.read(interchange, charset);
        assertEquals(List.of(), facts.problems(), "the interchange must be valid");
        return facts;
    }

    private static void assertEdiRoundTrip(String sample, Target back, Charset charset, int expectedValues) {
        byte[] original = Samples.read(sample);
        List<TranslatedDocument> xml = translate(original, Target.of(Format.ENTREPOT));
        assertEquals(1, xml.size(), "one message per sample");
        EdiFacts before = facts(original, charset);
        EdiFacts after = facts(translate(xml.get(0).content(), back).get(0).content(), charset);
        assertTrue(before.business().size() >= expectedValues, "the extractor reads the whole sample: " + before.business().size());
        assertEquals(List.of(), before.differences(after), sample);
    }

    @Test
    void iftstaKeepsEveryDataElementThroughTheXmlInBothDirectories() {
        assertEdiRoundTrip("transport/baltica-lakeside-iftsta-d96a.edi", new Target(Format.EDIFACT, "D96A"), StandardCharsets.ISO_8859_1, 80);
        assertEdiRoundTrip("transport/baltica-yuanhang-iftsta-d01b-utf8.edi", new Target(Format.EDIFACT, "D01B"), StandardCharsets.UTF_8, 60);
    }

    @Test
    void a214KeepsEveryDataElementThroughTheXml() {
        assertEdiRoundTrip("transport/prairie-atlas-214-5010.edi", new Target(Format.X12, "005010"), StandardCharsets.UTF_8, 30);
    }

    private static void assertXmlRoundTrip(String sample, Target via, Pattern notCarried) {
        byte[] original = Samples.read(sample);
        assertEquals(List.of(), ShippingDocuments.eventProblems(original), "the sample itself is valid");
        byte[] back = translate(translate(original, via).get(0).content(), Target.of(Format.ENTREPOT)).get(0).content();
        assertEquals(List.of(), ShippingDocuments.eventProblems(back));
        XmlFacts before = XmlFacts.parse(original).without(path -> notCarried.matcher(path).matches());
        XmlFacts after = XmlFacts.parse(back).without(path -> notCarried.matcher(path).matches());
        assertTrue(before.values().size() > 30, "the sample has many fields: " + before.values().size());
        assertEquals(List.of(), before.differences(after), sample + " via " + via);
    }

    @Test
    void balticasXmlEventsComeBackFieldByFieldThroughIftsta() {
        assertXmlRoundTrip("transport/baltica-nordwind-transport-events.xml", new Target(Format.EDIFACT, "D96A"), Pattern.compile("$^"));
        assertXmlRoundTrip("transport/baltica-nordwind-transport-events.xml", new Target(Format.EDIFACT, "D01B"), Pattern.compile("$^"));
    }

    @Test
    void eventsFromA214ComeBackFieldByFieldThroughA214ExceptWhatA214CannotSay() {
        byte[] xml = translate(Samples.read("transport/baltica-lakeside-iftsta-d96a.edi"), Target.of(Format.ENTREPOT)).get(0).content();
        byte[] back = translate(translate(xml, new Target(Format.X12, "004010")).get(0).content(), Target.of(Format.ENTREPOT))
                .get(0).content();
        // a 214 has no document date, ISO equipment code or empty indicator (mappings/transport/README.md)
        Pattern notIn214 = Pattern.compile(".*/(IssueDateTime|ISOEquipmentCode|EmptyIndicator)\\b.*");
        XmlFacts before = XmlFacts.parse(xml).without(path -> notIn214.matcher(path).matches());
        XmlFacts after = XmlFacts.parse(back).without(path -> notIn214.matcher(path).matches());
        assertTrue(before.values().size() > 40);
        assertEquals(List.of(), before.differences(after));
    }

    @Test
    void eventsA214CannotCarryStopTheTranslationAndSayWhy() {
        Outcome<List<TranslatedDocument>> hamburg = translator.translate(Samples.read("transport/baltica-nordwind-transport-events.xml"),
                new Target(Format.X12, "004010"));
        assertTrue(!hamburg.isAccepted());
        assertEquals(Reason.MAPPING_FAILED, hamburg.rejections().get(0).reason());
        assertTrue(hamburg.rejections().get(0).message().contains("AT707 has no time code for the UTC offset +01:00"),
                hamburg.rejections().toString());

        String chicago = new String(translate(Samples.read("transport/baltica-lakeside-iftsta-d96a.edi"), Target.of(Format.ENTREPOT))
                .get(0).content(), StandardCharsets.UTF_8).replaceFirst("<EventClassifier>ACT<", "<EventClassifier>EST<");
        Outcome<List<TranslatedDocument>> estimated = translator.translate(chicago.getBytes(StandardCharsets.UTF_8),
                new Target(Format.X12, "004010"));
        assertTrue(!estimated.isAccepted());
        assertTrue(estimated.rejections().get(0).message().contains("event EV-2026-118731-01 is EST"), estimated.rejections().toString());
    }
}
