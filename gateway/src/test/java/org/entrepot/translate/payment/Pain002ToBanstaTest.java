package org.entrepot.translate.payment;

import static org.entrepot.translate.payment.PaymentOrderRoundTripTest.ediFacts;
import static org.entrepot.translate.payment.PaymulToPain001Test.translateOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.entrepot.check.ClasspathSchemas;
import org.entrepot.check.XmlSchemaCheck;
import org.entrepot.identify.EdifactEnvelopeReader;
import org.entrepot.translate.Format;
import org.entrepot.translate.MappingCatalog;
import org.entrepot.translate.Samples;
import org.entrepot.translate.Translator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bank's status report (pain.002) reaches an EDIFACT customer as a BANSTA that names every rejected payment. */
class Pain002ToBanstaTest {

    static final String ELBUFER_STATUS = "payments/elbufer-nordwind-pain.002.001.10.xml";

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

    @ParameterizedTest
    @ValueSource(strings = {"D96A", "D01B"})
    void elbufersRejectionOfTheUsdPaymentBecomesABanstaForNordwind(String directory) {
        byte[] report = Samples.read(ELBUFER_STATUS);
        assertEquals(List.of(), XmlSchemaCheck.validate(report, new ClasspathSchemas().schema("iso20022/pain.002.001.10.xsd")),
                "the sample is valid against the official schema");

        byte[] bansta = translateOne(translator, report, Format.EDIFACT, directory);
        var envelope = new EdifactEnvelopeReader().read(bansta);
        assertTrue(envelope.isAccepted(), envelope::toString);
        assertEquals("ELBUDEHHXXX", envelope.value().senderId());
        assertEquals("4012345000009", envelope.value().receiverId());
        assertEquals("BANSTA", envelope.value().messageType());

        Map<String, String> facts = ediFacts(bansta, StandardCharsets.ISO_8859_1);
        assertEquals("ELBU-STS-20261120-0042", facts.getOrDefault("message1.BGM.e02", facts.get("message1.BGM.e02_01")));
        assertEquals("NW-PAY-2026-1120", facts.get("message1.RFF[ACW].e01_02"), "the original message");
        assertEquals("PRT", facts.get("message1.LIN1.SEQ1.GIS[PRT].e01_01"), "the group is partly accepted");
        // LIN3 is the USD payment order's only payment
        assertEquals("NW-PAY-2026-1120-USD", facts.get("message1.LIN3.RFF[AEK].e01_02"));
        assertEquals("NW-E2E-20261120-0003", facts.get("message1.LIN3.RFF[CR].e01_02"));
        assertEquals("RJT", facts.get("message1.LIN3.SEQ1.GIS[RJT].e01_01"));
        assertEquals("15730.00", facts.get("message1.LIN3.SEQ1.MOA[9].e01_02"));
        assertEquals("USD", facts.get("message1.LIN3.SEQ1.MOA[9].e01_03"));
        assertEquals("AC01", facts.get("message1.LIN3.SEQ1.FTX[AAO].e04_01"));
        assertEquals("Account 4820019977 unknown at BOFAUS3NXXX", facts.get("message1.LIN3.SEQ1.FTX[AAO].e04_02"));
        assertEquals("NW-E2E-20261120-0001", facts.get("message1.LIN5.RFF[CR].e01_02"));
        assertEquals("ACP", facts.get("message1.LIN5.SEQ1.GIS[ACP].e01_01"));
    }
}
