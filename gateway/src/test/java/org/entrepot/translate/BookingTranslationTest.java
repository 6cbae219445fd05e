package org.entrepot.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.xml.bind.JAXBContext;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import org.entrepot.check.ClasspathSchemas;
import org.entrepot.check.XmlSchemaCheck;
import org.entrepot.schema.shipping.booking.BookingConfirmation;
import org.entrepot.schema.shipping.booking.BookingRequest;
import org.entrepot.schema.shipping.booking.BookingStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** IFTMBF and IFTMBC (D.96A, D.01B) to our booking XML, valid against booking-1.xsd, and back field by field. */
class BookingTranslationTest {

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
    void nordwindsIftmbfBecomesAValidBookingRequest() throws Exception {
        BookingRequest request = read(one(Samples.read("shipping/nordwind-baltica-iftmbf-d96a.edi"), Target.of(Format.XML)),
                BookingRequest.class);

        assertEquals("NWH-BR-2026-0219", request.getCarrierBookingRequestReference());
        assertEquals("2026-11-21", request.getExpectedDepartureDate().toXMLFormat());
        assertEquals("BLTC", request.getCarrierCode());
        assertEquals("Nordwind Handel GmbH", request.getShipper().getName());
        assertEquals("export@nordwind.example", request.getShipper().getContact().getEmail());
        assertEquals("USNYC", request.getPortOfDischarge().getUNLocationCode());
        assertEquals(List.of("848180", "841370"), request.getCommodity().get(0).getHSCode());
        assertEquals(new BigDecimal("4670.5"), request.getCommodity().get(0).getCargoGrossWeight().getValue());
        assertEquals("22G1", request.getRequestedEquipment().get(1).getISOEquipmentCode());
        assertEquals(2, request.getRequestedEquipment().get(1).getUnits().intValue());
        assertEquals(true, request.getRequestedEquipment().get(1).isIsShipperOwned());
    }

    @Test
    void balticasIftmbcBecomesAValidConfirmationOfThatRequest() throws Exception {
        BookingConfirmation confirmation = read(one(Samples.read("shipping/baltica-nordwind-iftmbc-d01b.edi"), Target.of(Format.XML)),
                BookingConfirmation.class);

        assertEquals("BLT2611HAM0042", confirmation.getCarrierBookingReference());
        assertEquals("NWH-BR-2026-0219", confirmation.getCarrierBookingRequestReference());
        assertEquals(BookingStatus.CONFIRMED, confirmation.getBookingStatus());
        assertEquals("2026-11-23T18:00:00", confirmation.getPlannedDepartureDateTime().toXMLFormat());
        assertEquals("2026-12-04T07:00:00", confirmation.getPlannedArrivalDateTime().toXMLFormat());
        assertEquals("BALTICA SPIRIT", confirmation.getTransport().getVesselName());
        assertEquals(2, confirmation.getConfirmedEquipment().size());
    }

    private static void assertEdiRoundTrip(String sample, String directory) {
        byte[] original = Samples.read(sample);
        byte[] back = one(one(original, Target.of(Format.ENTREPOT)), new Target(Format.EDIFACT, directory));
        EdiFacts before = EdiFacts.read(original, StandardCharsets.ISO_8859_1);
        EdiFacts after = EdiFacts.read(back, StandardCharsets.ISO_8859_1);
        assertEquals(List.of(), before.problems());
        assertEquals(List.of(), after.problems());
        assertTrue(before.business().size() > 40, "the extractor reads the whole sample: " + before.business().size());
        assertEquals(List.of(), before.differences(after), sample);
    }

    @Test
    void bookingMessagesKeepEveryDataElementThroughTheXml() {
        assertEdiRoundTrip("shipping/nordwind-baltica-iftmbf-d96a.edi", "D96A");
        assertEdiRoundTrip("shipping/baltica-nordwind-iftmbc-d01b.edi", "D01B");
    }

    @Test
    void bookingXmlComesBackFieldByFieldThroughTheOtherDirectory() {
        for (String[] sample : new String[][] {{"shipping/nordwind-baltica-iftmbf-d96a.edi", "D01B"},
                {"shipping/baltica-nordwind-iftmbc-d01b.edi", "D96A"}}) {
            byte[] xml = one(Samples.read(sample[0]), Target.of(Format.ENTREPOT));
            byte[] back = one(one(xml, new Target(Format.EDIFACT, sample[1])), Target.of(Format.ENTREPOT));
            XmlFacts before = XmlFacts.parse(xml);
            assertTrue(before.values().size() > 20);
            assertEquals(List.of(), before.differences(XmlFacts.parse(back)), sample[0] + " via " + sample[1]);
        }
    }
}
