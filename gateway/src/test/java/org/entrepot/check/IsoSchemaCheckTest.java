package org.entrepot.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.entrepot.check.directory.MessageSchemas;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.entrepot.identify.XmlEnvelopeReader;
import org.entrepot.translate.Format;
import org.entrepot.translate.MappingCatalog;
import org.entrepot.translate.Samples;
import org.entrepot.translate.Target;
import org.entrepot.translate.Translator;
import org.junit.jupiter.api.Test;

/**
 * The check stage holds every ISO 20022 kind the gateway takes in against ISO's own XSD, including
 * the two versions whose schemas are kept in the repository (pain.001.001.03, camt.054.001.04).
 */
class IsoSchemaCheckTest {

    private final InterchangeCheck check = new InterchangeCheck(Translator.transactionSchemas(new MessageSchemas()));

    private List<Rejection> check(byte[] document) {
        var envelope = new XmlEnvelopeReader().read(document);
        assertTrue(envelope.isAccepted(), envelope::toString);
        return check.check(document, envelope.value());
    }

    @Test
    void aPain00100103AsOurMappingsWriteItPassesTheCheck() {
        try (MappingCatalog mappings = Samples.mappings()) {
            var pain = new Translator(mappings).translate(Samples.read("payments/nordwind-elbufer-paymul-d96a.edi"),
                    new Target(Format.ISO20022, "pain.001.001.03"));
            assertTrue(pain.isAccepted(), pain::toString);
            assertEquals(List.of(), check(pain.value().get(0).content()));
        }
    }

    @Test
    void aPain00100103InThe2019LayoutIsRefusedWithTheLineOfTheFirstDifference() {
        String text = new String(Samples.read("payments/yuanhang-elbufer-pain.001.001.09.xml"), StandardCharsets.UTF_8)
                .replace("pain.001.001.09", "pain.001.001.03").replace("BICFI>", "BIC>");
        List<Rejection> problems = check(text.getBytes(StandardCharsets.UTF_8));
        assertTrue(!problems.isEmpty() && problems.stream().allMatch(p -> p.reason() == Reason.SCHEMA_INVALID), problems::toString);
        // <ReqdExctnDt><Dt>…</Dt></ReqdExctnDt> is 2019's; in 2009 the date stands in ReqdExctnDt itself
        Rejection first = problems.get(0);
        assertEquals(lineOf(text, "<ReqdExctnDt>"), first.position().line(), problems::toString);
        assertTrue(first.message().contains("Dt"), first::toString);
    }

    @Test
    void theBanksCamt05400104PassesAndABrokenStatusCodeIsRefused() {
        byte[] notification = Samples.read("payments/elbufer-nordwind-camt.054.001.04.xml");
        assertEquals(List.of(), check(notification));

        String broken = new String(notification, StandardCharsets.UTF_8).replace("<Sts>BOOK</Sts>", "<Sts>BOOKED</Sts>");
        List<Rejection> problems = check(broken.getBytes(StandardCharsets.UTF_8));
        assertTrue(!problems.isEmpty(), "BOOKED is no EntryStatus2Code");
        assertEquals(lineOf(broken, "<Sts>BOOKED"), problems.get(0).position().line(), problems::toString);
        assertTrue(problems.get(0).message().contains("BOOKED"), problems::toString);
    }

    private static int lineOf(String text, String marker) {
        return (int) text.substring(0, text.indexOf(marker)).chars().filter(c -> c == '\n').count() + 1;
    }
}
