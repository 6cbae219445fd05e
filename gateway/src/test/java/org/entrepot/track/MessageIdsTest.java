package org.entrepot.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MessageIdsTest {

    @Test
    void anIdIsSafeInUrlsPathsAndCaseInsensitiveFileSystems() {
        for (int i = 0; i < 1000; i++) {
            String id = MessageIds.next();
            assertTrue(id.matches("[0-9A-HJKMNP-TV-Z]{26}"), id);
            assertTrue(StorageNames.isName(id), id);
        }
    }

    @Test
    void idsSortInTheOrderTheyWereMadeEvenWithinOneMillisecond() {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            made.add(MessageIds.next());
        }
        List<String> sorted = new ArrayList<>(made);
        sorted.sort(null);

        assertEquals(made, sorted);
        assertEquals(made.size(), Set.copyOf(made).size(), "all distinct");
    }

    @Test
    void consumerThreadsNeverGetTheSameId() throws Exception {
        Set<String> ids = ConcurrentHashMap.newKeySet();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            done.add(threads.submit(() -> {
                for (int i = 0; i < 10_000; i++) {
                    ids.add(MessageIds.next());
                }
            }));
        }
        for (Future<?> thread : done) {
            thread.get(1, TimeUnit.MINUTES);
        }
        threads.shutdown();

        assertEquals(40_000, ids.size());
    }

    @Test
    void anIdCarriesTheTimeItWasMade() {
        Instant before = Instant.now().minusMillis(1);
        String id = MessageIds.next();
        Instant after = Instant.now().plusMillis(1);

        Instant made = MessageIds.timeOf(id).orElseThrow();
        assertTrue(!made.isBefore(before) && !made.isAfter(after), made + " not in [" + before + ", " + after + "]");
    }

    @Test
    void aStringThatIsNotOneOfOurIdsHasNoTime() {
        assertEquals(Optional.empty(), MessageIds.timeOf("m1"));
        assertEquals(Optional.empty(), MessageIds.timeOf(null));
        assertEquals(Optional.empty(), MessageIds.timeOf("01HWXYZ0000000000000000OIL"), "I, L, O are not digits");
        assertEquals(Optional.empty(), MessageIds.timeOf("8ZZZZZZZZZ0000000000000000"), "beyond 48 bits of time");
        assertEquals(Optional.of(Instant.EPOCH), MessageIds.timeOf("00000000000000000000000000"));
    }
}
