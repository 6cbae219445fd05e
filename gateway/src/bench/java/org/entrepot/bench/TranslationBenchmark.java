package org.entrepot.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entrepot.check.directory.MessageSchemas;
import org.entrepot.document.Outcome;
import org.entrepot.translate.Format;
import org.entrepot.translate.TranslatedDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of one INVOIC interchange (10 or 1,000 lines) through four readers, all on the
 * same bytes in the same run, so their ratios mean something on a shared machine:
 * our EDIFACT → UBL translation, the StAEDI parse it rests on (without and with the message
 * structure), and Smooks' EDIFACT cartridge, the usual way to read EDIFACT with Smooks.
 *
 * <p>The annotations are the settings of a full run (about 10 minutes on 2 cores); JMH options
 * on the command line override them (BENCHMARKS.md). The long warm-up is measured, not
 * cautious: on two shared cores our translator and the cartridge were still getting faster
 * after 20 s of warm-up, and one fork with a warm JIT tells more than two half-warm ones.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class TranslationBenchmark {

    private final StaediPass raw = StaediPass.raw();
    private final StaediPass structured = StaediPass.structured(new MessageSchemas());

    /** The whole translate stage: envelope, StAEDI with the D96A structure, Smooks + FreeMarker mapping, UBL bytes. */
    @Benchmark
    public Outcome<List<TranslatedDocument>> ourTranslationToUbl(Interchange input, OurTranslator ours) {
        return ours.translator.translate(input.bytes, Format.UBL);
    }

    /** Every StAEDI event, no message structure: the floor under anything built on StAEDI. */
    @Benchmark
    public StaediPass.Count staediRawParse(Interchange input) {
        return raw.read(input.bytes);
    }

    /** The same with the D96A INVOIC schema attached at UNH: segment groups and body validation. */
    @Benchmark
    public StaediPass.Count staediStructuredParse(Interchange input) {
        return structured.read(input.bytes);
    }

    /** Smooks' EDIFACT cartridge (DFDL) reading the interchange into XML. */
    @Benchmark
    public long smooksEdifactCartridge(Interchange input, SmooksCartridge cartridge) {
        return cartridge.parse(input.bytes);
    }

    /** Despatch: a DESADV D.96A interchange (two messages) to UBL DespatchAdvice, the whole translate stage. */
    @Benchmark
    public Outcome<List<TranslatedDocument>> ourDesadvToUbl(DespatchSamples input, OurTranslator ours) {
        return ours.translator.translate(input.desadv, Format.UBL);
    }

    /** The raw StAEDI parse of the same DESADV bytes, the yardstick for the line above. */
    @Benchmark
    public StaediPass.Count staediRawParseDesadv(DespatchSamples input) {
        return raw.read(input.desadv);
    }

    /** Despatch: an X12 856 004010 interchange (two ship notices, HL hierarchy rebuilt) to UBL DespatchAdvice. */
    @Benchmark
    public Outcome<List<TranslatedDocument>> ourShipNoticeToUbl(DespatchSamples input, OurTranslator ours) {
        return ours.translator.translate(input.shipNotice, Format.UBL);
    }

    /** The raw StAEDI parse of the same 856 bytes. */
    @Benchmark
    public StaediPass.Count staediRawParseShipNotice(DespatchSamples input) {
        return raw.read(input.shipNotice);
    }
}
