package org.entrepot.bench;

import org.entrepot.translate.MappingCatalog;
import org.entrepot.translate.Translator;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** The gateway's translator over the repository's mappings, as a server would hold it: built once, Smooks loaded up front. */
@State(Scope.Benchmark)
public class OurTranslator {

    MappingCatalog mappings;
    Translator translator;

    @Setup(Level.Trial)
    public void load() {
        mappings = BenchRepository.mappings();
        mappings.warmUp();
        translator = new Translator(mappings);
    }

    @TearDown(Level.Trial)
    public void close() {
        mappings.close();
    }
}
