package org.entrepot.track;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.entrepot.document.Position;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuarantineTest {

    private static final Instant T0 = Instant.parse("2024-05-02T10:15:30.5Z");
    private static final byte[] INVOICE = "UNB+UNOC:3+NORDWIND+GLOBEX+240502:1015+ICR1'UNH+1+INVOIC:D:96A:UN'"
            .getBytes(StandardCharsets.ISO_8859_1);

    @TempDir
    Path dataDir;

    @Test
    void aRejectedDocumentIsKeptWithItsReasonsAndCanBeListed() {
        Quarantine quarantine = new Quarantine(dataDir, clockAt(T0));
        List<Rejection> reasons = List.of(
                Rejection.of(Reason.UNKNOWN_PARTNER, Position.element(1, "UNB", 2, 1), "NORDWIND is not a partner"),
                Rejection.of(Reason.CONTROL_COUNT_MISMATCH, Position.element(9, "UNT", 1, 0), "UNT says 8, counted 9"));

        QuarantinedDocument put = quarantine.put("m1", INVOICE, Map.of("channel", "sftp", "fileName", "INV1.edi"),
                reasons);

        QuarantinedDocument expected = new QuarantinedDocument("m1", T0, Map.of("channel", "sftp",
                "fileName", "INV1.edi"), List.of(
                        "UNKNOWN_PARTNER at segment 1 (UNB), element 2, component 1: NORDWIND is not a partner",
                        "CONTROL_COUNT_MISMATCH at segment 9 (UNT), element 1: UNT says 8, counted 9"));
        assertEquals(expected, put);
        assertEquals(Optional.of(expected), quarantine.get("m1"));
        assertEquals(List.of(expected), quarantine.list());
        assertArrayEquals(INVOICE, quarantine.content("m1"));
        assertEquals(reasons.stream().map(Rejection::toString).collect(Collectors.toList()), put.reasons(),
                "the same line as Rejection.toString, so logs and quarantine agree");
        assertEquals(List.of("m1.bin", "m1.properties"), namesIn(dataDir.resolve("quarantine")));
    }

    @Test
    void hostileMetadataComesBackExactlyAndCannotForgeEntries() throws IOException {
        Map<String, String> hostile = new LinkedHashMap<>();
        hostile.put("fileName", "INV1.edi\nmessageId=forged\nreason.0001.code=FORGED\nat=1970-01-01T00:00:00Z");
        hostile.put("remoteAddress", "10.0.0.1\r\n#comment\r=:!\\");
        hostile.put("equals=in:key\nwith newline", "value");
        hostile.put("subject", "  leading spaces, \ttab, \fform feed, trailing \\");
        hostile.put("unicode", "Zoë ☃ \u2028line separator\u0085next line \u0000nul");
        hostile.put("", "empty key");
        hostile.put("empty", "");
        Quarantine quarantine = new Quarantine(dataDir, clockAt(T0));

        quarantine.put("m1", INVOICE, hostile, List.of(Rejection.of(Reason.UNKNOWN_SYNTAX, "not EDI\nat all")));

        QuarantinedDocument read = quarantine.get("m1").orElseThrow();
        assertEquals(Map.copyOf(hostile), Map.copyOf(read.metadata()));
        assertEquals("m1", read.messageId());
        assertEquals(T0, read.at());
        assertEquals(List.of("UNKNOWN_SYNTAX at -: not EDI\nat all"), read.reasons());
        // one header line, messageId, at, seven metadata entries, three per reason
        List<String> lines = Files.readAllLines(dataDir.resolve("quarantine/m1.properties"), StandardCharsets.UTF_8);
        assertEquals(1 + 2 + 7 + 3, lines.size(), String.join("\n", lines));
    }

    @Test
    void theListShowsTheNewestFirst() {
        new Quarantine(dataDir, clockAt(T0)).put("older", INVOICE, Map.of(), List.of(rejection()));
        new Quarantine(dataDir, clockAt(T0.plusSeconds(60))).put("newer", INVOICE, Map.of(), List.of(rejection()));
        new Quarantine(dataDir, clockAt(T0.minusSeconds(60))).put("oldest", INVOICE, Map.of(), List.of(rejection()));

        assertEquals(List.of("newer", "older", "oldest"), new Quarantine(dataDir).list().stream()
                .map(QuarantinedDocument::messageId).collect(Collectors.toList()));
    }

    @Test
    void aDocumentCutOffByACrashBeforeItsSidecarIsNotListed() throws IOException {
        Quarantine quarantine = new Quarantine(dataDir, clockAt(T0));
        quarantine.put("complete", INVOICE, Map.of(), List.of(rejection()));
        Files.write(dataDir.resolve("quarantine/orphan.bin"), INVOICE);

        assertEquals(List.of("complete"), quarantine.list().stream().map(QuarantinedDocument::messageId)
                .collect(Collectors.toList()));
        assertEquals(Optional.empty(), quarantine.get("orphan"));
        assertThrows(NoSuchElementException.class, () -> quarantine.content("orphan"));
    }

    @Test
    void aSidecarEditedBeyondRecognitionDoesNotHideTheOthers() throws IOException {
        Quarantine quarantine = new Quarantine(dataDir, clockAt(T0));
        quarantine.put("good", INVOICE, Map.of(), List.of(rejection()));
        quarantine.put("edited", INVOICE, Map.of(), List.of(rejection()));
        Files.writeString(dataDir.resolve("quarantine/edited.properties"), "at=yesterday\nmessageId=edited\n");

        assertEquals(List.of("good"), quarantine.list().stream().map(QuarantinedDocument::messageId)
                .collect(Collectors.toList()));
    }

    @Test
    void quarantiningTheSameDocumentAgainReplacesIt() {
        new Quarantine(dataDir, clockAt(T0)).put("m1", INVOICE, Map.of("try", "1"), List.of(rejection()));
        Quarantine later = new Quarantine(dataDir, clockAt(T0.plusSeconds(5)));
        later.put("m1", "second".getBytes(StandardCharsets.UTF_8), Map.of("try", "2"), List.of(rejection()));

        assertEquals(List.of(Map.of("try", "2")), later.list().stream().map(QuarantinedDocument::metadata)
                .collect(Collectors.toList()));
        assertArrayEquals("second".getBytes(StandardCharsets.UTF_8), later.content("m1"));
    }

    @Test
    void anUnknownOrUnsafeIdFindsNothingAndWritesNothing() {
        Quarantine quarantine = new Quarantine(dataDir);

        assertEquals(List.of(), quarantine.list());
        assertEquals(Optional.empty(), quarantine.get("unknown"));
        assertThrows(NoSuchElementException.class, () -> quarantine.content("unknown"));
        for (String unsafe : List.of("../x", "..", "a/b", "")) {
            assertThrows(IllegalArgumentException.class,
                    () -> quarantine.put(unsafe, INVOICE, Map.of(), List.of(rejection())), unsafe);
            assertThrows(IllegalArgumentException.class, () -> quarantine.get(unsafe), unsafe);
            assertThrows(IllegalArgumentException.class, () -> quarantine.content(unsafe), unsafe);
        }
        assertEquals(false, Files.exists(dataDir.resolve("x.bin")));
        assertEquals(false, Files.exists(dataDir.resolve("quarantine")));
    }

    private static Rejection rejection() {
        return Rejection.of(Reason.UNKNOWN_PARTNER, Position.segment(1, "UNB"), "not a partner");
    }

    private static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private static List<String> namesIn(Path folder) {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
