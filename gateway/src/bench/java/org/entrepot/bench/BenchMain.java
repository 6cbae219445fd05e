package org.entrepot.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks with JMH and writes what a reader wants first: the ratios of our
 * translation to Smooks' EDIFACT cartridge and to StAEDI's raw parse, per size, from this run's
 * own results ({@code target/bench/summary.txt}, beside JMH's {@code jmh-result.json}).
 *
 * <p>Takes JMH's usual command-line options ({@code -f 1 -wi 1 -i 2 -r 2s staedi}); without a
 * benchmark pattern it runs {@link TranslationBenchmark}. Started by the bench Maven profile
 * with {@code -Dentrepot.repository} and {@code -Dentrepot.bench.output}.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws IOException, RunnerException {
        CommandLineOptions command;
        try {
            command = new CommandLineOptions(args);
        } catch (CommandLineOptionException e) {
            System.err.println("JMH options: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (command.shouldHelp() || command.shouldList() || command.shouldListProfilers()) {
            // listings and help are JMH's own business
            org.openjdk.jmh.Main.main(args);
            return;
        }
        Path output = Path.of(System.getProperty("entrepot.bench.output", "target/bench")).toAbsolutePath();
        Path tmp = Files.createDirectories(output.resolve("tmp"));
        String startup = startup(output);
        String loadBefore = loadAverage();
        Collection<RunResult> results = new Runner(options(command, output, tmp)).run();
        String summary = startup + BenchSummary.of(results, loadBefore, loadAverage());
        Files.writeString(output.resolve("summary.txt"), summary, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(summary);
    }

    /**
     * Start-to-ready of the whole gateway in fresh JVMs: the first start in an empty data folder
     * (which also generates the demo PKI) and three later starts. Target: ready within 5 s.
     */
    private static String startup(Path output) throws IOException {
        if (Boolean.getBoolean("entrepot.bench.skipStartup")) {
            return "";
        }
        try {
            List<Long> millis = StartupProbe.measure(output.resolve("startup"), 4);
            long later = millis.subList(1, millis.size()).stream().mapToLong(Long::longValue).max().orElse(0);
            return String.format("Gateway start to ready (fresh JVM, load %s): first start %d ms (generates the demo PKI),"
                    + " later starts %s ms (worst %d ms; target <= 5000 ms: %s)%n%n", loadAverage(), millis.get(0),
                    millis.subList(1, millis.size()), later, later <= 5000 ? "met" : "missed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "Gateway start to ready: interrupted\n\n";
        }
    }

    /** The three load averages of /proc/loadavg, or "unknown" off Linux. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static org.openjdk.jmh.runner.options.Options options(CommandLineOptions command, Path output, Path tmp) {
        ChainedOptionsBuilder options = new OptionsBuilder().parent(command);
        if (command.getIncludes().isEmpty()) {
            options.include(TranslationBenchmark.class.getName());
        }
        if (!command.getResult().hasValue()) {
            options.result(output.resolve("jmh-result.json").toString());
        }
        if (!command.getResultFormat().hasValue()) {
            options.resultFormat(ResultFormatType.JSON);
        }
        // Prepended, so heap settings from the annotations or -jvmArgsAppend still apply. The
        // private temp folder keeps the cartridge's leaked schema folders out of the shared /tmp.
        List<String> prepend = new ArrayList<>(command.getJvmArgsPrepend().orElse(List.of()));
        prepend.add("-D" + BenchRepository.PROPERTY + "=" + BenchRepository.root());
        prepend.add("-Djava.io.tmpdir=" + tmp);
        options.jvmArgsPrepend(prepend.toArray(String[]::new));
        return options.build();
    }
}
