package org.entrepot.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entrepot.check.ClasspathSchemas;
import org.entrepot.check.XmlSchemaCheck;
import org.entrepot.config.GatewayConfig;
import org.entrepot.document.Outcome;
import org.entrepot.identify.EdifactEnvelopeReader;
import org.entrepot.identify.Envelope;
import org.entrepot.sign.CmsVerifier;
import org.entrepot.sign.DemoPki;
import org.entrepot.sign.SignatureCheck;
import org.entrepot.track.DocumentStatus;
import org.entrepot.track.EventType;
import org.entrepot.translate.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A customs round between the broker Hanse Zollservice and Hauptzollamt Hamburg through the whole
 * gateway on embedded defaults (real broker, routes, mappings and keys), per the agreements in
 * samples/partners.yaml: the declaration reaches the office as our declaration XML, the office's
 * response XML reaches the broker as a CUSRES D.96A.
 */
class CustomsJourneyTest {

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

    private void assertSignedByTheGateway(Path delivered) throws Exception {
        Outcome<SignatureCheck> signature = new CmsVerifier().verifyDetached(Files.readAllBytes(delivered),
                Files.readAllBytes(delivered.resolveSibling(delivered.getFileName() + ".p7s")),
                DemoPki.ensure(data.resolve("pki"), List.of()).trustAnchors());
        assertTrue(signature.isAccepted(), signature::toString);
    }

    @Test
    void theCustomsResponseDroppedIntoTheInboxReachesTheBrokerAsCusres() throws Exception {
        dropIntoInbox("response-88231.xml", Samples.read("customs/zoll-hanse-response-accepted.xml"));

        DocumentStatus status = demo.awaitOutcome("response-88231.xml");
        assertEquals(EventType.DELIVERED, status.lastEvent(), status::toString);
        Path delivered = config.outboxDir().resolve("hanse-zoll").resolve(status.messageId() + "-1.edi");
        String cusres = Files.readString(delivered, java.nio.charset.StandardCharsets.ISO_8859_1);
        Outcome<Envelope> envelope = new EdifactEnvelopeReader().read(cusres.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertTrue(envelope.isAccepted(), envelope::toString);
        assertEquals("DE004851", envelope.value().senderId());
        assertEquals("DE987654321000000", envelope.value().receiverId());
        assertEquals("CUSRES", envelope.value().messageType());
        assertTrue(cusres.contains("UNH+1+CUSRES:D:96A:UN'"), "the D.96A the agreement names: " + cusres);
        assertTrue(cusres.contains("RFF+ABT:26DE004851000417E1'"), "the MRN reaches the broker: " + cusres);
        assertTrue(cusres.contains("RFF+ABO:HZS-2026-000417'"), "with the declaration it answers: " + cusres);
        assertSignedByTheGateway(delivered);
    }

    @Test
    void theBrokersCusdecReachesTheCustomsOfficeAsASchemaValidDeclaration() throws Exception {
        dropIntoInbox("hanse-417.edi", Samples.read("customs/hanse-zoll-cusdec-d96a.edi"));

        DocumentStatus status = demo.awaitOutcome("hanse-417.edi");
        assertEquals(EventType.DELIVERED, status.lastEvent(), status::toString);
        Path delivered = config.outboxDir().resolve("zoll-hamburg").resolve(status.messageId() + "-1.xml");
        byte[] declaration = Files.readAllBytes(delivered);
        assertEquals(List.of(), XmlSchemaCheck.validate(declaration,
                new ClasspathSchemas().schema("xsd/customs/declaration-1.xsd")));
        assertTrue(new String(declaration, java.nio.charset.StandardCharsets.UTF_8)
                .contains("<FunctionalReferenceID>HZS-2026-000417</FunctionalReferenceID>"));
        assertSignedByTheGateway(delivered);
    }

    @Test
    void harborsDeclarationReachesCbpAsA309AndCbpsStatusComesBackAsOurResponse() throws Exception {
        dropIntoInbox("harbor-0311.xml", Samples.read("customs/harbor-cbp-declaration.xml"));
        dropIntoInbox("cbp-40117.edi", Samples.read("customs/cbp-harbor-350-4010.edi"));

        DocumentStatus declaration = demo.awaitOutcome("harbor-0311.xml");
        assertEquals(EventType.DELIVERED, declaration.lastEvent(), declaration::toString);
        String manifest = Files.readString(config.outboxDir().resolve("cbp-los-angeles")
                .resolve(declaration.messageId() + "-1.x12"));
        assertTrue(manifest.contains("*X*005010~"), "the version the agreement names: " + manifest);
        assertTrue(manifest.contains("M10*MAEU*S*DK*9321483*MAERSK ESSEN*119E*HCB-2026-0311**I*L~"), manifest);

        DocumentStatus status = demo.awaitOutcome("cbp-40117.edi");
        assertEquals(EventType.DELIVERED, status.lastEvent(), status::toString);
        byte[] response = Files.readAllBytes(config.outboxDir().resolve("harbor-customs").resolve(status.messageId() + "-1.xml"));
        assertEquals(List.of(), XmlSchemaCheck.validate(response, new ClasspathSchemas().schema("xsd/customs/response-1.xsd")));
        assertTrue(new String(response, java.nio.charset.StandardCharsets.UTF_8).contains("<MRN>26US2704000311A7</MRN>"));
    }
}
