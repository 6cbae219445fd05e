package org.entrepot.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentScannerTest {

    private static SegmentScanner scanner(String text) {
        return new SegmentScanner(text, 0, Delimiters.EDIFACT_DEFAULT, 1);
    }

    @Test
    void segmentsAreNumberedAndSplitIntoElementsAndComponents() {
        SegmentScanner scanner = scanner("UNB+UNOC:3+A::C'\r\nUNH+1'");
        Segment unb = scanner.next();
        assertEquals(1, unb.number());
        assertEquals("UNB", unb.tag());
        assertEquals(List.of(List.of("UNOC", "3"), List.of("A", "", "C")), unb.elements());
        assertEquals("C", unb.value(2, 3));
        assertEquals("", unb.value(2, 4));
        assertEquals("", unb.value(9, 1));
        assertTrue(unb.terminated());
        assertEquals(2, scanner.next().number());
        assertNull(scanner.next());
    }

    @Test
    void aReleaseCharacterAtTheVeryEndIsDroppedAndTheSegmentIsUnterminated() {
        Segment segment = scanner("UNB+A?").next();
        assertEquals("A", segment.value(1, 1));
        assertFalse(segment.terminated());
    }

    @Test
    void onlyTheFirstElementsAndComponentsOfAHostileSegmentAreKept() {
        Segment segment = scanner("UNB" + "+".repeat(10_000) + "x'").next();
        assertEquals(SegmentScanner.MAX_ELEMENTS, segment.elements().size());
        Segment composite = scanner("UNB+" + ":".repeat(10_000) + "'").next();
        assertEquals(SegmentScanner.MAX_COMPONENTS + 1, composite.elements().get(0).size());
    }

    @Test
    void aGarbageTagIsShortenedInPositions() {
        Segment segment = scanner("\u0001".repeat(100) + "'").next();
        assertEquals("\\u0001".repeat(12) + "…", segment.position().segmentTag());
    }
}
