package org.entrepot.bench;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The bytes every benchmark of a trial reads: one INVOIC interchange of {@link #lines} lines.
 * Generated and checked once per trial, so a benchmark never measures a rejection path.
 */
@State(Scope.Benchmark)
public class Interchange {

    @Param({"10", "1000"})
    public int lines;

    byte[] bytes;

    @Setup(Level.Trial)
    public void generate() {
        bytes = InvoicInterchange.withLines(lines);
        GoodPath.requireAccepted(bytes, lines);
    }
}
