package org.entrepot.sign.autack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.entrepot.document.Outcome;
import org.entrepot.identify.Identification;
import org.entrepot.identify.Identifier;
import org.entrepot.partner.PartnerDirectory;
import org.entrepot.sign.DemoPki;
import org.entrepot.sign.SigningKey;
import org.entrepot.translate.Format;
import org.entrepot.translate.MappingCatalog;
import org.entrepot.translate.Samples;
import org.entrepot.translate.TranslatedDocument;
import org.entrepot.translate.Translator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An INVOIC secured by an AUTACK in the same interchange is still one invoice to identify and translate. */
class SecuredInterchangeFlowTest {

    @TempDir
    Path pkiDirectory;

    @Test
    void nordwindsInvoicWithItsAutackIsIdentifiedAsAnInvoiceAndTranslatedWithoutTheAutack() {
        SigningKey nordwind = DemoPki.ensure(pkiDirectory, List.of("nordwind")).partnerKey("nordwind").orElseThrow();
        byte[] secured = new AutackWriter().secure(Samples.read("invoices/nordwind-globex-invoic-d96a.edi"), nordwind).value();

        Outcome<Identification> identified = new Identifier(PartnerDirectory.load(Samples.repository()
                .resolve("samples/partners.yaml"))).identify(secured);
        assertTrue(identified.isAccepted(), identified::toString);
        assertEquals("INVOIC", identified.value().envelope().messageType());

        try (MappingCatalog mappings = Samples.mappings()) {
            Outcome<List<TranslatedDocument>> translated = new Translator(mappings).translate(secured, Format.UBL);
            assertTrue(translated.isAccepted(), translated::toString);
            assertEquals(1, translated.value().size(), "the AUTACK is not a document of its own");
        }
    }
}
