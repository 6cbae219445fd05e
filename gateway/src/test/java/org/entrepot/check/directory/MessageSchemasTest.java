package org.entrepot.check.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.xlate.edi.schema.Schema;

/** The runtime lookup: generated schemas by directory and message type, parsed once. */
class MessageSchemasTest {

    private static final Set<String> GENERATED = Set.of("APERAK", "BANSTA", "CUSDEC", "CUSRES", "DESADV", "IFTMBC", "IFTMBF",
            "IFTMIN", "IFTSTA", "INVOIC", "ORDCHG", "ORDERS", "ORDRSP", "PAYEXT", "PAYMUL");

    private final MessageSchemas schemas = new MessageSchemas();

    @Test
    void bothDirectoriesOfferTheConfiguredMessagesExceptTheServiceMessageContrl() {
        assertEquals(GENERATED, schemas.messageTypes("D96A"));
        assertEquals(GENERATED, schemas.messageTypes("d01b"));
        assertEquals(Set.of(), schemas.messageTypes("D93A"));
    }

    @Test
    void directoryIsMatchedInAnyCaseAndTheSchemaIsParsedOnlyOnce() {
        Schema upper = schemas.schema("D96A", "INVOIC").orElseThrow();
        Schema lower = schemas.schema("d96a", "INVOIC").orElseThrow();

        assertSame(upper, lower);
    }

    @Test
    void directoriesKeepTheirOwnSchemas() {
        assertTrue(schemas.schema("D96A", "ORDERS").orElseThrow() != schemas.schema("D01B", "ORDERS").orElseThrow());
    }

    @ParameterizedTest(name = "[{0}] [{1}]")
    @CsvSource({
        "D96A, CONTRL",
        "D96A, invoic",
        "D96A, ZZZZZZ",
        "D99Z, INVOIC",
        "'', INVOIC",
        "../d96a, INVOIC",
        "d96a/../d01b, ORDERS",
        "d96a, ../../../META-INF/MANIFEST",
        "d96a, INVOIC.xml",
    })
    void anythingNotGeneratedIsAbsentAndNeverBecomesAResourcePath(String directory, String messageType) {
        assertTrue(schemas.schema(directory, messageType).isEmpty());
    }

    @Test
    void missingDirectoryOrTypeIsAbsent() {
        assertTrue(schemas.schema(null, "INVOIC").isEmpty());
        assertTrue(schemas.schema("D96A", null).isEmpty());
    }

    @Test
    void concurrentFirstLookupsShareOneParsedSchema() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<Schema> lookup = () -> schemas.schema("D01B", "DESADV").orElseThrow();
            List<Future<Schema>> results = pool.invokeAll(List.of(lookup, lookup, lookup, lookup, lookup, lookup));
            Schema first = results.get(0).get();
            for (Future<Schema> result : results) {
                assertSame(first, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
