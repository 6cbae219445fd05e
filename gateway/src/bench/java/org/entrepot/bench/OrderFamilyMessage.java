package org.entrepot.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The order family's sample interchange of each document type (one or two messages, 10 to 60
 * segments each), read from the repository, so the benchmark reads what the tests prove correct.
 */
@State(Scope.Benchmark)
public class OrderFamilyMessage {

    private static final Map<String, String> SAMPLES = Map.of(
            "ORDERS", "orders/globex-nordwind-orders-d96a.edi",
            "ORDRSP", "orders/nordwind-globex-ordrsp-d96a.edi",
            "ORDCHG", "orders/globex-nordwind-ordchg-d96a.edi",
            "850", "orders/atlas-lakeside-850-4010.edi",
            "855", "orders/lakeside-atlas-855-4010.edi",
            "860", "orders/atlas-lakeside-860-4010.edi");

    @Param({"ORDERS", "ORDRSP", "ORDCHG", "850", "855", "860"})
    public String message;

    byte[] bytes;

    @Setup(Level.Trial)
    public void read() {
        try {
            bytes = Files.readAllBytes(BenchRepository.root().resolve("samples").resolve(SAMPLES.get(message)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
