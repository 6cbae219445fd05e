package org.entrepot.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.xml.bind.JAXBContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.transform.stream.StreamSource;
import org.entrepot.check.ClasspathSchemas;
import org.entrepot.check.XmlSchemaCheck;
import org.entrepot.schema.shipping.booking.BookingConfirmation;
import org.entrepot.schema.shipping.booking.BookingRequest;
import org.entrepot.schema.shipping.booking.BookingStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** X12 300 and 301 (004010, 005010) to our booking XML and back; IFTMBF ↔ 300 and IFTMBC ↔ 301 through it. */
class BookingX12Test {

    private static final String XSD = "schemas/entrepot/transport/booking-1.xsd";
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

    private static byte[] one(byte[] source, Target target) {
        List<TranslatedDocument> documents = ShippingInstructionTranslationTest.translate(translator, source, target);
        assertEquals(1, documents.size());
        return documents.get(0).content();
    }

    private static <T> T read(byte[] xml, Class<T> type) throws Exception {
        var schema = new ClasspathSchemas().schema(XSD);
        assertEquals(List.of(), XmlSchemaCheck.validate(xml, schema));
        var unmarshaller = JAXBContext.newInstance(type).createUnmarshaller();
        unmarshaller.setSchema(schema);
        return unmarshaller.unmarshal(new StreamSource(new ByteArrayInputStream(xml)), type).getValue();
    }

    @Test
    void lakesides300BecomesAValidBookingRequest() throws Exception {
        BookingRequest request = read(one(Samples.read("shipping/lakeside-baltica-300-5010.edi"), Target.of(Format.XML)),
                BookingRequest.class);
        assertEquals("LSC-BR-2026-0044", request.getCarrierBookingRequestReference());
        assertEquals("2026-11-27", request.getExpectedDepartureDate().toXMLFormat());
        assertEquals("+1 312 555 0147", request.getShipper().getContact().getPhone());
        assertEquals("GBMNC", request.getPlaceOfDelivery().getUNLocationCode());
        assertEquals(List.of("731815", "730890"), request.getCommodity().get(0).getHSCode());
        assertEquals("PX", request.getCommodity().get(0).getPackageCode());
        assertEquals("22G1", request.getRequestedEquipment().get(1).getISOEquipmentCode());
        assertEquals("112E", request.getTransport().getVoyageNumber());
    }

    @Test
    void balticas301BecomesAValidConfirmation() throws Exception {
        BookingConfirmation confirmation = read(one(Samples.read("shipping/baltica-lakeside-301-4010.edi"), Target.of(Format.XML)),
                BookingConfirmation.class);
        assertEquals("BLT2611CHI0318", confirmation.getCarrierBookingReference());
        assertEquals("LSC-BR-2026-0044", confirmation.getCarrierBookingRequestReference());
        assertEquals(BookingStatus.CONFIRMED, confirmation.getBookingStatus());
        assertEquals("2026-11-27T16:00:00", confirmation.getPlannedDepartureDateTime().toXMLFormat());
        assertEquals("9456127", confirmation.getTransport().getVesselIMONumber());
    }

    @Test
    void x12BookingsKeepEveryDataElementThroughTheXml() {
        for (String[] sample : new String[][] {{"shipping/lakeside-baltica-300-5010.edi", "005010"},
                {"shipping/baltica-lakeside-301-4010.edi", "004010"}}) {
            byte[] original = Samples.read(sample[0]);
            byte[] back = one(one(original, Target.of(Format.ENTREPOT)), new Target(Format.X12, sample[1]));
            EdiFacts before = EdiFacts.read(original, StandardCharsets.UTF_8);
            EdiFacts after = EdiFacts.read(back, StandardCharsets.UTF_8);
            assertEquals(List.of(), before.problems());
            assertEquals(List.of(), after.problems());
            assertTrue(before.business().size() > 30, sample[0] + ": " + before.business().size());
            assertEquals(List.of(), before.differences(after), sample[0]);
        }
    }

    @Test
    void edifactBookingsComeBackFieldByFieldThroughX12ExceptWhatX12CannotSay() {
        // 300/301 carry a date without time (B103), no equipment ownership, and remarks in 30-character K1 pieces
        Pattern notInX12 = Pattern.compile(".*/(IssueDateTime|IsShipperOwned|Remark)\\b.*");
        for (String[] sample : new String[][] {{"shipping/nordwind-baltica-iftmbf-d96a.edi", "004010"},
                {"shipping/baltica-nordwind-iftmbc-d01b.edi", "005010"}}) {
            byte[] xml = one(Samples.read(sample[0]), Target.of(Format.ENTREPOT));
            byte[] back = one(one(xml, new Target(Format.X12, sample[1])), Target.of(Format.ENTREPOT));
            XmlFacts before = XmlFacts.parse(xml).without(path -> notInX12.matcher(path).matches());
            XmlFacts after = XmlFacts.parse(back).without(path -> notInX12.matcher(path).matches());
            assertTrue(before.values().size() > 20);
            assertEquals(List.of(), before.differences(after), sample[0] + " via " + sample[1]);
        }
    }
}
