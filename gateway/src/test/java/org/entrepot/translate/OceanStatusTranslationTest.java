package org.entrepot.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.entrepot.document.Outcome;
import org.entrepot.document.Reason;
import org.entrepot.schema.transport.event.Event;
import org.entrepot.schema.transport.event.EventClassifier;
import org.entrepot.schema.transport.event.EventType;
import org.entrepot.schema.transport.event.TransportEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** X12 315 (Status Details, Ocean) to our transport events XML and back; the target message picks 315 over 214. */
class OceanStatusTranslationTest {

    private static final String SAMPLE = "transport/baltica-lakeside-315-4010.edi";

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

    @Test
    void balticas315sBecomeOneValidReportPerContainerStatus() {
        List<TranslatedDocument> reports = translate(Samples.read(SAMPLE), Target.of(Format.XML));
        assertEquals(4, reports.size(), "one report per 315");
        for (TranslatedDocument report : reports) {
            assertEquals(List.of(), ShippingDocuments.eventProblems(report.content()));
        }
        TransportEvents arrival = ShippingDocuments.events(reports.get(0).content());
        assertEquals("BLT-ST-2026-120401", arrival.getDocumentReference());
        assertEquals("BLTC", arrival.getCarrierCode());
        assertEquals("5790001234560", arrival.getSender().getValue());
        assertEquals("0088", arrival.getSender().getSchemeID());
        assertEquals("123456789", arrival.getReceiver().getValue());
        Event arrived = arrival.getEvent().get(0);
        assertEquals("EV-2026-120401-01", arrived.getEventID());
        assertEquals("ARRI", arrived.getEventTypeCode());
        assertEquals(EventType.TRANSPORT, arrived.getEventType());
        assertEquals(EventClassifier.ACT, arrived.getEventClassifier());
        assertEquals("2026-12-04T06:40:00-05:00", arrived.getEventDateTime().toXMLFormat());
        assertEquals("USNYC", arrived.getLocation().getUNLocationCode());
        assertEquals("APM Terminals Elizabeth", arrived.getLocation().getName());
        assertEquals("MSKU1234565", arrived.getEquipment().getEquipmentReference());
        assertEquals("45G1", arrived.getEquipment().getISOEquipmentCode());
        assertEquals("LADEN", arrived.getEquipment().getEmptyIndicator());
        assertEquals("425W", arrived.getTransportCall().getVoyageNumber());
        assertEquals("BALTICA SPIRIT", arrived.getTransportCall().getVesselName());
        assertEquals("9321483", arrived.getTransportCall().getVesselIMONumber());
        assertEquals("BKG", arrived.getDocumentReference().get(0).getType());
        assertEquals("BLTHAM2611000311", arrived.getDocumentReference().get(1).getValue());

        Event outGate = ShippingDocuments.events(reports.get(2).content()).getEvent().get(0);
        assertEquals("GTOT", outGate.getEventTypeCode());
        assertEquals(EventClassifier.EST, outGate.getEventClassifier());
        Event loaded = ShippingDocuments.events(reports.get(3).content()).getEvent().get(0);
        assertEquals("LOAD", loaded.getEventTypeCode());
        assertEquals("2026-12-03T22:50:00-05:00", loaded.getEventDateTime().toXMLFormat());
    }

    @Test
    void every315DataElementComesBackThroughTheXmlIn4010And5010() {
        assert315RoundTrip(SAMPLE, "004010", 60);
        assert315RoundTrip("transport/baltica-atlas-315-5010.edi", "005010", 40);
    }

    private static void assert315RoundTrip(String sample, String version, int expectedValues) {
        byte[] original = Samples.read(sample);
        EdiFacts before = EdiFacts.read(original, StandardCharsets.UTF_8);
        assertEquals(List.of(), before.problems(), "the sample is a valid 315 interchange");
        List<TranslatedDocument> reports = translate(original, Target.of(Format.ENTREPOT));
        Map<String, String> after = new LinkedHashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            byte[] back = translate(reports.get(i).content(), new Target(Format.X12, version, "315")).get(0).content();
            EdiFacts facts = EdiFacts.read(back, StandardCharsets.UTF_8);
            assertEquals(List.of(), facts.problems(), "the 315 written back is valid");
            String message = (i + 1) + "/";
            facts.business().forEach((key, value) -> after.put(message + key.substring(key.indexOf('/') + 1), value));
        }
        assertTrue(before.business().size() >= expectedValues, "the extractor reads the whole sample: " + before.business().size());
        assertEquals(List.of(), before.differences(new EdiFacts(after, List.of())), sample);
    }

    @Test
    void balticasXmlEventsComeBackThroughA315AtTheSameInstants() {
        byte[] original = Samples.read("transport/baltica-nordwind-transport-events.xml");
        byte[] x12 = translate(original, new Target(Format.X12, "005010", "315")).get(0).content();
        assertEquals(List.of(), EdiFacts.read(x12, StandardCharsets.UTF_8).problems());
        assertTrue(new String(x12, StandardCharsets.US_ASCII).contains("ST*315*0003~"), "one 315 per event");
        List<TranslatedDocument> back = translate(x12, Target.of(Format.ENTREPOT));
        assertEquals(3, back.size());
        TransportEvents sent = ShippingDocuments.events(original);
        for (int i = 0; i < back.size(); i++) {
            assertEquals(List.of(), ShippingDocuments.eventProblems(back.get(i).content()));
            TransportEvents report = ShippingDocuments.events(back.get(i).content());
            Event before = sent.getEvent().get(i);
            Event after = report.getEvent().get(0);
            assertEquals(sent.getDocumentReference(), report.getDocumentReference());
            assertEquals(sent.getCarrierCode(), report.getCarrierCode());
            assertEquals(before.getEventID(), after.getEventID());
            assertEquals(before.getEventTypeCode(), after.getEventTypeCode());
            assertEquals(before.getEventClassifier(), after.getEventClassifier());
            // Hamburg's +01:00 has no X12 time code: the 315 says the same instant in UTC
            assertEquals(before.getEventDateTime().toGregorianCalendar().getTimeInMillis(),
                    after.getEventDateTime().toGregorianCalendar().getTimeInMillis(), before.getEventID());
            assertEquals(before.getLocation().getUNLocationCode(), after.getLocation().getUNLocationCode());
            assertEquals(before.getLocation().getName(), after.getLocation().getName());
            assertEquals(before.getDocumentReference().size(), after.getDocumentReference().size());
            if (before.getTransportCall() != null) {
                assertEquals(before.getTransportCall().getVesselIMONumber(), after.getTransportCall().getVesselIMONumber());
                assertEquals(before.getTransportCall().getVoyageNumber(), after.getTransportCall().getVoyageNumber());
                assertEquals(before.getTransportCall().getVesselName(), after.getTransportCall().getVesselName());
            }
            if (before.getEquipment() != null) {
                assertEquals(before.getEquipment().getEquipmentReference(), after.getEquipment().getEquipmentReference());
                assertEquals(before.getEquipment().getISOEquipmentCode(), after.getEquipment().getISOEquipmentCode());
                assertEquals(before.getEquipment().getEmptyIndicator(), after.getEquipment().getEmptyIndicator());
            }
        }
    }

    @Test
    void withoutAMessageX12StillMeansThe214AndWith315ItIsA315() {
        byte[] xml = translate(Samples.read("transport/prairie-lakeside-214-4010.edi"), Target.of(Format.ENTREPOT)).get(0).content();
        TranslatedDocument road = translate(xml, new Target(Format.X12, "004010")).get(0);
        assertEquals("214", road.messageType());
        TranslatedDocument ocean = translate(xml, new Target(Format.X12, "004010", "315")).get(0);
        assertEquals("315", ocean.messageType());
        // EDI to EDI through the pivot: a 214 asked for as a 315
        TranslatedDocument direct = translate(Samples.read("transport/prairie-lakeside-214-4010.edi"),
                new Target(Format.X12, "004010", "315")).get(0);
        assertEquals("315", direct.messageType());
    }

    @Test
    void aPlannedEventStopsThe315AndSaysWhich() {
        String planned = new String(Samples.read("transport/baltica-nordwind-transport-events.xml"), StandardCharsets.UTF_8)
                .replaceFirst("<EventClassifier>EST<", "<EventClassifier>PLN<");
        Outcome<List<TranslatedDocument>> outcome = translator.translate(planned.getBytes(StandardCharsets.UTF_8),
                new Target(Format.X12, "004010", "315"));
        assertTrue(!outcome.isAccepted());
        assertEquals(Reason.MAPPING_FAILED, outcome.rejections().get(0).reason());
        assertTrue(outcome.rejections().get(0).message().contains("event EV-2026-119002-03 is PLN"), outcome.rejections().toString());
    }
}
