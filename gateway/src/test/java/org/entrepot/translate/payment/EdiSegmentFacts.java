package org.entrepot.translate.payment;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entrepot.check.directory.MessageSchemas;
import org.entrepot.document.Rejection;
import org.entrepot.translate.Translator;
import org.entrepot.translate.edi.EdiMessageCursor;
import org.entrepot.translate.edi.EdiNode;

/**
 * Every business value of an EDIFACT or X12 message, read with the gateway's validating reader
 * and keyed by where it stands: {@code message1.LIN2.SEQ1.FII[BF].e02_01}. A segment is named by
 * its tag and first qualifier; LIN/SEQ (EDIFACT) and ENT/RMR (X12) number the entries that
 * follow. Envelope and trailer segments are left out (their references and counts change on every
 * translation). Independent of the mapping templates, so a round trip is checked against it.
 */
final class EdiSegmentFacts {

    private static final List<String> ENVELOPE = List.of("UNA", "UNB", "UNG", "UNH", "UNT", "UNE", "UNZ",
            "ISA", "GS", "ST", "SE", "GE", "IEA");
    private static final List<String> ENTRIES = List.of("LIN", "SEQ", "ENT", "RMR");

    private final Map<String, String> facts = new LinkedHashMap<>();
    private final Map<String, Integer> entries = new LinkedHashMap<>();
    private String context = "";

    private EdiSegmentFacts() {
    }

    /** The facts of every message in the interchange; structure problems go to {@code problems}. */
    static Map<String, String> of(byte[] interchange, Charset charset, List<Rejection> problems) {
        EdiSegmentFacts reader = new EdiSegmentFacts();
        try (EdiMessageCursor cursor = new EdiMessageCursor(interchange, charset,
                Translator.transactionSchemas(new MessageSchemas()))) {
            int message = 0;
            while (cursor.nextMessage().isPresent()) {
                reader.context = "message" + (++message);
                reader.entries.clear();
                reader.walk(cursor.readMessage());
            }
            cursor.finish();
            problems.addAll(cursor.problems());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return reader.facts;
    }

    private void walk(EdiNode node) {
        if (node instanceof EdiNode.Group group) {
            group.children().forEach(this::walk);
            return;
        }
        EdiNode.Segment segment = (EdiNode.Segment) node;
        String tag = segment.name();
        if (ENVELOPE.contains(tag)) {
            return;
        }
        if (ENTRIES.contains(tag)) {
            int number = entries.merge(tag, 1, Integer::sum);
            // an entry closes the entries below it (a new LIN starts its SEQs from 1)
            List<String> below = new ArrayList<>(ENTRIES.subList(ENTRIES.indexOf(tag) + 1, ENTRIES.size()));
            below.forEach(entries::remove);
            String root = context.substring(0, context.indexOf('.') < 0 ? context.length() : context.indexOf('.'));
            StringBuilder path = new StringBuilder(root);
            for (Map.Entry<String, Integer> entry : entries.entrySet()) {
                path.append('.').append(entry.getKey()).append(entry.getValue());
            }
            context = path.toString();
        }
        String qualifier = segment.value("e01_01") != null ? segment.value("e01_01") : segment.value("e01");
        String name = context + "." + tag + (qualifier == null ? "" : "[" + qualifier + "]");
        int repeat = 1;
        while (facts.containsKey(name + (repeat == 1 ? "" : "#" + repeat) + ".e01") || facts.containsKey(name
                + (repeat == 1 ? "" : "#" + repeat) + ".e01_01")) {
            repeat++;
        }
        String key = name + (repeat == 1 ? "" : "#" + repeat);
        for (String element : segment.keys()) {
            facts.put(key + "." + element, segment.value(element));
        }
    }
}
