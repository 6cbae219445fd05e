package org.entrepot.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.helger.ubl21.UBL21Marshaller;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.entrepot.check.XmlSchemaCheck;
import org.entrepot.config.GatewayConfig;
import org.entrepot.config.GatewaySetting;
import org.entrepot.partner.PartnerDirectory;
import org.entrepot.receive.DocumentFlow;
import org.entrepot.track.DocumentStatus;
import org.entrepot.track.EventType;
import org.entrepot.translate.MappingCatalog;
import org.entrepot.translate.Samples;
import org.entrepot.translate.UblDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An 810 005010 interchange with an invoice and a credit memo, through the whole gateway. */
class InvoiceExtrasJourneyTest {

    @TempDir
    Path data;
    private MappingCatalog mappings;
    private Gateway gateway;
    private GatewayConfig config;

    @BeforeEach
    void start() {
        Map<String, String> settings = TestGateways.settings(data);
        settings.put(GatewaySetting.PARTNERS_FILE.key(), Samples.repository().resolve("samples/partners.yaml").toString());
        config = GatewayConfig.of(settings);
        mappings = Samples.mappings();
        PartnerDirectory partners = PartnerDirectory.load(config.partnersFile());
        Function<Evidence, DocumentFlow> flow = evidence -> DocumentPipeline.standard(config.dataDir(),
                config.outboxDir(), partners, mappings, evidence);
        gateway = Gateway.start(config, flow);
    }

    @AfterEach
    void stop() {
        gateway.stop();
        mappings.close();
    }

    @Test
    void lakesidesInvoiceAndCreditMemoReachGlobexAsAUblInvoiceAndAUblCreditNote() throws Exception {
        Path part = gateway.inbox().resolve("lakeside-810.x12.part");
        Files.write(part, Samples.read("invoices/lakeside-globex-810-5010.edi"));
        Files.move(part, gateway.inbox().resolve("lakeside-810.x12"));

        DocumentStatus status = await().atMost(Duration.ofSeconds(120)).until(() -> gateway.tracking().recent(50).stream()
                .filter(s -> s.lastEvent() == EventType.DELIVERED || s.lastEvent() == EventType.REJECTED)
                .filter(s -> gateway.tracking().history(s.messageId()).get(0).detail().contains("\"lakeside-810.x12\""))
                .findFirst(), Optional::isPresent).orElseThrow();

        assertEquals(EventType.DELIVERED, status.lastEvent(), () -> gateway.tracking().history(status.messageId()).toString());
        Path outbox = config.outboxDir().resolve("globex");
        byte[] invoice = Files.readAllBytes(outbox.resolve(status.messageId() + "-1.xml"));
        byte[] creditNote = Files.readAllBytes(outbox.resolve(status.messageId() + "-2.xml"));
        assertEquals(List.of(), XmlSchemaCheck.validate(invoice, UBL21Marshaller.invoice().getSchema()));
        assertEquals(List.of(), XmlSchemaCheck.validate(creditNote, UBL21Marshaller.creditNote().getSchema()));
        assertEquals("LS-2026-1402", UblDocument.parse(invoice).text("/*/cbc:ID"));
        assertEquals("LS-CR-2026-0088", UblDocument.parse(creditNote).text("/*/cbc:ID"));
    }

    @Test
    void nordwindsInvoicReachesHansaAsACrossIndustryInvoiceBecauseTheAgreementSaysCii() throws Exception {
        // Nordwind's sample invoice, addressed to Hansa instead of Globex (UNB receiver and NAD+BY)
        String invoic = new String(Samples.read("invoices/nordwind-globex-invoic-d96a.edi"), java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("5012345000008", "4012345000030");
        Path part = gateway.inbox().resolve("nordwind-hansa.edi.part");
        Files.write(part, invoic.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Files.move(part, gateway.inbox().resolve("nordwind-hansa.edi"));

        DocumentStatus status = await().atMost(Duration.ofSeconds(120)).until(() -> gateway.tracking().recent(50).stream()
                .filter(s -> s.lastEvent() == EventType.DELIVERED || s.lastEvent() == EventType.REJECTED)
                .filter(s -> gateway.tracking().history(s.messageId()).get(0).detail().contains("\"nordwind-hansa.edi\""))
                .findFirst(), Optional::isPresent).orElseThrow();

        assertEquals(EventType.DELIVERED, status.lastEvent(), () -> gateway.tracking().history(status.messageId()).toString());
        byte[] cii = Files.readAllBytes(config.outboxDir().resolve("hansa").resolve(status.messageId() + "-1.xml"));
        assertEquals(List.of(), XmlSchemaCheck.validate(cii, new org.entrepot.check.ClasspathSchemas()
                .schema("external/schemas/d16b/data/standard/CrossIndustryInvoice_100pD16B.xsd")));
        String text = new String(cii, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(true, text.contains("<ram:URIID schemeID=\"0088\">4012345000030</ram:URIID>"), "Hansa is the buyer");
    }
}
