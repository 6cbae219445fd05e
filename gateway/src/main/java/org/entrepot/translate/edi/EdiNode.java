package org.entrepot.translate.edi;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateSequenceModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The model a mapping template reads an EDI message through, built straight from the stream:
 * a segment is a hash of its data elements ({@code nad.e04_01}); a segment group and the message
 * are hashes of their children by tag or group code, each lookup giving the list of those
 * children ({@code message.SG2}, {@code group.NAD}); a list answers hash lookups for its first
 * member, so {@code message.BGM.e02} reads the only BGM. Implemented on FreeMarker's model
 * interfaces directly, without a DOM, because the mapping is on the hot path.
 */
public abstract sealed class EdiNode implements TemplateHashModel permits EdiNode.Segment, EdiNode.Group {

    final String name;

    EdiNode(String name) {
        this.name = name;
    }

    /** The segment tag or group code. */
    public String name() {
        return name;
    }

    /** One segment: data element values by attribute name ({@code e01}, {@code e02_01}, {@code e03r2_01}). */
    public static final class Segment extends EdiNode {
        private final String[] keys;
        private final String[] values;

        Segment(String tag, String[] keys, String[] values) {
            super(tag);
            this.keys = keys;
            this.values = values;
        }

        /** The attribute names of the data elements present, in segment order. */
        public List<String> keys() {
            return List.of(keys);
        }

        /** The value of a data element, or null when the segment does not carry it. */
        public String value(String key) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i].equals(key)) {
                    return values[i];
                }
            }
            return null;
        }

        @Override
        public TemplateModel get(String key) {
            String value = value(key);
            return value == null ? null : new SimpleScalar(value);
        }

        @Override
        public boolean isEmpty() {
            return false;
        }
    }

    /** A segment group, the message, or the interchange: its children in document order. */
    public static final class Group extends EdiNode {
        private final List<EdiNode> children = new ArrayList<>();
        /**
         * The children by name, built on the first lookup: a template reads {@code m.SG2},
         * {@code loop.HL} many times, and scanning the children for each read cost more than
         * the rest of the lookup. A group is complete before a template sees it.
         */
        private Map<String, Nodes> byName;

        Group(String code) {
            super(code);
        }

        void add(EdiNode child) {
            children.add(child);
            byName = null;
        }

        public List<EdiNode> children() {
            return children;
        }

        @Override
        public TemplateModel get(String key) {
            Map<String, Nodes> index = byName;
            if (index == null) {
                index = new HashMap<>();
                for (EdiNode child : children) {
                    index.computeIfAbsent(child.name, name -> new Nodes()).add(child);
                }
                byName = index;
            }
            Nodes found = index.get(key);
            return found == null ? Nodes.NONE : found;
        }

        @Override
        public boolean isEmpty() {
            return false;
        }
    }

    /**
     * The children of one name: a sequence, and for convenience a hash that reads its first member.
     * An empty list has no content ({@code ?has_content} is false) and answers every lookup with nothing.
     */
    public static final class Nodes implements TemplateSequenceModel, TemplateHashModel {
        /** Nothing: what a lookup of an absent name gives (never added to). */
        static final Nodes NONE = new Nodes();

        private final List<EdiNode> nodes = new ArrayList<>(2);

        void add(EdiNode node) {
            nodes.add(node);
        }

        public List<EdiNode> list() {
            return nodes;
        }

        public EdiNode first() {
            return nodes.isEmpty() ? null : nodes.get(0);
        }

        @Override
        public TemplateModel get(int index) {
            return index < nodes.size() ? nodes.get(index) : null;
        }

        @Override
        public int size() {
            return nodes.size();
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            // nothing under nothing, as with a DOM node list: message.SG7.CUX is empty when there is no SG7
            return nodes.isEmpty() ? NONE : nodes.get(0).get(key);
        }

        @Override
        public boolean isEmpty() {
            return nodes.isEmpty();
        }
    }
}
