package org.entrepot.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.entrepot.check.InterchangeCheck;
import org.entrepot.check.directory.MessageSchemas;
import org.entrepot.document.Outcome;
import org.entrepot.identify.EdifactEnvelopeReader;
import org.entrepot.identify.Envelope;
import org.entrepot.identify.X12EnvelopeReader;
import org.entrepot.partner.EnvelopeSettings;
import org.entrepot.partner.IdScheme;
import org.entrepot.partner.Partner;
import org.entrepot.partner.PartnerDirectory;
import org.junit.jupiter.api.Test;

/** The gateway's own envelope on what a mapping wrote: numbered, addressed and grouped per agreement. */
class OutboundEnvelopeTest {

    private static final PartnerDirectory PARTNERS = PartnerDirectory.load(Samples.repository().resolve("samples/partners.yaml"));

    @Test
    void meridiansInvoicToNordwindTravelsInAUngGroupWithTheAgreementsApplicationCodesAndOurNumber() {
        byte[] mapped = translate("invoices/meridian-nordwind-ubl-invoice.xml", Format.EDIFACT);
        EnvelopeSettings settings = new EnvelopeSettings(Optional.empty(), Optional.empty(), Optional.of(true),
                "MERIDIAN-AR", "NORDWIND-AP", true);

        byte[] enveloped = OutboundEnvelope.apply(mapped, Format.EDIFACT, "4711", partner("meridian"), partner("nordwind"), settings);

        List<String> segments = segments(enveloped);
        assertTrue(segments.get(1).matches("UNB\\+UNOC:3\\+8712345000004:14\\+4012345000009:14\\+\\d{6}:\\d{4}\\+4711\\+\\+INVOIC\\+\\+\\+\\+1"),
                segments.get(1));
        assertTrue(segments.get(2).matches("UNG\\+INVOIC\\+MERIDIAN-AR\\+NORDWIND-AP\\+\\d{6}:\\d{4}\\+4711\\+UN\\+D:96A"),
                segments.get(2));
        assertEquals("UNE+1+4711", segments.get(segments.size() - 2));
        assertEquals("UNZ+1+4711", segments.get(segments.size() - 1));
        Outcome<Envelope> envelope = new EdifactEnvelopeReader().read(enveloped);
        assertTrue(envelope.isAccepted(), envelope::toString);
        assertTrue(envelope.value().test());
        assertEquals(List.of(), new InterchangeCheck(Translator.transactionSchemas(new MessageSchemas()))
                .check(enveloped, envelope.value()), "the grouped interchange is still valid EDIFACT");
    }

    @Test
    void nordwindsX12ToAtlasNamesNordwindByDunsAndCarriesOurNumberInIsaGsGeAndIea() {
        byte[] mapped = translate("invoices/nordwind-globex-invoic-d96a.edi", Format.X12);
        EnvelopeSettings settings = new EnvelopeSettings(Optional.of(IdScheme.DUNS), Optional.empty(), Optional.empty(),
                "NORDWIND", "", false);

        byte[] enveloped = OutboundEnvelope.apply(mapped, Format.X12, "000000042", partner("nordwind"), partner("atlas"), settings);

        String text = new String(enveloped, StandardCharsets.UTF_8);
        String[] isa = text.substring(0, 106).split("\\*");
        assertEquals("01", isa[5]);
        assertEquals("313000001      ", isa[6]);
        assertEquals("000000042", isa[13]);
        assertTrue(text.contains("GS*IN*NORDWIND*"), text);
        assertTrue(text.matches("(?s).*GS\\*IN\\*NORDWIND\\*[^*]*\\*\\d{8}\\*\\d{4}\\*42\\*X\\*004010~.*"), text);
        assertTrue(text.contains("GE*1*42~"), text);
        assertTrue(text.strip().endsWith("IEA*1*000000042~"), text);
        Outcome<Envelope> envelope = new X12EnvelopeReader().read(enveloped);
        assertTrue(envelope.isAccepted(), envelope::toString);
        assertEquals("000000042", envelope.value().controlReference());
    }

    private static byte[] translate(String sample, Format target) {
        try (MappingCatalog mappings = Samples.mappings()) {
            Outcome<List<TranslatedDocument>> outcome = new Translator(mappings).translate(Samples.read(sample), target);
            assertTrue(outcome.isAccepted(), outcome::toString);
            return outcome.value().get(0).content();
        }
    }

    private static Partner partner(String id) {
        return PARTNERS.partner(id).orElseThrow();
    }

    private static List<String> segments(byte[] edifact) {
        return Arrays.stream(new String(edifact, StandardCharsets.ISO_8859_1).split("'\n?"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
