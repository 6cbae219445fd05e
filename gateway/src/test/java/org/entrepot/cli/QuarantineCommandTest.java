package org.entrepot.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.entrepot.document.Position;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.entrepot.track.MessageIds;
import org.entrepot.track.Quarantine;
import org.entrepot.translate.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An operator lists what the gateway refused, reads why, and sends a document through again. */
class QuarantineCommandTest {

    @TempDir
    Path data;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private String messageId;
    private byte[] content;

    @BeforeEach
    void refuseADocument() {
        originalOut = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        messageId = MessageIds.next();
        content = Samples.read("invoices/nordwind-globex-invoic-d96a.edi");
        new Quarantine(data).put(messageId, content, Map.of("channel", "inbox", "fileName", "../../etc/passwd"),
                List.of(Rejection.of(Reason.UNKNOWN_PARTNER, Position.segment(2, "UNB"), "sender 4012345000009 (14) is not a partner")));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
    }

    @Test
    void theOperatorSeesWhyADocumentWasRefused() {
        assertEquals(0, Entrepot.run("quarantine", "list", "--data", data.toString()));
        assertEquals(0, Entrepot.run("quarantine", "show", messageId, "--data", data.toString()));

        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains(messageId + "  UNKNOWN_PARTNER at segment 2 (UNB)"), printed);
        assertTrue(printed.contains("reason: UNKNOWN_PARTNER"), printed);
    }

    @Test
    void aReleasedDocumentGoesBackIntoTheInboxUnderTheGatewaysOwnName() throws Exception {
        assertEquals(0, Entrepot.run("quarantine", "release", messageId, "--data", data.toString()));

        try (Stream<Path> files = Files.list(data.resolve("inbox"))) {
            List<Path> inbox = files.toList();
            assertEquals(List.of(data.resolve("inbox").resolve(messageId + "-released.edi")), inbox,
                    "named by the message id, never by the sender's file name");
            assertArrayEquals(content, Files.readAllBytes(inbox.get(0)));
        }
    }

    @Test
    void anUnknownIdIsRefused() {
        assertEquals(Entrepot.REJECTED, Entrepot.run("quarantine", "release", "01NOSUCHMESSAGE0000000000", "--data", data.toString()));
        assertEquals(Entrepot.REJECTED, Entrepot.run("quarantine", "show", "../escape", "--data", data.toString()));
    }
}
