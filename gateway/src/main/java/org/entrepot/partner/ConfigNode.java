package org.entrepot.partner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML node that knows where it is: the file, its line and its key path. Reading the node tree
 * rather than constructed Maps keeps line numbers, so every configuration problem can point at
 * the exact spot, and scalars keep their text (a GLN with a leading zero stays a string).
 */
final class ConfigNode {

    private final String source;
    private final String key;
    private final Node node;

    private ConfigNode(String source, String key, Node node) {
        this.source = source;
        this.key = key;
        this.node = node;
    }

    static ConfigNode root(String source, Node node) {
        return new ConfigNode(source, "", node);
    }

    String key() {
        return key;
    }

    /** 1-based line where the node starts. */
    int line() {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    PartnerConfigException problem(String message) {
        return new PartnerConfigException(source, line(), key, message);
    }

    /**
     * The node as a mapping whose keys must all be among {@code allowed}: an unknown key is
     * almost always a typo, and ignoring it would silently drop the setting it meant.
     */
    Mapping mapping(Set<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            throw problem("must be a mapping of " + String.join(", ", new TreeSet<>(allowed)));
        }
        Map<String, ConfigNode> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            String name = keyNode instanceof ScalarNode scalar ? scalar.getValue() : null;
            String childKey = key.isEmpty() ? String.valueOf(name) : key + "." + name;
            ConfigNode at = new ConfigNode(source, childKey, keyNode);
            if (name == null || !allowed.contains(name)) {
                throw at.problem("unknown key; expected one of " + String.join(", ", new TreeSet<>(allowed)));
            }
            if (entries.containsKey(name)) {
                throw at.problem("appears twice");
            }
            entries.put(name, new ConfigNode(source, childKey, tuple.getValueNode()));
        }
        return new Mapping(this, entries);
    }

    /** The node as a list; an empty value ({@code key:} with nothing after it) is an empty list. */
    List<ConfigNode> sequence() {
        if (isNull()) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            throw problem("must be a list");
        }
        List<ConfigNode> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            items.add(new ConfigNode(source, key + "[" + items.size() + "]", item));
        }
        return items;
    }

    /** The node's text, which must be a non-blank scalar; surrounding spaces are dropped. */
    String text() {
        if (!(node instanceof ScalarNode scalar)) {
            throw problem("must be a single value");
        }
        if (isNull() || scalar.getValue().isBlank()) {
            throw problem("must not be empty");
        }
        return scalar.getValue().strip();
    }

    /** {@code true} or {@code false} only: YAML 1.1's yes/no/on/off are too easy to misread. */
    boolean bool() {
        String text = text().toLowerCase(Locale.ROOT);
        if (!text.equals("true") && !text.equals("false")) {
            throw problem("must be true or false");
        }
        return text.equals("true");
    }

    private boolean isNull() {
        return Tag.NULL.equals(node.getTag()) && node instanceof ScalarNode;
    }

    /** A checked mapping: its parent node (for missing-key problems) and its entries. */
    static final class Mapping {

        private final ConfigNode owner;
        private final Map<String, ConfigNode> entries;

        private Mapping(ConfigNode owner, Map<String, ConfigNode> entries) {
            this.owner = owner;
            this.entries = entries;
        }

        ConfigNode required(String name) {
            ConfigNode value = entries.get(name);
            if (value == null) {
                String missing = owner.key.isEmpty() ? name : owner.key + "." + name;
                throw new PartnerConfigException(owner.source, owner.line(), missing, "is missing");
            }
            return value;
        }

        Optional<ConfigNode> optional(String name) {
            return Optional.ofNullable(entries.get(name));
        }

        /** Every entry, in file order. */
        Map<String, ConfigNode> entries() {
            return java.util.Collections.unmodifiableMap(entries);
        }
    }
}
