package org.entrepot.translate.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.entrepot.check.ClasspathSchemas;
import org.entrepot.check.XmlSchemaCheck;
import org.entrepot.document.Outcome;
import org.entrepot.translate.Format;
import org.entrepot.translate.MappingCatalog;
import org.entrepot.translate.Samples;
import org.entrepot.translate.Target;
import org.entrepot.translate.TranslatedDocument;
import org.entrepot.translate.Translator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The first scenario: a PAYMUL with three payments in two currencies becomes a pain.001 in both versions. */
class PaymulToPain001Test {

    static final String NORDWIND_PAYMUL = "payments/nordwind-elbufer-paymul-d96a.edi";

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

    static byte[] translateOne(Translator translator, byte[] source, Format format, String version) {
        Outcome<List<TranslatedDocument>> outcome = translator.translate(source, new Target(format, version));
        assertTrue(outcome.isAccepted(), () -> outcome.rejections().toString());
        assertEquals(1, outcome.value().size());
        return outcome.value().get(0).content();
    }

    @Test
    void nordwindsPaymulBecomesAPain00100109ThatTheOfficialSchemaAccepts() {
        byte[] pain = translateOne(translator, Samples.read(NORDWIND_PAYMUL), Format.ISO20022, "pain.001.001.09");
        assertEquals(List.of(), XmlSchemaCheck.validate(pain, new ClasspathSchemas().schema("iso20022/pain.001.001.09.xsd")),
                () -> new String(pain, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("MxPain00100109", MxModel.parse(pain).modelName());
        assertNordwindsThreePayments(Pain001Facts.of(pain));
    }

    @Test
    void nordwindsPaymulBecomesAPain00100103ThatTheOfficialSchemaAccepts() {
        byte[] pain = translateOne(translator, Samples.read(NORDWIND_PAYMUL), Format.ISO20022, "pain.001.001.03");
        assertEquals(List.of(), IsoSchemas.problems(pain, "pain.001.001.03"), () -> new String(pain));
        assertEquals("MxPain00100103", MxModel.parse(pain).modelName());
        assertEquals(List.of(), StrictMxReading.problems(pain), "every element is one the pain.001.001.03 model knows, in its place");
        assertNordwindsThreePayments(Pain001Facts.of(pain));
    }

    private static void assertNordwindsThreePayments(Map<String, String> facts) {
        assertEquals("NW-PAY-2026-1120", facts.get("message.id"));
        assertEquals("2026-11-20T09:15", facts.get("message.created"));
        assertEquals("3", facts.get("message.transactions"));
        assertEquals("25380.50", facts.get("message.controlSum"));
        assertEquals("Nordwind Handel GmbH", facts.get("initiator.name"));
        assertEquals("4012345000009", facts.get("initiator.id"));
        assertEquals("GS1G", facts.get("initiator.scheme"));

        String eur = "order.NW-PAY-2026-1120-EUR";
        assertEquals("TRF", facts.get(eur + ".method"));
        assertEquals("2", facts.get(eur + ".transactions"));
        assertEquals("9650.50", facts.get(eur + ".controlSum"));
        assertEquals("2026-11-25", facts.get(eur + ".date"));
        assertEquals("DE89370400440532013000", facts.get(eur + ".debtor.iban"));
        assertEquals("EUR", facts.get(eur + ".debtor.currency"));
        assertEquals("ELBUDEHHXXX", facts.get(eur + ".debtor.bic"));
        assertEquals("Am Sandtorkai 41", facts.get(eur + ".debtor.street"));
        assertEquals("SHAR", facts.get(eur + ".chargeBearer"));
        assertEquals("DEBT", facts.get("order.NW-PAY-2026-1120-USD.chargeBearer"));
        assertEquals("2026-11-26", facts.get("order.NW-PAY-2026-1120-USD.date"));

        String first = "payment.NW-E2E-20261120-0001";
        assertEquals("NW-PAY-2026-1120-EUR", facts.get(first + ".order"));
        assertEquals("1250.00", facts.get(first + ".amount"));
        assertEquals("EUR", facts.get(first + ".currency"));
        assertEquals("FR7630006000011234567890189", facts.get(first + ".creditor.iban"));
        assertEquals("BNPAFRPPXXX", facts.get(first + ".creditor.bic"));
        assertEquals("Maison Dupont SARL", facts.get(first + ".creditor.name"));
        assertEquals("75002", facts.get(first + ".creditor.postcode"));
        assertEquals("Facture FR-2026-3381 du 02.11.2026", facts.get(first + ".remittance"));

        String second = "payment.NW-E2E-20261120-0002";
        assertEquals("8400.50", facts.get(second + ".amount"));
        assertEquals("EUR", facts.get(second + ".currency"));
        assertEquals("NL91ABNA0417164300", facts.get(second + ".creditor.iban"));
        assertEquals("ABNANL2AXXX", facts.get(second + ".creditor.bic"));
        assertEquals("Invoice MF-2026-11873: 18 pallets chilled goods, order PO-7781", facts.get(second + ".remittance"),
                "the release character before ':' is gone");

        String third = "payment.NW-E2E-20261120-0003";
        assertEquals("NW-PAY-2026-1120-USD", facts.get(third + ".order"));
        assertEquals("15730.00", facts.get(third + ".amount"));
        assertEquals("USD", facts.get(third + ".currency"));
        assertEquals("4820019977", facts.get(third + ".creditor.account"), "a US account has no IBAN");
        assertEquals(null, facts.get(third + ".creditor.iban"));
        assertEquals("BOFAUS3NXXX", facts.get(third + ".creditor.bic"));
        assertEquals("Lakeside Supply Co.", facts.get(third + ".creditor.name"));
        assertEquals("IL", facts.get(third + ".creditor.subdivision"));
        assertEquals("Invoice LS-88412, hardware fittings, net 30", facts.get(third + ".remittance"));
    }

    @Test
    void theStrictReadingOfPain00100103CatchesAnElementOfTheWrongVersion() {
        byte[] pain = translateOne(translator, Samples.read(NORDWIND_PAYMUL), Format.ISO20022, "pain.001.001.03");
        // BICFI is the 2019 name; a pain.001.001.03 must say BIC
        byte[] wrong = new String(pain, java.nio.charset.StandardCharsets.UTF_8).replace("<BIC>BNPAFRPPXXX</BIC>",
                "<BICFI>BNPAFRPPXXX</BICFI>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        List<String> problems = StrictMxReading.problems(wrong);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("BICFI"), problems::toString);
        var refused = IsoSchemas.problems(wrong, "pain.001.001.03");
        assertEquals(1, refused.size(), refused::toString);
        assertTrue(refused.get(0).message().contains("BICFI"), refused::toString);
    }

    @Test
    void theOfficialPain00100103SchemaRefusesWhatTheModelCannotSee() {
        byte[] pain = translateOne(translator, Samples.read(NORDWIND_PAYMUL), Format.ISO20022, "pain.001.001.03");
        String text = new String(pain, java.nio.charset.StandardCharsets.UTF_8);
        // a currency code of the wrong length and an end-to-end id over Max35Text: names and nesting are fine
        byte[] wrong = text.replaceFirst("Ccy=\"EUR\"", "Ccy=\"EURO\"")
                .replace("NW-E2E-20261120-0001", "NW-E2E-20261120-0001-" + "X".repeat(20))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(List.of(), StrictMxReading.problems(wrong), "Prowide's model reads names and nesting only");
        var refused = IsoSchemas.problems(wrong, "pain.001.001.03");
        assertTrue(refused.stream().anyMatch(r -> r.message().contains("Max35Text")), refused::toString);
        assertTrue(refused.stream().anyMatch(r -> r.message().contains("'EURO'")), refused::toString);
        assertTrue(refused.stream().allMatch(r -> r.position().line() > 0), refused::toString);
    }

    @Test
    void theCamt05400104SampleIsValidAgainstTheOfficialSchemaAndProwidesModel() {
        byte[] notification = Samples.read("payments/elbufer-nordwind-camt.054.001.04.xml");
        assertEquals(List.of(), IsoSchemas.problems(notification, "camt.054.001.04"));
        assertEquals("MxCamt05400104", MxModel.parse(notification).modelName());
        assertEquals(List.of(), StrictMxReading.problems(notification));
        Object document = MxModel.parse(notification).document("BkToCstmrDbtCdtNtfctn");
        assertEquals("9650.50", MxModel.text(document, "Ntfctn/Ntry/Amt/Value"));
        assertEquals("DBIT", MxModel.text(document, "Ntfctn/Ntry/CdtDbtInd"));
    }

    @Test
    void theCamt054SampleIsReadCompletelyByProwidesModel() {
        byte[] notification = Samples.read("payments/elbufer-nordwind-camt.054.001.08.xml");
        assertEquals("MxCamt05400108", MxModel.parse(notification).modelName());
        assertEquals(List.of(), StrictMxReading.problems(notification));
        Object document = MxModel.parse(notification).document("BkToCstmrDbtCdtNtfctn");
        assertEquals("397.53", MxModel.text(document, "Ntfctn/Ntry/Amt/Value"));
        assertEquals("GLX-E2E-INV-2026-0417", MxModel.text(document, "Ntfctn/Ntry/NtryDtls/TxDtls/Refs/EndToEndId"));
    }
}
