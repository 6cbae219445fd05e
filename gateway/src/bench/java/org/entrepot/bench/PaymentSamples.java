package org.entrepot.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One message of each payment document type, from samples/payments: a PAYMUL with three
 * payments, a PAYEXT, three X12 820s and a pain.002 status report.
 */
@State(Scope.Benchmark)
public class PaymentSamples {

    byte[] paymul;
    byte[] payext;
    byte[] x12820;
    byte[] pain002;

    @Setup(Level.Trial)
    public void read() {
        paymul = sample("nordwind-elbufer-paymul-d96a.edi");
        payext = sample("globex-natwest-payext-d96a.edi");
        x12820 = sample("atlas-lakefront-820-4010.edi");
        pain002 = sample("elbufer-nordwind-pain.002.001.10.xml");
    }

    private static byte[] sample(String name) {
        try {
            return Files.readAllBytes(BenchRepository.root().resolve("samples/payments").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
