package org.entrepot.translate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entrepot.check.directory.MessageSchemas;
import org.entrepot.document.Rejection;
import org.entrepot.translate.edi.EdiMessageCursor;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What an EDIFACT or X12 interchange says between its envelopes, read for tests with the
 * gateway's own validating cursor and none of the mappings: every data element of every segment
 * of every message, keyed by message and position, e.g. {@code 2/SG18[1]/GID[1]/e02_01} for the
 * package count of the first goods item of the second message, {@code 1/D_LX[3]/D_AT7[1]/AT7[1]/e01}
 * for the third status of a 214. Envelope segments (UNB … UNZ, ISA … IEA) are left out: a
 * translation writes its own.
 *
 * @param business the values in document order
 * @param problems what the validating reader reported (structure, counts, codes)
 */
record EdiFacts(Map<String, String> business, List<Rejection> problems) {

    private static final Set<String> ENVELOPE = Set.of("UNA", "UNB", "UNG", "UNH", "UNT", "UNE", "UNZ",
            "ISA", "GS", "ST", "SE", "GE", "IEA");

    static EdiFacts read(byte[] interchange, Charset charset) {
        Collector collector = new Collector();
        try (EdiMessageCursor cursor = new EdiMessageCursor(interchange, charset,
                Translator.transactionSchemas(new MessageSchemas()))) {
            while (EdiEvents.replayNext(cursor, collector)) {
                collector.messages++;
            }
            cursor.finish();
            return new EdiFacts(collector.business, cursor.problems());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    String get(String key) {
        return business.get(key);
    }

    /** The values that differ between two interchanges, as "key: this → other" lines. */
    List<String> differences(EdiFacts other) {
        List<String> differences = new ArrayList<>();
        business.forEach((key, value) -> {
            if (!value.equals(other.business.get(key))) {
                differences.add(key + ": " + value + " → " + other.business.get(key));
            }
        });
        other.business.keySet().stream().filter(key -> !business.containsKey(key))
                .forEach(key -> differences.add(key + ": (none) → " + other.business.get(key)));
        return differences;
    }

    /** Keys from SAX events: the message number, then loop and segment names with their occurrence. */
    private static final class Collector extends DefaultHandler {
        final Map<String, String> business = new LinkedHashMap<>();
        int messages = 1;
        private final Deque<String> path = new ArrayDeque<>();
        private final Deque<Map<String, Integer>> occurrences = new ArrayDeque<>();

        @Override
        public void startElement(String uri, String localName, String name, Attributes attributes) {
            if (name.equals("interchange") || name.equals("message")) {
                occurrences.push(new HashMap<>());
                return;
            }
            int occurrence = occurrences.peek().merge(name, 1, Integer::sum);
            String here = (path.isEmpty() ? messages + "" : path.peek()) + "/" + name + "[" + occurrence + "]";
            if (!ENVELOPE.contains(name)) {
                for (int i = 0; i < attributes.getLength(); i++) {
                    business.put(here + "/" + attributes.getQName(i), attributes.getValue(i));
                }
            }
            path.push(here);
            occurrences.push(new HashMap<>());
        }

        @Override
        public void endElement(String uri, String localName, String name) {
            occurrences.pop();
            if (!name.equals("interchange") && !name.equals("message")) {
                path.pop();
            }
        }
    }
}
