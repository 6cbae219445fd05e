package org.entrepot.bench;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The figures of one run side by side, per interchange size, with the two ratios the project
 * set targets for: ours at least 30 times the cartridge, and at least a third of StAEDI's raw
 * parse. Targets are reported, never enforced: a benchmark that fails on a busy machine teaches
 * nothing.
 */
final class BenchSummary {

    static final String OURS = "ourTranslationToUbl";
    static final String RAW = "staediRawParse";
    static final String STRUCTURED = "staediStructuredParse";
    static final String CARTRIDGE = "smooksEdifactCartridge";

    private static final double CARTRIDGE_TARGET = 30;
    private static final double RAW_TARGET = 1.0 / 3;

    private BenchSummary() {
    }

    /**
     * @param loadBefore the machine's load average when the run started, and {@code loadAfter}
     *                   when it ended: a busy machine explains a noisy run
     */
    static String of(Collection<RunResult> results, String loadBefore, String loadAfter) {
        // lines -> benchmark -> result
        Map<Integer, Map<String, Result<?>>> bySize = new TreeMap<>();
        for (RunResult run : results) {
            String name = run.getParams().getBenchmark();
            String method = name.substring(name.lastIndexOf('.') + 1);
            if (run.getParams().getParam("lines") == null) {
                continue; // not a translation benchmark: SignatureSummary reports it
            }
            int lines = Integer.parseInt(run.getParams().getParam("lines"));
            bySize.computeIfAbsent(lines, l -> new TreeMap<>()).put(method, run.getPrimaryResult());
        }
        StringBuilder out = new StringBuilder("Entrepot translation benchmarks (throughput, higher is better)\n");
        results.stream().findFirst().ifPresent(run -> settings(out, run.getParams()));
        out.append("load average (1/5/15 min): ").append(loadBefore).append(" at start, ")
                .append(loadAfter).append(" at end\n");
        bySize.forEach((lines, figures) -> size(out, lines, figures));
        out.append(FamilySummary.of(results));
        out.append(SignatureSummary.of(results));
        return out.toString();
    }

    private static void settings(StringBuilder out, BenchmarkParams params) {
        // the -D arguments name local paths; the VM options are what a reader needs
        String vmOptions = params.getJvmArgs().stream().filter(arg -> arg.startsWith("-X")).collect(Collectors.joining(" "));
        out.append(String.format(Locale.ROOT, "JMH %s: %d fork(s), warmup %d x %s, measurement %d x %s, %s%n",
                params.getJmhVersion(), params.getForks(),
                params.getWarmup().getCount(), params.getWarmup().getTime(),
                params.getMeasurement().getCount(), params.getMeasurement().getTime(),
                vmOptions));
    }

    private static void size(StringBuilder out, int lines, Map<String, Result<?>> figures) {
        out.append(String.format(Locale.ROOT, "%nINVOIC D96A, %d lines (%,d bytes)%n",
                lines, InvoicInterchange.withLines(lines).length));
        figures.forEach((method, result) -> out.append(String.format(Locale.ROOT, "  %-24s %12.3f ± %.3f %s%n",
                method, result.getScore(), result.getScoreError(), result.getScoreUnit())));
        ratio(out, figures, CARTRIDGE, "ours / cartridge", CARTRIDGE_TARGET);
        ratio(out, figures, RAW, "ours / raw StAEDI", RAW_TARGET);
        ratio(out, figures, STRUCTURED, "ours / structured StAEDI", 0);
        if (figures.containsKey(RAW) && figures.containsKey(STRUCTURED)) {
            out.append(String.format(Locale.ROOT, "  %-24s %12.3f%n", "structured / raw StAEDI",
                    figures.get(STRUCTURED).getScore() / figures.get(RAW).getScore()));
        }
    }

    private static void ratio(StringBuilder out, Map<String, Result<?>> figures, String other, String label, double target) {
        if (!figures.containsKey(OURS) || !figures.containsKey(other)) {
            return;
        }
        double ratio = figures.get(OURS).getScore() / figures.get(other).getScore();
        out.append(String.format(Locale.ROOT, "  %-24s %12.3f", label, ratio));
        if (target > 0) {
            out.append(String.format(Locale.ROOT, "   (target >= %.3f: %s)", target, ratio >= target ? "met" : "missed"));
        }
        out.append('\n');
    }
}
