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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArchiveTest {

    // the data folder sits inside the sandbox so a test can see a file that escaped it
    @TempDir
    Path sandbox;
    Path dataDir;

    @BeforeEach
    void dataFolder() {
        dataDir = sandbox.resolve("data");
    }

    @Test
    void eachStepOfADocumentIsArchivedUnderTheDayItsIdWasMade() throws IOException {
        Archive archive = new Archive(dataDir);
        String id = MessageIds.next();
        LocalDate day = LocalDate.ofInstant(MessageIds.timeOf(id).orElseThrow(), ZoneOffset.UTC);

        Path received = archive.store(id, "received", bytes("UNA:+.? 'UNB+UNOC:3"), "edi");
        Path translated = archive.store(id, "translated", bytes("<Invoice/>"), "xml");

        Path folder = dataDir.resolve("archive").resolve(String.format("%04d/%02d/%02d", day.getYear(),
                day.getMonthValue(), day.getDayOfMonth())).resolve(id);
        assertEquals(folder.resolve("received.edi"), received);
        assertEquals(folder.resolve("translated.xml"), translated);
        assertArrayEquals(bytes("<Invoice/>"), Files.readAllBytes(translated));
        assertEquals(Optional.of(received), archive.find(id, "received"));
        assertEquals(Optional.empty(), archive.find(id, "signed"));
        assertEquals(List.of("received.edi", "translated.xml"), names(archive.files(id)));
    }

    @Test
    void aDocumentCrossingMidnightKeepsAllItsStepsInOneFolder() {
        String id = MessageIds.next();
        Path received = new Archive(dataDir, clockAt("2024-05-02T23:59:59Z")).store(id, "received", bytes("a"), "edi");
        Path delivered = new Archive(dataDir, clockAt("2024-05-03T00:00:01Z")).store(id, "delivered", bytes("b"), "edi");

        assertEquals(received.getParent(), delivered.getParent());
    }

    @Test
    void anIdWithoutATimeIsFiledUnderTheDayItWasStoredAndStillFound() {
        Path received = new Archive(dataDir, clockAt("2024-05-02T23:59:59Z")).store("test-1", "received", bytes("a"),
                "edi");
        Path delivered = new Archive(dataDir, clockAt("2024-05-03T00:00:01Z")).store("test-1", "delivered",
                bytes("b"), "edi");
        Archive archive = new Archive(dataDir);

        assertEquals(dataDir.resolve("archive/2024/05/02/test-1/received.edi"), received);
        assertEquals(dataDir.resolve("archive/2024/05/03/test-1/delivered.edi"), delivered);
        assertEquals(List.of(received, delivered), archive.files("test-1"));
        assertEquals(Optional.of(delivered), archive.find("test-1", "delivered"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "..", ".", "a/b", "a\\b", "/etc/passwd", "", "x\u0000y", "INV 1", "ü",
        "a:b", "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789x"})
    void aNameThatCouldLeaveItsFolderIsRefusedAndNothingIsWritten(String name) throws IOException {
        Archive archive = new Archive(dataDir);

        assertThrows(IllegalArgumentException.class, () -> archive.store(name, "received", bytes("x"), "edi"));
        assertThrows(IllegalArgumentException.class, () -> archive.store("m1", name, bytes("x"), "edi"));
        assertThrows(IllegalArgumentException.class, () -> archive.find(name, "received"));
        assertThrows(IllegalArgumentException.class, () -> archive.find("m1", name));
        assertThrows(IllegalArgumentException.class, () -> archive.files(name));
        assertEquals(List.of(), filesUnder(sandbox));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "EDI", "tar.gz", "../x", "x/y", "abcdefghijk"})
    void anExtensionOtherThanLowerCaseLettersAndDigitsIsRefused(String extension) throws IOException {
        assertThrows(IllegalArgumentException.class,
                () -> new Archive(dataDir).store("m1", "received", bytes("x"), extension));
        assertEquals(List.of(), filesUnder(sandbox));
    }

    @Test
    void storingAStepAgainReplacesItWholeAndLeavesNoTemporaryFile() throws IOException {
        Archive archive = new Archive(dataDir);
        archive.store("m1", "delivered", bytes("first attempt"), "edi");
        Path second = archive.store("m1", "delivered", bytes("second"), "edi");

        assertArrayEquals(bytes("second"), Files.readAllBytes(second));
        try (Stream<Path> folder = Files.list(second.getParent())) {
            assertEquals(List.of("delivered.edi"), folder.map(p -> p.getFileName().toString())
                    .collect(Collectors.toList()));
        }
    }

    @Test
    void aTemporaryFileLeftByACrashIsNotTakenForEvidence() throws IOException {
        Archive archive = new Archive(dataDir);
        Path received = archive.store("m1", "received", bytes("x"), "edi");
        Files.write(received.resolveSibling(AtomicFile.TEMPORARY_PREFIX + "12345.tmp"), bytes("half"));
        Files.write(received.resolveSibling("notes.TXT"), bytes("an operator's stray file"));

        assertEquals(List.of(received), archive.files("m1"));
    }

    @Test
    void aMessageNeverArchivedHasNoFiles() {
        Archive archive = new Archive(dataDir);

        assertEquals(List.of(), archive.files(MessageIds.next()));
        assertEquals(List.of(), archive.files("unknown"));
        assertEquals(Optional.empty(), archive.find("unknown", "received"));
    }

    private static Clock clockAt(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> names(List<Path> files) {
        return files.stream().map(p -> p.getFileName().toString()).collect(Collectors.toList());
    }

    private static List<Path> filesUnder(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).collect(Collectors.toList());
        }
    }
}
