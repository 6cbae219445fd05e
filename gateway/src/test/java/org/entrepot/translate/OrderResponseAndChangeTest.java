package org.entrepot.translate;

import static org.entrepot.translate.EdifactOrderTest.translate;
import static org.entrepot.translate.EdifactOrderTest.translateOne;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.helger.ubl21.UBL21Marshaller;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.validation.Schema;
import org.entrepot.check.XmlSchemaCheck;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Order responses (ORDRSP, 855) and order changes (ORDCHG, 860) to UBL 2.1 and back, in every directory and version. */
class OrderResponseAndChangeTest {

    private static final Charset LATIN1 = StandardCharsets.ISO_8859_1;
    private static final Charset UTF8 = StandardCharsets.UTF_8;

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

    /** Each EDI sample: its charset, how many messages it holds, the UBL it becomes, and the target that writes it back. */
    static Stream<Arguments> ediSamples() {
        Schema response = UBL21Marshaller.orderResponse().getSchema();
        Schema change = UBL21Marshaller.orderChange().getSchema();
        return Stream.of(
                Arguments.of("orders/nordwind-globex-ordrsp-d96a.edi", LATIN1, 1, response, new Target(Format.EDIFACT, "D96A"), 70),
                Arguments.of("orders/yuanhang-globex-ordrsp-d01b-unow.edi", UTF8, 1, response, new Target(Format.EDIFACT, "D01B"), 60),
                Arguments.of("orders/lakeside-atlas-855-4010.edi", UTF8, 1, response, new Target(Format.X12, "004010"), 70),
                Arguments.of("orders/lakeside-atlas-855-5010.edi", UTF8, 2, response, new Target(Format.X12, "005010"), 25),
                Arguments.of("orders/globex-nordwind-ordchg-d96a.edi", LATIN1, 2, change, new Target(Format.EDIFACT, "D96A"), 30),
                Arguments.of("orders/globex-yuanhang-ordchg-d01b-unow.edi", UTF8, 1, change, new Target(Format.EDIFACT, "D01B"), 40),
                Arguments.of("orders/atlas-lakeside-860-4010.edi", UTF8, 1, change, new Target(Format.X12, "004010"), 60),
                Arguments.of("orders/atlas-lakeside-860-5010.edi", UTF8, 2, change, new Target(Format.X12, "005010"), 25));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ediSamples")
    void everyMessageBecomesSchemaValidUblAndComesBackWithEveryBusinessValue(String sample, Charset charset, int messages,
                                                                            Schema schema, Target back, int expected) {
        byte[] original = Samples.read(sample);
        OrderFacts before = OrderFacts.read(original, charset);
        assertEquals(List.of(), before.problems(), "the sample is valid");
        assertEquals(messages, before.messages().size());

        List<TranslatedDocument> ubl = translate(translator, original, Target.of(Format.UBL));
        assertEquals(messages, ubl.size());
        for (int i = 0; i < messages; i++) {
            assertEquals(List.of(), XmlSchemaCheck.validate(ubl.get(i).content(), schema), "message " + (i + 1));
            OrderFacts after = OrderFacts.read(translateOne(translator, ubl.get(i).content(), back), charset);
            assertEquals(List.of(), after.problems(), "what comes back is valid");
            OrderFacts.assertSameBusinessValues(before.messages().get(i), after.only(), i == 0 ? expected : 20);
        }
    }

    @Test
    void nordwindsResponseStatesWhatItAcceptsChangesAndRefuses() {
        UblDocument response = UblDocument.parse(translateOne(translator, Samples.read("orders/nordwind-globex-ordrsp-d96a.edi"),
                Target.of(Format.UBL)));

        assertAll(
                () -> assertEquals("NW-OR-2026-0881", response.text("/*/cbc:ID")),
                () -> assertEquals("CA", response.text("/*/cbc:OrderResponseCode")),
                () -> assertEquals("GX-PO-2026-0881", response.text("/*/cac:OrderReference/cbc:ID")),
                () -> assertEquals("2026-11-18", response.text("/*/cac:OrderReference/cbc:IssueDate")),
                () -> assertEquals("Lena Vogt", response.text("//cac:SellerSupplierParty//cac:Contact/cbc:Name")),
                () -> assertEquals("5", response.text("(//cac:LineItem)[1]/cbc:LineStatusCode")),
                () -> assertEquals("3", response.text("(//cac:LineItem)[2]/cbc:LineStatusCode")),
                () -> assertEquals("800", response.text("(//cac:LineItem)[2]/cbc:Quantity")),
                () -> assertEquals("2026-12-07", response.text("(//cac:LineItem)[2]//cac:PromisedDeliveryPeriod/cbc:StartDate")),
                () -> assertEquals("7", response.text("(//cac:LineItem)[3]/cbc:LineStatusCode")),
                () -> assertEquals("287.18", response.text("//cac:LegalMonetaryTotal/cbc:PayableAmount")));
    }

    @Test
    void lakesidesAcknowledgmentReachesAnEdifactBuyerAsOrdrsp() {
        byte[] ordrsp = translateOne(translator, Samples.read("orders/lakeside-atlas-855-4010.edi"), new Target(Format.EDIFACT, "D96A"));
        OrderFacts facts = OrderFacts.read(ordrsp, LATIN1);

        assertEquals(List.of(), facts.problems());
        assertAll(
                () -> assertEquals("ORDRSP", facts.envelopes().get(0).get("UNH/e02_01")),
                () -> assertEquals("LS-SO-88120", facts.only().get("BGM[1]/e02")),
                () -> assertEquals("4", facts.only().get("BGM[1]/e03"), "AC, acknowledged with changes"),
                () -> assertEquals("CA", facts.only().get("BGM[1]/e04")),
                () -> assertEquals("AH-PO-55120", facts.only().get("SG1[1]/RFF[1]/e01_02")),
                () -> assertEquals("5", facts.only().get("SG26[1]/LIN[1]/e02"), "IA, accepted"),
                () -> assertEquals("3", facts.only().get("SG26[2]/LIN[1]/e02"), "IC, changed"),
                () -> assertEquals("20261211", facts.only().get("SG26[2]/DTM[1]/e01_02")),
                () -> assertEquals("7", facts.only().get("SG26[3]/LIN[1]/e02"), "IR, rejected"));
    }

    @Test
    void atlassChangeCarriesItsSequenceAndWhatHappensToEachLine() {
        UblDocument change = UblDocument.parse(translateOne(translator, Samples.read("orders/atlas-lakeside-860-4010.edi"),
                Target.of(Format.UBL)));

        assertAll(
                () -> assertEquals("AH-CR-55120-2", change.text("/*/cbc:ID")),
                () -> assertEquals("2", change.text("/*/cbc:SequenceNumberID")),
                () -> assertEquals("2026-11-20", change.text("/*/cbc:IssueDate")),
                () -> assertEquals("AH-PO-55120", change.text("/*/cac:OrderReference/cbc:ID")),
                () -> assertEquals("220", change.text("/*/cac:OrderReference/cbc:OrderTypeCode")),
                () -> assertEquals("3", change.text("(//cac:LineItem)[1]/cbc:LineStatusCode"), "CA, changed"),
                () -> assertEquals("2", change.text("(//cac:LineItem)[2]/cbc:LineStatusCode"), "DI, deleted"),
                () -> assertEquals("1", change.text("(//cac:LineItem)[3]/cbc:LineStatusCode"), "AI, added"),
                () -> assertEquals("31.00", change.text("(//cac:LineItem)[3]/cbc:LineExtensionAmount")));
    }

    static final List<String> RESPONSE_FACTS = List.of("/*/cbc:ID", "/*/cbc:IssueDate", "/*/cbc:OrderResponseCode",
            "/*/cbc:DocumentCurrencyCode", "/*/cac:OrderReference/cbc:ID", "/*/cac:OrderReference/cbc:IssueDate",
            "/*/cac:Contract/cbc:ID", "//cac:SellerSupplierParty//cbc:EndpointID", "//cac:SellerSupplierParty//cbc:CityName",
            "//cac:SellerSupplierParty//cac:Contact/cbc:Telephone", "//cac:BuyerCustomerParty//cac:PartyName/cbc:Name",
            "//cac:LegalMonetaryTotal/cbc:PayableAmount", "(//cac:LineItem)[3]/cbc:LineStatusCode", "(//cac:LineItem)[3]/cbc:Quantity",
            "(//cac:LineItem)[3]/cbc:Quantity/@unitCode", "(//cac:LineItem)[3]//cac:PromisedDeliveryPeriod/cbc:StartDate",
            "(//cac:LineItem)[2]/cac:Price/cbc:PriceAmount", "(//cac:LineItem)[1]/cac:Item/cbc:Name",
            "(//cac:LineItem)[1]//cac:StandardItemIdentification/cbc:ID");

    static final List<String> CHANGE_FACTS = List.of("/*/cbc:ID", "/*/cbc:IssueDate", "/*/cbc:SequenceNumberID",
            "/*/cbc:DocumentCurrencyCode", "/*/cac:OrderReference/cbc:ID", "/*/cac:OrderReference/cbc:IssueDate",
            "/*/cac:Contract/cbc:ID", "//cac:BuyerCustomerParty//cbc:EndpointID", "//cac:BuyerCustomerParty//cbc:ElectronicMail",
            "//cac:SellerSupplierParty//cac:PartyName/cbc:Name", "//cac:AnticipatedMonetaryTotal/cbc:PayableAmount",
            "(//cac:LineItem)[1]/cbc:LineStatusCode", "(//cac:LineItem)[1]/cbc:Quantity", "(//cac:LineItem)[1]/cac:Price/cbc:PriceAmount",
            "(//cac:LineItem)[2]/cbc:LineStatusCode", "(//cac:LineItem)[2]/cbc:Quantity", "(//cac:LineItem)[2]/cac:Item/cbc:Name");

    static Stream<Arguments> ublSamples() {
        return Stream.of(
                Arguments.of("orders/meridian-nordwind-ubl-order-response.xml", UBL21Marshaller.orderResponse().getSchema(),
                        RESPONSE_FACTS, List.of("D96A", "D01B"), List.of("004010", "005010")),
                Arguments.of("orders/nordwind-meridian-ubl-order-change.xml", UBL21Marshaller.orderChange().getSchema(),
                        CHANGE_FACTS, List.of("D01B"), List.of("004010", "005010")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ublSamples")
    void aUblDocumentGoesToEveryDirectoryAndVersionAndComesBackTheSame(String sample, Schema schema, List<String> paths,
                                                                     List<String> directories, List<String> versions) {
        byte[] original = Samples.read(sample);
        assertEquals(List.of(), XmlSchemaCheck.validate(original, schema), "the sample itself is valid UBL");
        UblDocument before = UblDocument.parse(original);
        Stream.concat(directories.stream().map(d -> new Target(Format.EDIFACT, d)), versions.stream().map(v -> new Target(Format.X12, v)))
                .forEach(target -> {
                    byte[] edi = translateOne(translator, original, target);
                    assertEquals(List.of(), OrderFacts.read(edi, StandardCharsets.ISO_8859_1).problems(), target.toString());
                    byte[] back = translateOne(translator, edi, Target.of(Format.UBL));
                    assertEquals(List.of(), XmlSchemaCheck.validate(back, schema), target.toString());
                    UblDocument after = UblDocument.parse(back);
                    for (String path : paths) {
                        assertTrue(!before.text(path).isEmpty(), "the sample has a value at " + path);
                        assertEquals(before.text(path), after.text(path), target + " " + path);
                    }
                });
    }

    @Test
    void aD96aOrderChangeHasNoPlaceForTheSequenceNumberAndReadsAsTheFirst() {
        byte[] ordchg = translateOne(translator, Samples.read("orders/nordwind-meridian-ubl-order-change.xml"), new Target(Format.EDIFACT, "D96A"));
        UblDocument back = UblDocument.parse(translateOne(translator, ordchg, Target.of(Format.UBL)));

        assertTrue(new String(ordchg, LATIN1).contains("BGM+230+NW-PC-2026-5521-2+4'"), "D.96A's BGM has no version identifier");
        assertEquals("1", back.text("/*/cbc:SequenceNumberID"));
        assertEquals("NW-PC-2026-5521-2", back.text("/*/cbc:ID"));
    }
}
