package org.entrepot.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The register that lets each try of a network delivery run once. */
class TransmissionsTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
    private static final String ID = "01KAQ3Z9E5W8Y2N4M6P7R9T0VX-1";

    @TempDir
    Path data;

    @Test
    void aTryThatArrivesTwiceRunsOnce() {
        Transmissions register = Transmissions.open(data);
        assertTrue(register.queued(ID, "01KAQ3Z9E5W8Y2N4M6P7R9T0VX", 1, "globex", "as2", T0));
        assertFalse(register.queued(ID, "01KAQ3Z9E5W8Y2N4M6P7R9T0VX", 1, "globex", "as2", T0),
                "the processing redone queues nothing new");
        assertTrue(register.isDue(ID, 0, 1));
        register.update(ID, 0, 1, Transmissions.Status.DELIVERED, T0.plusSeconds(1), "MDN processed");
        assertFalse(register.isDue(ID, 0, 1), "the queue's second copy finds it delivered");
    }

    @Test
    void theNextTryTakenBeforeTheFailureWasRecordedIsDueAndTheLateRecordChangesNothing() {
        Transmissions register = Transmissions.open(data);
        register.queued(ID, "01KAQ3Z9E5W8Y2N4M6P7R9T0VX", 1, "globex", "as2", T0);

        assertTrue(register.isDue(ID, 0, 2), "try 2 exists only because try 1 failed");
        assertFalse(register.advance(ID, 0, 1, 2, Transmissions.Status.RETRYING, T0, "UNREACHABLE"),
                "the failure of try 1 is recorded too late to move anything");
        assertFalse(register.isDue(ID, 0, 1), "try 1 is stale now");
        assertFalse(register.isDue(ID, 0, 4), "two ahead is not a next try");
        register.update(ID, 0, 2, Transmissions.Status.DELIVERED, T0, "ok");
        assertFalse(register.advance(ID, 0, 2, 3, Transmissions.Status.RETRYING, T0, "late"),
                "a delivered transmission never goes back to retrying");
        assertEquals(Transmissions.Status.DELIVERED, register.find(ID).orElseThrow().status());
    }

    @Test
    void aResentDeadLetterStartsANewGenerationAndOldTriesAreStale() {
        Transmissions register = Transmissions.open(data);
        register.queued(ID, "01KAQ3Z9E5W8Y2N4M6P7R9T0VX", 1, "globex", "as2", T0);
        register.update(ID, 0, 3, Transmissions.Status.DEAD, T0, "UNREACHABLE");
        register.update(ID, 1, 1, Transmissions.Status.QUEUED, T0, "resent by an operator");

        assertFalse(register.isDue(ID, 0, 1), "a try of the first generation");
        assertTrue(register.isDue(ID, 1, 1));
    }
}
