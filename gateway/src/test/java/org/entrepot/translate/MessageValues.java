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
 * What each message of an EDIFACT or X12 interchange says, read for tests with the gateway's own
 * cursor and structures and none of the mappings: every data element of every segment between
 * the message header and trailer, keyed by where it sits, e.g. {@code SG10[2]/SG15[1]/QTY[1]/e01_02}
 * for the quantity of the first line of the second package group, {@code D_HL[4]/SN1[1]/e02}.
 * Envelope segments (UNB, UNG, UNH, UNT, ISA, GS, ST, SE …), which a translation rewrites, are
 * left out.
 *
 * @param messages one map per message, in document order
 * @param problems what the validating reader reported
 */
record MessageValues(List<Map<String, String>> messages, List<Rejection> problems) {

    private static final Set<String> ENVELOPE = Set.of("UNB", "UNG", "UNH", "UNT", "UNE", "UNZ",
            "ISA", "GS", "ST", "SE", "GE", "IEA");

    static MessageValues read(byte[] interchange, Charset charset) {
        List<Map<String, String>> messages = new ArrayList<>();
        try (EdiMessageCursor cursor = new EdiMessageCursor(interchange, charset,
                Translator.transactionSchemas(new MessageSchemas()))) {
            Collector collector = new Collector();
            while (EdiEvents.replayNext(cursor, collector)) {
                messages.add(collector.facts);
                collector = new Collector();
            }
            return new MessageValues(messages, cursor.problems());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The facts of the only message. */
    Map<String, String> single() {
        if (messages.size() != 1) {
            throw new IllegalStateException("expected one message, found " + messages.size());
        }
        return messages.get(0);
    }

    /** What differs between two messages' facts, as key: before -> after (empty when they agree). */
    static Map<String, String> difference(Map<String, String> before, Map<String, String> after) {
        Map<String, String> differences = new java.util.TreeMap<>();
        before.forEach((key, value) -> {
            if (!value.equals(after.get(key))) {
                differences.put(key, value + " -> " + after.get(key));
            }
        });
        after.forEach((key, value) -> {
            if (!before.containsKey(key)) {
                differences.put(key, "null -> " + value);
            }
        });
        return differences;
    }

    /** Builds keys from SAX events: a path of group and segment names, each with its occurrence under its parent. */
    private static final class Collector extends DefaultHandler {
        final Map<String, String> facts = new LinkedHashMap<>();
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
            if (!ENVELOPE.contains(name)) {
                for (int i = 0; i < attributes.getLength(); i++) {
                    facts.put(here + "/" + attributes.getQName(i), attributes.getValue(i));
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
