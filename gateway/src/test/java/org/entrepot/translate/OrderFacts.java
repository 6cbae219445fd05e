package org.entrepot.translate;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.function.Executable;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What an order-family interchange (EDIFACT or X12) says, read for tests with the gateway's own
 * cursor and message structures and none of the mappings: per message, every data element of
 * every segment between the message header and trailer, keyed by where it sits, e.g.
 * {@code SG25[2]/QTY[1]/e01_02} for the quantity of the second ORDERS D.96A line or
 * {@code D_PO1[1]/PO1[1]/e04} for the unit price of the first 850 line. The envelope (UNB, UNG,
 * UNH, UNT, ISA, GS, ST, SE), which a translation rewrites, is kept apart.
 *
 * @param messages  the business values of each message, in interchange order
 * @param envelopes the envelope values of each message ({@code UNB/e01_01}, {@code ISA/e13})
 * @param problems  what the reader reported for the whole interchange
 */
record OrderFacts(List<Map<String, String>> messages, List<Map<String, String>> envelopes, List<Rejection> problems) {

    private static final Set<String> ENVELOPE = Set.of("UNB", "UNG", "UNH", "UNT", "ISA", "GS", "ST", "SE");

    static OrderFacts read(byte[] interchange, Charset charset) {
        Collector collector = new Collector();
        try (EdiMessageCursor cursor = new EdiMessageCursor(interchange, charset,
                Translator.transactionSchemas(new MessageSchemas()))) {
            EdiEvents.replayAll(cursor, collector);
            cursor.finish();
            return new OrderFacts(collector.messages, collector.envelopes, cursor.problems());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The only message of a single-message interchange. */
    Map<String, String> only() {
        assertEquals(1, messages.size(), "messages in the interchange");
        return messages.get(0);
    }

    /** How many loops or groups named {@code name} sit directly under {@code parent} ("" for the message) of message {@code index}. */
    long count(int index, String parent, String name) {
        String prefix = parent.isEmpty() ? name + "[" : parent + "/" + name + "[";
        return messages.get(index).keySet().stream()
                .filter(key -> key.startsWith(prefix))
                .map(key -> key.substring(0, key.indexOf(']', prefix.length()) + 1))
                .distinct().count();
    }

    /** Asserts that two messages carry the same values at the same places, one assertion per value, and at least {@code expected} of them. */
    static void assertSameBusinessValues(Map<String, String> before, Map<String, String> after, int expected) {
        assertTrue(before.size() >= expected, "only " + before.size() + " values read");
        List<String> keys = new ArrayList<>(before.keySet());
        after.keySet().stream().filter(key -> !before.containsKey(key)).forEach(keys::add);
        assertAll(keys.stream().map(key -> (Executable) () -> assertEquals(before.get(key), after.get(key), key)));
    }

    /** Builds keys from SAX events: a path of group and segment names, each with its occurrence under its parent. */
    private static final class Collector extends DefaultHandler {
        final List<Map<String, String>> messages = new ArrayList<>();
        final List<Map<String, String>> envelopes = new ArrayList<>();
        private Map<String, String> business;
        private Map<String, String> envelope;
        private final Deque<String> path = new ArrayDeque<>();
        private final Deque<Map<String, Integer>> occurrences = new ArrayDeque<>();

        @Override
        public void startDocument() {
            business = new LinkedHashMap<>();
            envelope = new LinkedHashMap<>();
            messages.add(business);
            envelopes.add(envelope);
        }

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
