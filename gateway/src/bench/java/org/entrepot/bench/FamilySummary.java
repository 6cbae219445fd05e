package org.entrepot.bench;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * One line per document family: our translation of a sample message beside StAEDI's raw parse of
 * the same bytes, and their ratio (target: at least 1/3). The pairs name the benchmark methods in
 * {@link TranslationBenchmark}; a pair whose methods did not run is left out.
 */
final class FamilySummary {

    private record Pair(String family, String ours, String raw) {
    }

    private static final List<Pair> PAIRS = List.of(
            new Pair("order -> UBL,", "ourOrderFamilyToUbl", "staediRawParseOfOrderFamily"),
            new Pair("shipping instruction IFTMIN -> XML", "ourIftminToXml", "staediRawParseIftmin"),
            new Pair("load tender 204 -> XML", "our204ToXml", "staediRawParse204"),
            new Pair("transport status IFTSTA -> XML", "ourIftstaToXml", "staediRawParseIftsta"),
            new Pair("transport status 214 -> XML", "our214ToXml", "staediRawParse214"),
            new Pair("ocean status 315 -> XML", "our315ToXml", "staediRawParse315"),
            new Pair("booking IFTMBF -> XML", "ourIftmbfToXml", "staediRawParseIftmbf"),
            new Pair("booking confirmation IFTMBC -> XML", "ourIftmbcToXml", "staediRawParseIftmbc"),
            new Pair("payment PAYMUL -> pain.001", "paymulToPain001", "paymulRawParse"),
            new Pair("payment PAYEXT -> pain.001", "payextToPain001", "payextRawParse"),
            new Pair("payment 820 -> pain.001", "x12820ToPain001", "x12820RawParse"),
            new Pair("customs CUSDEC -> declaration XML", "ourCusdecToDeclaration", "staediRawParseCusdec"),
            new Pair("customs CUSRES -> response XML", "ourCusresToResponse", "staediRawParseCusres"),
            new Pair("customs 309 -> declaration XML", "our309ToDeclaration", "staediRawParse309"),
            new Pair("customs 350 -> response XML", "our350ToResponse", "staediRawParse350"),
            new Pair("despatch DESADV -> UBL", "ourDesadvToUbl", "staediRawParseDesadv"),
            new Pair("despatch 856 -> UBL", "ourShipNoticeToUbl", "staediRawParseShipNotice"));

    private static final double TARGET = 1.0 / 3;

    private FamilySummary() {
    }

    static String of(Collection<RunResult> results) {
        // a family benchmarked over several messages (@Param "message") gets a line per message:
        // one ratio for all of them would hide the slowest
        Map<String, Map<String, Result<?>>> byMethod = new TreeMap<>();
        for (RunResult run : results) {
            String name = run.getParams().getBenchmark();
            if (run.getParams().getParam("lines") == null) {
                String message = run.getParams().getParam("message");
                byMethod.computeIfAbsent(name.substring(name.lastIndexOf('.') + 1), k -> new TreeMap<>())
                        .put(message == null ? "" : message, run.getPrimaryResult());
            }
        }
        StringBuilder out = new StringBuilder();
        for (Pair pair : PAIRS) {
            Map<String, Result<?>> ours = byMethod.get(pair.ours());
            Map<String, Result<?>> raw = byMethod.get(pair.raw());
            if (ours == null || raw == null) {
                continue;
            }
            if (out.length() == 0) {
                out.append(String.format(Locale.ROOT, "%nDocument families: ours / raw StAEDI parse of the same bytes (target >= %.3f)%n",
                        TARGET));
            }
            for (Map.Entry<String, Result<?>> message : ours.entrySet()) {
                Result<?> base = raw.get(message.getKey());
                if (base == null) {
                    continue;
                }
                String family = message.getKey().isEmpty() ? pair.family() : pair.family() + " " + message.getKey();
                double ratio = message.getValue().getScore() / base.getScore();
                out.append(String.format(Locale.ROOT, "  %-38s %10.1f /s vs %10.1f /s  = %.3f  %s%n", family,
                        message.getValue().getScore(), base.getScore(), ratio, ratio >= TARGET ? "met" : "MISSED"));
            }
        }
        return out.toString();
    }
}
