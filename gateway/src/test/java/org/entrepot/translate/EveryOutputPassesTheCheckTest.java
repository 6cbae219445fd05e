package org.entrepot.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entrepot.check.InterchangeCheck;
import org.entrepot.check.OutputCheck;
import org.entrepot.check.directory.MessageSchemas;
import org.entrepot.document.Outcome;
import org.junit.jupiter.api.Test;

/**
 * Every sample in {@code samples/}, translated to every format and version the catalog offers for
 * it, is a document the check stage accepts: what the gateway writes obeys the rules it holds its
 * partners to. (The gateway also checks each output before delivery; this finds a mapping that
 * breaks them before a partner's document does.)
 */
class EveryOutputPassesTheCheckTest {

    private static final List<Target> TARGETS = List.of(new Target(Format.EDIFACT, "D96A"), new Target(Format.EDIFACT, "D01B"),
            new Target(Format.X12, "004010"), new Target(Format.X12, "005010"), Target.of(Format.UBL), Target.of(Format.CII),
            new Target(Format.ISO20022, "pain.001.001.03"), new Target(Format.ISO20022, "pain.001.001.09"),
            Target.of(Format.ISO20022), Target.of(Format.ENTREPOT));

    @Test
    void everyTranslationOfEverySamplePassesTheCheckStage() throws IOException {
        OutputCheck check = new OutputCheck(new InterchangeCheck(Translator.transactionSchemas(new MessageSchemas())));
        List<Path> samples;
        try (var files = Files.walk(Samples.repository().resolve("samples"))) {
            samples = files.filter(f -> f.toString().matches(".*\\.(edi|xml)$")).sorted().toList();
        }
        int outputs = 0;
        List<String> broken = new ArrayList<>();
        Translator translator = SampleTranslations.translator();
        for (Path sample : samples) {
            byte[] content = Files.readAllBytes(sample);
            for (Target target : TARGETS) {
                Outcome<List<TranslatedDocument>> translated = translator.translate(content, target);
                if (!translated.isAccepted()) {
                    continue; // no mapping for this pair, or a sample that is broken on purpose
                }
                for (TranslatedDocument output : translated.value()) {
                    outputs++;
                    check.check(output).forEach(problem -> broken.add(sample.getFileName() + " -> " + target + ": " + problem));
                }
            }
        }
        assertTrue(outputs > 400, "the samples cover every family in several formats: " + outputs);
        assertEquals(List.of(), broken);
    }
}
