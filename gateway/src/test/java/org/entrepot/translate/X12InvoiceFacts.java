package org.entrepot.translate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * What an 810 interchange says, read for tests with the gateway's own cursor and schema and
 * none of the mappings: every data element of every segment, keyed by where it sits, e.g.
 * {@code D_IT1[2]/IT1[1]/e04} for the unit price of the second line, {@code S_SAC[1]/SAC[1]/e05}
 * for the amount of the first summary allowance or charge.
 *
 * @param envelope the ISA, GS, ST, SE elements ({@code ISA/e13}), which a translation rewrites
 * @param business everything between ST and SE, in document order
 * @param problems what the reader reported
 */
record X12InvoiceFacts(Map<String, String> envelope, Map<String, String> business, List<Rejection> problems) {

    private static final Set<String> ENVELOPE = Set.of("ISA", "GS", "ST", "SE");

    /** Reads the first transaction set and the interchange's trailers. */
    static X12InvoiceFacts read(byte[] interchange) {
        Collector collector = new Collector();
        try (EdiMessageCursor cursor = new EdiMessageCursor(interchange, StandardCharsets.UTF_8,
                Translator.transactionSchemas(new MessageSchemas()))) {
            EdiEvents.replayNext(cursor, collector);
            cursor.finish();
            return new X12InvoiceFacts(collector.envelope, collector.business, cursor.problems());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One business value, or null when the interchange does not have it. */
    String get(String key) {
        return business.get(key);
    }

    /** How many loops or segments with this name sit directly under {@code parent} ("" for the transaction set). */
    long count(String parent, String name) {
        String prefix = parent.isEmpty() ? name + "[" : parent + "/" + name + "[";
        return business.keySet().stream()
                .filter(key -> key.startsWith(prefix))
                .map(key -> key.substring(0, key.indexOf(']', prefix.length()) + 1))
                .distinct().count();
    }

    /** The keys of both, in this one's order first: what a field-by-field comparison walks. */
    List<String> keysWith(X12InvoiceFacts other) {
        List<String> keys = new ArrayList<>(business.keySet());
        other.business.keySet().stream().filter(key -> !business.containsKey(key)).forEach(keys::add);
        return keys;
    }

    /** Builds keys from SAX events: a path of loop and segment names, each with its occurrence under its parent. */
    private static final class Collector extends DefaultHandler {
        final Map<String, String> envelope = new LinkedHashMap<>();
        final Map<String, String> business = new LinkedHashMap<>();
        private final Deque<String> path = new ArrayDeque<>();
        private final Deque<Map<String, Integer>> occurrences = new ArrayDeque<>();

        @Override
        public void startElement(String uri, String localName, String name, Attributes attributes) {
            if (name.equals("interchange") || name.equals("message")) {
                occurrences.push(new HashMap<>());
                return;
            }
            int occurrence = occurrences.peek().merge(name, 1, Integer::sum);
            String here = (path.isEmpty() ? "" : path.peek() + "/") + name + "[" + occurrence + "]";
            for (int i = 0; i < attributes.getLength(); i++) {
                if (ENVELOPE.contains(name)) {
                    envelope.put(name + "/" + attributes.getQName(i), attributes.getValue(i));
                } else {
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
