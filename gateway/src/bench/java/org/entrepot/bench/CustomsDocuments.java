package org.entrepot.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One message of each customs document type, from the repository's samples: a CUSDEC D.96A with
 * three goods items, a CUSRES D.96A with an MRN, an X12 309 005010 with three goods items and an
 * X12 350 004010. Read once per trial.
 */
@State(Scope.Benchmark)
public class CustomsDocuments {

    byte[] cusdec;
    byte[] cusres;
    byte[] manifest;
    byte[] status;

    @Setup(Level.Trial)
    public void read() {
        cusdec = sample("hanse-zoll-cusdec-d96a.edi");
        cusres = sample("zoll-hanse-cusres-d96a.edi");
        manifest = sample("harbor-cbp-309-5010.edi");
        status = sample("cbp-harbor-350-4010.edi");
    }

    private static byte[] sample(String name) {
        try {
            return Files.readAllBytes(BenchRepository.root().resolve("samples/customs").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
