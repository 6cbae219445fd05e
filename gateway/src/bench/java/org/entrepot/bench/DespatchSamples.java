package org.entrepot.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The repository's despatch advice samples as the despatch benchmarks read them: a DESADV D.96A
 * interchange (two messages, seven lines) and an X12 856 004010 interchange (two ship notices,
 * four items in a shipment/order/pack/item hierarchy). Read once per trial.
 */
@State(Scope.Benchmark)
public class DespatchSamples {

    byte[] desadv;
    byte[] shipNotice;

    @Setup(Level.Trial)
    public void read() {
        desadv = sample("despatch/nordwind-globex-desadv-d96a.edi");
        shipNotice = sample("despatch/lakeside-globex-856-4010.edi");
    }

    private static byte[] sample(String name) {
        try {
            return Files.readAllBytes(BenchRepository.root().resolve("samples").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
