package org.entrepot.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.helger.ubl21.UBL21Marshaller;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entrepot.check.XmlSchemaCheck;
import org.entrepot.config.GatewayConfig;
import org.entrepot.track.DocumentStatus;
import org.entrepot.track.EventType;
import org.entrepot.translate.Samples;
import org.entrepot.translate.UblDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Despatch advices through the whole gateway: inbox, identification, agreement, translation, outbox. */
class DespatchJourneyTest {

    @TempDir
    Path data;
    private DemoCommunityGateway demo;
    private Gateway gateway;
    private GatewayConfig config;

    @BeforeEach
    void start() {
        demo = DemoCommunityGateway.start(data);
        gateway = demo.gateway();
        config = demo.config();
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    private void dropIntoInbox(String name, byte[] content) throws Exception {
        demo.drop(name, content);
    }

    @Test
    void nordwindsDesadvReachesGlobexAsTwoSignedUblDespatchAdvices() throws Exception {
        dropIntoInbox("nordwind-desadv.edi", Samples.read("despatch/nordwind-globex-desadv-d96a.edi"));

        DocumentStatus status = demo.awaitOutcome("nordwind-desadv.edi");
        assertEquals(EventType.DELIVERED, status.lastEvent(), () -> gateway.tracking().history(status.messageId()).toString());
        Path outbox = config.outboxDir().resolve("globex");
        for (int i = 1; i <= 2; i++) {
            Path delivered = outbox.resolve(status.messageId() + "-" + i + ".xml");
            byte[] ubl = Files.readAllBytes(delivered);
            assertEquals(List.of(), XmlSchemaCheck.validate(ubl, UBL21Marshaller.despatchAdvice().getSchema()));
            assertEquals(i == 1 ? "DES-2026-0311" : "DES-2026-0312", UblDocument.parse(ubl).text("/*/cbc:ID"));
            assertTrue(Files.exists(delivered.resolveSibling(delivered.getFileName() + ".p7s")), "signed per the agreement");
        }
    }

    @Test
    void lakesides5010ShipNoticesReachGlobexAsDesadvInTheDirectoryTheAgreementNames() throws Exception {
        dropIntoInbox("lakeside-856.x12", Samples.read("despatch/lakeside-globex-856-5010.edi"));

        DocumentStatus status = demo.awaitOutcome("lakeside-856.x12");
        assertEquals(EventType.DELIVERED, status.lastEvent(), () -> gateway.tracking().history(status.messageId()).toString());
        String desadv = Files.readString(config.outboxDir().resolve("globex").resolve(status.messageId() + "-2.edi"),
                StandardCharsets.ISO_8859_1);
        assertTrue(desadv.contains("UNH+1+DESADV:D:01B:UN'"), desadv);
        assertTrue(desadv.contains("BGM+351+LS-ASN-78003+9'"), desadv);
        assertTrue(desadv.contains("GIN+BJ+012345678000001253'"), "the pack's SSCC: " + desadv);
        assertTrue(desadv.contains("NAD+SU+123456789::16++Lakeside Supply Co."), desadv);
    }
}
