package org.entrepot.bench;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The part of the summary for {@link SignatureBenchmark}: per key type, each figure and the
 * overhead of our API over raw Bouncy Castle (raw / ours, target at most 1.25).
 */
final class SignatureSummary {

    private static final double OVERHEAD_TARGET = 1.25;

    private SignatureSummary() {
    }

    static String of(Collection<RunResult> results) {
        // key type -> benchmark -> result
        Map<String, Map<String, Result<?>>> byKey = new TreeMap<>();
        for (RunResult run : results) {
            String name = run.getParams().getBenchmark();
            String keyType = run.getParams().getParam("keyType");
            if (!name.contains(SignatureBenchmark.class.getSimpleName()) || keyType == null) {
                continue;
            }
            byKey.computeIfAbsent(keyType, k -> new TreeMap<>())
                    .put(name.substring(name.lastIndexOf('.') + 1), run.getPrimaryResult());
        }
        StringBuilder out = new StringBuilder();
        byKey.forEach((keyType, figures) -> {
            out.append(String.format(Locale.ROOT, "%nCMS over a 5 KB INVOIC, signer key %s%n", keyType));
            figures.forEach((method, result) -> out.append(String.format(Locale.ROOT, "  %-26s %12.1f ± %.1f %s%n",
                    method, result.getScore(), result.getScoreError(), result.getScoreUnit())));
            overhead(out, figures, "rawBcSignDetached", "ourSignDetached", "sign overhead");
            overhead(out, figures, "rawBcVerifyAndChain", "ourVerifyDetached", "verify overhead");
            overhead(out, figures, "rawBcVerifySignatureOnly", "ourVerifyDetached", "verify vs signature only");
        });
        return out.toString();
    }

    private static void overhead(StringBuilder out, Map<String, Result<?>> figures, String raw, String ours, String label) {
        if (!figures.containsKey(raw) || !figures.containsKey(ours)) {
            return;
        }
        double overhead = figures.get(raw).getScore() / figures.get(ours).getScore();
        out.append(String.format(Locale.ROOT, "  %-26s %12.3f", label + " (raw/ours)", overhead));
        if (!label.contains("only")) {
            out.append(String.format(Locale.ROOT, "   (target <= %.2f: %s)", OVERHEAD_TARGET,
                    overhead <= OVERHEAD_TARGET ? "met" : "missed"));
        }
        out.append('\n');
    }
}
