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
 * cursor and message structures and none of the mappings: every data element of every segment
 * between the message header and trailer, keyed by where it sits ({@code SG30[2]/MEA[1]/e03_02}
 * is the value of the first measurement of the second goods item). Envelope segments, which a
 * translation rewrites, are kept apart.
 *
 * @param messages the business values of each message, in interchange order
 * @param envelope the envelope's elements of the last message read ({@code UNB/e05}, {@code ISA/e13})
 * @param problems what the reader reported for the whole interchange
 */
record MessageFacts(List<Map<String, String>> messages, Map<String, String> envelope, List<Rejection> problems) {

    private static final Set<String> ENVELOPE = Set.of("UNB", "UNG", "UNH", "UNT", "UNE", "UNZ",
            "ISA", "GS", "ST", "SE", "GE", "IEA");

    static MessageFacts read(byte[] interchange, Charset charset) {
        Collector collector = new Collector();
        List<Map<String, String>> messages = new ArrayList<>();
        try (EdiMessageCursor cursor = new EdiMessageCursor(interchange, charset,
                Translator.transactionSchemas(new MessageSchemas()))) {
            while (EdiEvents.replayNext(cursor, collector)) {
                messages.add(collector.business);
                collector.business = new LinkedHashMap<>();
            }
            cursor.finish();
            return new MessageFacts(messages, collector.envelope, cursor.problems());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The values of the only (or first) message. */
    Map<String, String> first() {
        return messages.get(0);
    }

    /** One value of the first message, or null. */
    String get(String key) {
        return first().get(key);
    }

    /** Builds keys from SAX events: a path of group and segment names, each with its occurrence under its parent. */
    private static final class Collector extends DefaultHandler {
        final Map<String, String> envelope = new LinkedHashMap<>();
        Map<String, String> business = new LinkedHashMap<>();
        private final Deque<String> path = new ArrayDeque<>();
        private final Deque<Map<String, Integer>> occurrences = new ArrayDeque<>();

        @Override
        public void startDocument() {
            path.clear();
            occurrences.clear();
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
