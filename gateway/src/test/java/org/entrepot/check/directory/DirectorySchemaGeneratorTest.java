package org.entrepot.check.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.xlate.edi.schema.SchemaFactory;

/** The build-time generator run by hand, as Maven runs it at process-classes. */
class DirectorySchemaGeneratorTest {

    @TempDir
    Path output;

    @Test
    void writesOneSchemaPerMessageAndIndexesOnlyWhatItWrote() throws Exception {
        DirectorySchemaGenerator.main(new String[] {output.toString(), "D96A:INVOIC,CONTRL"});

        Path invoic = output.resolve("d96a/INVOIC.xml");
        assertTrue(Files.isRegularFile(invoic));
        assertFalse(Files.exists(output.resolve("d96a/CONTRL.xml")), "D96A has no CONTRL: noted and skipped");
        assertEquals(List.of("d96a/INVOIC"), Files.readAllLines(output.resolve(MessageSchemas.INDEX)));
        try (InputStream in = Files.newInputStream(invoic)) {
            assertTrue(SchemaFactory.newFactory().createSchema(in).containsSegment("BGM"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"INVOIC", "d96a", "../d96a:INVOIC", "d96a:invoic", "d96a:INVOIC,../../x", "d96a:"})
    void malformedSpecsFailTheBuild(String spec) {
        assertThrows(IllegalArgumentException.class,
                () -> DirectorySchemaGenerator.main(new String[] {output.toString(), spec}));
    }

    @Test
    void aDirectoryWithoutItsPackOnTheClassPathFailsTheBuild() {
        assertThrows(IllegalStateException.class,
                () -> DirectorySchemaGenerator.main(new String[] {output.toString(), "d93a:INVOIC"}));
    }
}
