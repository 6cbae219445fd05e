package org.entrepot.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.entrepot.document.Outcome;

/**
 * The repository's mappings behind one translator, loaded once per test JVM and shared by the
 * translation tests: a loaded catalog is only read, and a configured Smooks is thread-safe. It is
 * never closed; the JVM's exit releases it.
 */
public final class SampleTranslations {

    private static final Translator TRANSLATOR = new Translator(Samples.mappings());

    private SampleTranslations() {
    }

    public static Translator translator() {
        return TRANSLATOR;
    }

    /** The documents {@code source} becomes; fails the test if the translation is refused. */
    public static List<TranslatedDocument> translate(byte[] source, Target target) {
        Outcome<List<TranslatedDocument>> outcome = TRANSLATOR.translate(source, target);
        assertTrue(outcome.isAccepted(), () -> outcome.rejections().toString());
        return outcome.value();
    }

    /** The one document {@code source} becomes; fails the test otherwise. */
    public static TranslatedDocument translateOne(byte[] source, Target target) {
        List<TranslatedDocument> documents = translate(source, target);
        assertEquals(1, documents.size());
        return documents.get(0);
    }
}
