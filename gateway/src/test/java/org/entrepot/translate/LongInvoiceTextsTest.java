package org.entrepot.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.entrepot.check.InterchangeCheck;
import org.entrepot.check.directory.MessageSchemas;
import org.entrepot.identify.EdifactEnvelopeReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * UBL texts are longer than EDIFACT's elements: an item name of 100 characters, a charge reason of
 * 60, a county spelt out. The INVOIC a UBL invoice becomes must still pass the check stage, and
 * the texts must come back whole (the county only where the directory has room for it).
 */
class LongInvoiceTextsTest {

    private static final String ITEM_NAME = "Gouda belegen, wheel 12 kg, matured 26 weeks in the Meridian cellars at Bodegraven"
            + ", lot MF-2026-4471";
    private static final String CHARGE_REASON = "Refrigerated freight Rotterdam-Hamburg, two pallets, 2-8 °C";
    private static final String COUNTY = "Freie und Hansestadt Hamburg";

    private final InterchangeCheck check = new InterchangeCheck(Translator.transactionSchemas(new MessageSchemas()));

    private static byte[] invoiceWithLongTexts() {
        String ubl = new String(Samples.read("invoices/meridian-nordwind-ubl-invoice.xml"), StandardCharsets.UTF_8)
                .replace("<cbc:Name>Gouda belegen, wheel 12 kg</cbc:Name>", "<cbc:Name>" + ITEM_NAME + "</cbc:Name>")
                .replace("<cbc:AllowanceChargeReasonCode>FC</cbc:AllowanceChargeReasonCode>",
                        "<cbc:AllowanceChargeReasonCode>FC</cbc:AllowanceChargeReasonCode><cbc:AllowanceChargeReason>"
                                + CHARGE_REASON + "</cbc:AllowanceChargeReason>")
                .replace("<cbc:PostalZone>20457</cbc:PostalZone>", "<cbc:PostalZone>20457</cbc:PostalZone><cbc:CountrySubentity>"
                        + COUNTY + "</cbc:CountrySubentity>");
        assertTrue(ubl.contains(ITEM_NAME) && ubl.contains(CHARGE_REASON) && ubl.contains(COUNTY), "the sample changed");
        return ubl.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"D96A", "D01B"})
    void longTextsBecomeAnInvoicTheCheckAcceptsAndComeBackWhole(String directory) {
        byte[] invoic = SampleTranslations.translateOne(invoiceWithLongTexts(), new Target(Format.EDIFACT, directory)).content();
        String text = new String(invoic, StandardCharsets.ISO_8859_1);

        var envelope = new EdifactEnvelopeReader().read(invoic);
        assertTrue(envelope.isAccepted(), envelope::toString);
        assertEquals(List.of(), check.check(invoic, envelope.value()), text);
        // 100 characters: 2 x 35 in the first IMD, the rest in a second one
        assertTrue(text.contains("IMD+F++:::" + ITEM_NAME.substring(0, 35) + ":" + ITEM_NAME.substring(35, 70) + "'"), text);
        assertTrue(text.contains("IMD+F++:::" + ITEM_NAME.substring(70) + "'"), text);

        UblDocument back = UblDocument.parse(SampleTranslations.translateOne(invoic, Target.of(Format.UBL)).content());
        assertEquals(ITEM_NAME, back.text("/inv:Invoice/cac:InvoiceLine[1]/cac:Item/cbc:Name"));
        assertEquals(CHARGE_REASON, back.text("/inv:Invoice/cac:AllowanceCharge[1]/cbc:AllowanceChargeReason"));
        String county = back.text("/inv:Invoice/cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:CountrySubentity");
        // D.96A's NAD has only the 9-character code 3229; D.01B names the sub-entity in C819 3228
        assertEquals("D01B".equals(directory) ? COUNTY : "", county);
    }
}
