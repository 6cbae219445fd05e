package org.entrepot.track;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.entrepot.document.Rejection;

/**
 * The sidecar text of a quarantined document, in {@link Properties} format.
 *
 * <p>Metadata comes from outside (file names, remote addresses, headers) and may hold anything:
 * line breaks, {@code =}, {@code #}, backslashes. {@link Properties#store} escapes every character
 * that means something in the format, so a value cannot add or change an entry; we rely on that
 * rather than on an escaping routine of our own. Entries are written one per line in key order
 * so that an operator reading the file finds it tidy.
 *
 * <pre>
 * # Entrepot quarantine record
 * at=2024-05-02T10:15:30.123Z
 * messageId=01HWX…
 * meta.fileName=INV 0001.edi
 * reason.0001.code=MISSING_SEGMENT
 * reason.0001.message=BGM is mandatory
 * reason.0001.position=segment 2 (BGM)
 * </pre>
 */
final class QuarantineRecord {

    private static final String HEADER = "# Entrepot quarantine record";
    private static final String MESSAGE_ID = "messageId";
    private static final String AT = "at";
    private static final String META = "meta.";
    private static final Pattern REASON_CODE = Pattern.compile("reason\\.(\\d{1,9})\\.code");

    private QuarantineRecord() {
    }

    /** The sidecar text for a document quarantined at the given time. */
    static byte[] write(String messageId, Instant at, Map<String, String> metadata, List<Rejection> reasons) {
        Properties entries = new Properties();
        entries.setProperty(MESSAGE_ID, messageId);
        entries.setProperty(AT, at.toString());
        metadata.forEach((key, value) -> {
            if (key != null && value != null) {
                entries.setProperty(META + key, value);
            }
        });
        for (int i = 0; i < reasons.size(); i++) {
            Rejection rejection = reasons.get(i);
            String prefix = String.format("reason.%04d.", i + 1);
            entries.setProperty(prefix + "code", rejection.reason().name());
            entries.setProperty(prefix + "position", rejection.position().toString());
            entries.setProperty(prefix + "message", rejection.message());
        }
        StringWriter text = new StringWriter();
        try {
            entries.store(text, null);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
        // store() puts one entry per line (line breaks inside values are escaped) after a date
        // comment; drop the comment, which duplicates "at", and sort the entries
        String entryLines = Arrays.stream(text.toString().split(Pattern.quote(System.lineSeparator())))
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .sorted()
                .collect(Collectors.joining("\n"));
        return (HEADER + "\n" + entryLines + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads a sidecar back.
     *
     * @throws IOException if the text is not a complete quarantine record
     */
    static QuarantinedDocument read(byte[] sidecar) throws IOException {
        Properties entries = new Properties();
        entries.load(new StringReader(new String(sidecar, StandardCharsets.UTF_8)));
        String messageId = entries.getProperty(MESSAGE_ID);
        String at = entries.getProperty(AT);
        if (messageId == null || at == null) {
            throw new IOException("not a quarantine record: messageId or at missing");
        }
        try {
            return new QuarantinedDocument(messageId, Instant.parse(at), metadata(entries), reasons(entries));
        } catch (DateTimeParseException e) {
            throw new IOException("not a quarantine record: bad time " + at, e);
        }
    }

    private static Map<String, String> metadata(Properties entries) {
        Map<String, String> metadata = new TreeMap<>();
        for (String key : entries.stringPropertyNames()) {
            if (key.startsWith(META)) {
                metadata.put(key.substring(META.length()), entries.getProperty(key));
            }
        }
        return metadata;
    }

    private static List<String> reasons(Properties entries) {
        TreeMap<Integer, String> byNumber = new TreeMap<>();
        for (String key : entries.stringPropertyNames()) {
            Matcher code = REASON_CODE.matcher(key);
            if (code.matches()) {
                String prefix = key.substring(0, key.length() - "code".length());
                byNumber.put(Integer.parseInt(code.group(1)), entries.getProperty(key)
                        + " at " + entries.getProperty(prefix + "position", "-")
                        + ": " + entries.getProperty(prefix + "message", ""));
            }
        }
        return new ArrayList<>(byNumber.values());
    }
}
