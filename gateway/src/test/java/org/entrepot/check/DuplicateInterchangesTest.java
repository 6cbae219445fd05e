package org.entrepot.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which message an interchange belongs to, across resends, redeliveries, releases and restarts. */
class DuplicateInterchangesTest {

    @TempDir
    Path data;
    private DuplicateInterchanges interchanges;

    @BeforeEach
    void open() {
        interchanges = DuplicateInterchanges.open(data);
    }

    @AfterEach
    void close() {
        interchanges.close();
    }

    @Test
    void aNewInterchangeIsClaimedByItsFirstMessage() {
        assertEquals(Optional.empty(), interchanges.claim("nordwind", "NW000417", "msg-1"));
    }

    @Test
    void aResendUnderAnotherMessageIdNamesTheEarlierMessage() {
        interchanges.claim("nordwind", "NW000417", "msg-1");

        assertEquals(Optional.of("msg-1"), interchanges.claim("nordwind", "NW000417", "msg-2"));
        assertEquals(Optional.of("msg-1"), interchanges.claim("nordwind", "NW000417", "msg-3"), "the first holder stays");
    }

    @Test
    void theSameMessageRedeliveredAfterACrashIsNotADuplicate() {
        interchanges.claim("nordwind", "NW000417", "msg-1");

        assertEquals(Optional.empty(), interchanges.claim("nordwind", "NW000417", "msg-1"));
    }

    @Test
    void theSameReferenceFromAnotherSenderIsAnotherInterchange() {
        interchanges.claim("nordwind", "000000001", "msg-1");

        assertEquals(Optional.empty(), interchanges.claim("lakeside", "000000001", "msg-2"));
    }

    @Test
    void aReleasedInterchangeCanBeClaimedByACorrectedResend() {
        interchanges.claim("nordwind", "NW000417", "msg-1");
        interchanges.release("nordwind", "NW000417", "msg-1");

        assertEquals(Optional.empty(), interchanges.claim("nordwind", "NW000417", "msg-2"));
        assertEquals(Optional.of("msg-2"), interchanges.claim("nordwind", "NW000417", "msg-3"));
    }

    @Test
    void aMessageCannotReleaseAnInterchangeAnotherMessageHolds() {
        interchanges.claim("nordwind", "NW000417", "msg-1");
        interchanges.release("nordwind", "NW000417", "msg-2");

        assertEquals(Optional.of("msg-1"), interchanges.claim("nordwind", "NW000417", "msg-2"));
    }

    @Test
    void anOverlongReferenceIsStillRecognised() {
        String reference = "R".repeat(DuplicateInterchanges.MAX_REFERENCE + 1);
        interchanges.claim("meridian", reference, "msg-1");

        assertEquals(Optional.of("msg-1"), interchanges.claim("meridian", reference, "msg-2"));
        assertEquals(Optional.empty(), interchanges.claim("meridian", reference + "S", "msg-3"));
    }

    @Test
    void aClaimSurvivesClosingAndReopeningTheDataFolder() {
        interchanges.claim("nordwind", "NW000417", "msg-1");
        interchanges.close();

        interchanges = DuplicateInterchanges.open(data);

        assertEquals(Optional.of("msg-1"), interchanges.claim("nordwind", "NW000417", "msg-2"));
    }

    @Test
    void ofManyMessagesClaimingOneInterchangeAtOnceExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Optional<String>>> claims = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String messageId = "msg-" + i;
                claims.add(() -> interchanges.claim("nordwind", "NW000417", messageId));
            }
            int winners = 0;
            Set<String> namedHolders = new HashSet<>();
            for (Future<Optional<String>> result : pool.invokeAll(claims)) {
                Optional<String> earlier = result.get();
                if (earlier.isEmpty()) {
                    winners++;
                }
                earlier.ifPresent(namedHolders::add);
            }
            assertEquals(1, winners);
            assertEquals(1, namedHolders.size(), "every loser names the same winner: " + namedHolders);
        } finally {
            pool.shutdownNow();
        }
    }
}
