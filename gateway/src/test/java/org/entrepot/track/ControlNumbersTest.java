package org.entrepot.track;

import static org.entrepot.track.ControlNumbers.Standard.EDIFACT;
import static org.entrepot.track.ControlNumbers.Standard.X12;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ControlNumbersTest {

    @TempDir
    Path dataDir;

    @Test
    void tenThousandNumbersAcrossTwoRestartsHaveNoGapAndNoRepeat() {
        List<Long> taken = new ArrayList<>();
        long started = System.nanoTime();
        for (int run = 0; run < 3; run++) { // open, then close and reopen the same folder twice
            try (ControlNumbers numbers = ControlNumbers.open(dataDir)) {
                int count = run < 2 ? 3_333 : 3_334;
                for (int i = 0; i < count; i++) {
                    taken.add(numbers.next("nordwind", "globex", EDIFACT));
                }
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("10,000 control numbers with two restarts: " + millis + " ms");

        assertEquals(LongStream.rangeClosed(1, 10_000).boxed().collect(Collectors.toList()), taken);
    }

    @Test
    void numbersTakenByAProcessThatIsKilledAreNotHandedOutAgain() throws Exception {
        for (int run = 1; run <= 2; run++) {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process crashing = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                    TakeAndDie.class.getName(), dataDir.toString(), "50")
                    .redirectErrorStream(true).start();
            String output = new String(crashing.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(crashing.waitFor(60, TimeUnit.SECONDS), "the process ends");
            assertEquals(run * 50 + "\n", output, "the last number it took before it died");
        }
        try (ControlNumbers numbers = ControlNumbers.open(dataDir)) {
            assertEquals(101, numbers.next("nordwind", "globex", X12));
        }
    }

    /** Takes numbers, prints the last, and dies without closing anything. */
    static final class TakeAndDie {
        public static void main(String[] args) {
            ControlNumbers numbers = ControlNumbers.open(Path.of(args[0]));
            long last = 0;
            for (int i = 0; i < Integer.parseInt(args[1]); i++) {
                last = numbers.next("nordwind", "globex", X12);
            }
            System.out.print(last + "\n");
            System.out.flush();
            Runtime.getRuntime().halt(0); // like kill -9: no shutdown hooks, no close
        }
    }

    @Test
    void eachPartnerPairAndStandardCountsOnItsOwn() {
        try (ControlNumbers numbers = ControlNumbers.open(dataDir)) {
            assertEquals(1, numbers.next("nordwind", "globex", X12));
            assertEquals(2, numbers.next("nordwind", "globex", X12));
            assertEquals(1, numbers.next("nordwind", "acme", X12), "another receiver");
            assertEquals(1, numbers.next("globex", "nordwind", X12), "the reverse direction");
            assertEquals(1, numbers.next("nordwind", "globex", EDIFACT), "another standard");
            assertEquals(3, numbers.next("nordwind", "globex", X12));
            assertEquals(2, numbers.next("nordwind", "acme", X12));
        }
    }

    @Test
    void fourThreadsTakingAThousandEachGetFourThousandConsecutiveNumbers() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try (ControlNumbers numbers = ControlNumbers.open(dataDir)) {
            CountDownLatch start = new CountDownLatch(1);
            Callable<List<Long>> taker = () -> {
                start.await();
                List<Long> mine = new ArrayList<>();
                for (int i = 0; i < 1_000; i++) {
                    mine.add(numbers.next("nordwind", "globex", X12));
                }
                return mine;
            };
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(threads.submit(taker)); // the first use races to insert the row, too
            }
            start.countDown();
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> result : results) {
                all.addAll(result.get());
            }

            assertEquals(4_000, all.size());
            assertEquals(4_000, new TreeSet<>(all).size(), "no number handed out twice");
            assertEquals(LongStream.rangeClosed(1, 4_000).boxed().collect(Collectors.toList()),
                    new ArrayList<>(new TreeSet<>(all)));
            assertEquals(4_001, numbers.next("nordwind", "globex", X12));
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void x12RollsOverFromItsMaximumToOne() {
        try (ControlNumbers numbers = ControlNumbers.open(dataDir)) {
            numbers.seed("nordwind", "globex", X12, 999_999_998L);

            assertEquals(999_999_999L, numbers.next("nordwind", "globex", X12));
            assertEquals(1, numbers.next("nordwind", "globex", X12));
            assertEquals(2, numbers.next("nordwind", "globex", X12));
        }
    }

    @Test
    void edifactCountsPastTheX12MaximumAndRollsOverAtFourteenNines() {
        try (ControlNumbers numbers = ControlNumbers.open(dataDir)) {
            numbers.seed("nordwind", "globex", EDIFACT, 999_999_999L);
            assertEquals(1_000_000_000L, numbers.next("nordwind", "globex", EDIFACT));

            numbers.seed("nordwind", "globex", EDIFACT, 99_999_999_999_999L);
            assertEquals(1, numbers.next("nordwind", "globex", EDIFACT));
        }
    }

    @Test
    void x12FormattingPadsToNineDigitsAndEdifactDoesNot() {
        assertEquals("000000001", ControlNumbers.format(1, X12));
        assertEquals("000004711", ControlNumbers.format(4_711, X12));
        assertEquals("999999999", ControlNumbers.format(999_999_999L, X12));
        assertEquals("4711", ControlNumbers.format(4_711, EDIFACT));
        assertEquals("99999999999999", ControlNumbers.format(99_999_999_999_999L, EDIFACT));
        assertThrows(IllegalArgumentException.class, () -> ControlNumbers.format(0, X12));
        assertThrows(IllegalArgumentException.class, () -> ControlNumbers.format(1_000_000_000L, X12));
    }

    @Test
    void theTrackingStoreAndTheControlNumbersShareOneDatabase() {
        try (TrackingStore store = TrackingStore.open(dataDir);
                ControlNumbers numbers = ControlNumbers.open(dataDir)) {
            assertEquals(1, numbers.next("nordwind", "globex", X12));
            assertEquals(List.of(), store.history("anything"));
        }
        try (ControlNumbers numbers = ControlNumbers.open(dataDir);
                TrackingStore store = TrackingStore.open(dataDir)) {
            assertEquals(2, numbers.next("nordwind", "globex", X12), "the tracking store's migration kept the table");
        }
    }

    @Test
    void aRedeliveredDocumentGetsItsNumberAgainSoTheSequenceHasNoGapAcrossARestart() {
        long first;
        try (ControlNumbers numbers = ControlNumbers.open(dataDir)) {
            first = numbers.forDocument("MSG-A", 1, "nordwind", "atlas", ControlNumbers.Standard.X12);
            assertEquals(first, numbers.forDocument("MSG-A", 1, "nordwind", "atlas", ControlNumbers.Standard.X12),
                    "the broker delivering MSG-A again gets the same number");
        }
        try (ControlNumbers numbers = ControlNumbers.open(dataDir)) {
            assertEquals(first, numbers.forDocument("MSG-A", 1, "nordwind", "atlas", ControlNumbers.Standard.X12),
                    "also after a restart");
            assertEquals(first + 1, numbers.forDocument("MSG-B", 1, "nordwind", "atlas", ControlNumbers.Standard.X12));
            assertEquals(first + 2, numbers.forDocument("MSG-B", 2, "nordwind", "atlas", ControlNumbers.Standard.X12),
                    "each output of a document has its own number");
            assertEquals(first + 3, numbers.next("nordwind", "atlas", ControlNumbers.Standard.X12),
                    "one sequence whichever way a number is taken");
        }
    }
}
