package org.entrepot.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The text of every setting and where it came from, before any value is interpreted. Later
 * sources win: default, then the file, then the environment, then system properties.
 */
final class RawSettings {

    /** A setting's text and a phrase naming its source, e.g. {@code gateway.properties, line 4}. */
    record Sourced(String value, String origin) {

        boolean isDefault() {
            return DEFAULT.equals(origin);
        }
    }

    static final String DEFAULT = "default";
    private static final String PREFIX = "entrepot.";

    private final Map<GatewaySetting, Sourced> values = new EnumMap<>(GatewaySetting.class);

    private RawSettings() {
        for (GatewaySetting setting : GatewaySetting.values()) {
            values.put(setting, new Sourced(setting.defaultValue(), DEFAULT));
        }
    }

    /**
     * Reads the sources in order of precedence.
     *
     * @param file the properties file, or {@code null} for none
     * @param environment environment variables
     * @param systemProperties system properties
     * @param problems collects what is wrong with the file itself (unreadable, unknown or repeated keys)
     */
    static RawSettings read(Path file, Map<String, String> environment, Properties systemProperties,
            List<String> problems) {
        RawSettings settings = new RawSettings();
        if (file != null) {
            settings.readFile(file, problems);
        }
        for (GatewaySetting setting : GatewaySetting.values()) {
            String fromEnvironment = environment.get(setting.environmentVariable());
            if (fromEnvironment != null) {
                settings.values.put(setting, new Sourced(fromEnvironment.trim(),
                        "environment variable " + setting.environmentVariable()));
            }
        }
        for (GatewaySetting setting : GatewaySetting.values()) {
            String fromProperty = systemProperties.getProperty(setting.key());
            if (fromProperty != null) {
                settings.values.put(setting, new Sourced(fromProperty.trim(), "system property " + setting.key()));
            }
        }
        return settings;
    }

    /** Settings given by a program (tests, an embedding application): only these over the defaults. */
    static RawSettings given(Map<String, String> given, List<String> problems) {
        RawSettings settings = new RawSettings();
        given.forEach((key, value) -> {
            GatewaySetting setting = GatewaySetting.forKey(key);
            if (setting == null) {
                problems.add(key + ": unknown setting");
            } else {
                settings.values.put(setting, new Sourced(value == null ? "" : value.trim(), "given"));
            }
        });
        return settings;
    }

    Sourced get(GatewaySetting setting) {
        return values.get(setting);
    }

    private void readFile(Path file, List<String> problems) {
        if (!Files.isRegularFile(file)) {
            problems.add("configuration file " + file + " does not exist or is not a file");
            return;
        }
        List<SettingsFile.Entry> entries;
        try {
            entries = SettingsFile.read(file);
        } catch (CharacterCodingException e) {
            problems.add("configuration file " + file + " is not UTF-8 text");
            return;
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException: Properties rejects a malformed \\uXXXX escape
            problems.add("configuration file " + file + " cannot be read: " + e.getMessage());
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (SettingsFile.Entry entry : entries) {
            String where = file + ", line " + entry.line();
            GatewaySetting setting = GatewaySetting.forKey(entry.key());
            Integer earlier = seen.putIfAbsent(entry.key(), entry.line());
            if (setting == null) {
                // a typo in a key would otherwise silently leave the default in force
                if (entry.key().startsWith(PREFIX)) {
                    problems.add(entry.key() + " (" + where + "): unknown setting");
                } else {
                    problems.add(entry.key() + " (" + where + "): not a gateway setting (keys start with "
                            + PREFIX + ")");
                }
            } else if (earlier != null) {
                problems.add(entry.key() + " (" + where + "): set again, first set on line " + earlier);
            } else {
                values.put(setting, new Sourced(entry.value(), where));
            }
        }
    }
}
