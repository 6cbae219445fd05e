package org.entrepot.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.entrepot.document.Outcome;
import org.entrepot.document.Position;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;

/** Test inputs under {@code src/test/resources/identify/} and dense assertions on outcomes. */
final class TestDocuments {

    /** Every valid sample, by syntax and version. */
    static final List<String> SAMPLES = List.of(
            "edifact/d96a/invoic-meridian-nordwind.edi",
            "edifact/d96a/invoic-una-unusual-separators.edi",
            "edifact/d96a/invoic-unow-yuanhang-globex.edi",
            "x12/004010/810-nordwind-atlas.x12",
            "x12/005010/810-meridian-atlas.x12",
            "xml/ubl-2.1/invoice-lakeside-globex.xml",
            "xml/ubl-2.1/invoice-yuanhang-globex-party-identification.xml");

    private TestDocuments() {
    }

    static byte[] sample(String name) {
        try (InputStream in = TestDocuments.class.getResourceAsStream("/identify/" + name)) {
            assertNotNull(in, "missing test resource identify/" + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The accepted value, failing with the rejections when there are any. */
    static <T> T accepted(Outcome<T> outcome) {
        assertTrue(outcome.isAccepted(), () -> "expected acceptance, got " + outcome);
        return outcome.value();
    }

    /** Asserts exactly one rejection with this reason and position, and returns it. */
    static Rejection rejected(Outcome<?> outcome, Reason reason, Position position) {
        assertFalse(outcome.isAccepted(), () -> "expected " + reason + ", got " + outcome);
        assertEquals(1, outcome.rejections().size(), () -> "expected one rejection, got " + outcome.rejections());
        Rejection rejection = outcome.rejections().get(0);
        assertEquals(reason, rejection.reason(), rejection::toString);
        assertEquals(position, rejection.position(), rejection::toString);
        return rejection;
    }

    static Position at(int segment, String tag, int element, int component) {
        return Position.element(segment, tag, element, component);
    }
}
