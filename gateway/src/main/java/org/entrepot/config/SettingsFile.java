package org.entrepot.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A gateway properties file read entry by entry, remembering the line each entry starts on so a
 * bad value can be reported as {@code gateway.properties, line 12}. {@link Properties#load} does
 * the parsing of each entry (escapes, separators, continuation lines), so the file means exactly
 * what any Java properties reader takes it to mean; it just loses line numbers, which is why the
 * file is cut into entries here first.
 */
final class SettingsFile {

    /** One entry: key, value (trimmed), and the 1-based line it starts on. */
    record Entry(String key, String value, int line) {
    }

    private SettingsFile() {
    }

    /**
     * @param file a UTF-8 properties file
     * @return its entries in file order, duplicates included
     * @throws IOException if the file cannot be read or is not UTF-8
     */
    static List<Entry> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Entry> entries = new ArrayList<>();
        int index = 0;
        while (index < lines.size()) {
            int firstLine = index + 1;
            String line = lines.get(index);
            if (isBlankOrComment(line)) {
                index++;
                continue;
            }
            StringBuilder logical = new StringBuilder(line);
            while (continues(lines.get(index)) && index + 1 < lines.size()) {
                index++;
                logical.append('\n').append(lines.get(index));
            }
            index++;
            Properties parsed = new Properties();
            parsed.load(new StringReader(logical.toString()));
            for (String key : parsed.stringPropertyNames()) {
                entries.add(new Entry(key, parsed.getProperty(key).trim(), firstLine));
            }
        }
        return entries;
    }

    private static boolean isBlankOrComment(String line) {
        String start = line.stripLeading();
        return start.isEmpty() || start.charAt(0) == '#' || start.charAt(0) == '!';
    }

    // an odd number of trailing backslashes escapes the line break; an even number is literal
    private static boolean continues(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
