package org.entrepot.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** One sample of each shipping and transport document type, read once per trial from samples/. */
@State(Scope.Benchmark)
public class ShippingSamples {

    byte[] iftmin;
    byte[] tender204;
    byte[] iftsta;
    byte[] status214;
    byte[] status315;
    byte[] bookingRequest;
    byte[] bookingConfirmation;

    @Setup(Level.Trial)
    public void read() {
        iftmin = sample("shipping/nordwind-baltica-iftmin-d96a.edi");
        tender204 = sample("shipping/lakeside-prairie-204-4010.edi");
        iftsta = sample("transport/baltica-lakeside-iftsta-d96a.edi");
        status214 = sample("transport/prairie-lakeside-214-4010.edi");
        status315 = sample("transport/baltica-lakeside-315-4010.edi");
        bookingRequest = sample("shipping/nordwind-baltica-iftmbf-d96a.edi");
        bookingConfirmation = sample("shipping/baltica-nordwind-iftmbc-d01b.edi");
    }

    private static byte[] sample(String name) {
        try {
            return Files.readAllBytes(BenchRepository.root().resolve("samples").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
