package org.entrepot.translate.edi;

import io.xlate.edi.schema.EDIComplexType;
import io.xlate.edi.schema.EDIReference;
import io.xlate.edi.schema.EDIType;
import io.xlate.edi.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A message's segment groups, taken from its transaction schema and compiled into a small tree
 * that says, segment by segment, which groups close and which open. Translation reads with this
 * instead of StAEDI's structure validation, which costs four times the raw parse; the check
 * stage still validates every message in full before anything is translated.
 *
 * <p>The rule is the standard's: a segment belongs to the innermost open group that has it at
 * or after the current position; a group's trigger (its first segment) opens a new occurrence
 * of that group; a segment no open group knows closes groups until one does.
 */
public final class SegmentGroups {

    private static final Map<Schema, SegmentGroups> COMPILED = new ConcurrentHashMap<>();

    private static final boolean[] NO_COMPOSITES = new boolean[0];

    private final Group root;
    private final Map<String, boolean[]> composites;

    private SegmentGroups(Group root, Map<String, boolean[]> composites) {
        this.root = root;
        this.composites = composites;
    }

    /** The groups of a transaction schema, compiled once per schema and shared. */
    public static SegmentGroups of(Schema schema) {
        return COMPILED.computeIfAbsent(schema, s -> new SegmentGroups(compile("", s.getStandard()), composites(s)));
    }

    /**
     * Which element positions of a segment are composites ({@code [position]}, from 1). Without
     * StAEDI's validation a composite written with one component looks like a simple element;
     * the mapping must still see it as component 1 ({@code e04_01}), as it does when validated.
     */
    public boolean[] composites(String segmentTag) {
        return composites.getOrDefault(segmentTag, NO_COMPOSITES);
    }

    private static Map<String, boolean[]> composites(Schema schema) {
        Map<String, boolean[]> bySegment = new java.util.HashMap<>();
        for (EDIType type : schema) {
            if (type.isType(EDIType.Type.SEGMENT) && type instanceof EDIComplexType segment) {
                List<EDIReference> references = segment.getReferences();
                boolean[] positions = new boolean[references.size() + 1];
                for (int i = 0; i < references.size(); i++) {
                    positions[i + 1] = references.get(i).getReferencedType().isType(EDIType.Type.COMPOSITE);
                }
                bySegment.put(type.getCode(), positions);
            }
        }
        return Map.copyOf(bySegment);
    }

    /** A tracker for one message; not thread-safe, cheap to make. */
    public Tracker tracker() {
        return new Tracker(root);
    }

    private static Group compile(String code, EDIComplexType type) {
        List<Child> children = new ArrayList<>();
        for (EDIReference reference : type.getReferences()) {
            EDIType child = reference.getReferencedType();
            if (child.isType(EDIType.Type.SEGMENT)) {
                children.add(new Child(child.getCode(), null));
            } else if (child.isType(EDIType.Type.LOOP) && child instanceof EDIComplexType loop) {
                children.add(new Child(null, compile(child.getCode(), loop)));
            }
        }
        return new Group(code, children.toArray(Child[]::new));
    }

    /** A segment (tag) or a group at one position of a group. */
    private record Child(String tag, Group group) {
        boolean opens(String segment) {
            return group != null && group.trigger().equals(segment);
        }
    }

    private record Group(String code, Child[] children) {
        String trigger() {
            Child first = children[0];
            return first.tag() != null ? first.tag() : first.group().trigger();
        }
    }

    /** Follows one message segment by segment and reports group boundaries. */
    public static final class Tracker {

        private final Group[] groups = new Group[32];
        private final int[] positions = new int[32];
        private int depth;

        private Tracker(Group root) {
            groups[0] = root;
        }

        /** What a segment does to the open groups. */
        public interface Boundaries {
            void closed(String code);

            void opened(String code);
        }

        /** Moves to {@code tag}, reporting the groups it closes and opens. */
        public void segment(String tag, Boundaries out) {
            for (int level = depth; level >= 0; level--) {
                Child[] children = groups[level].children();
                // inside a group its trigger segment never repeats: a second trigger is the group's next occurrence
                int from = level > 0 && children[0].tag() != null ? Math.max(positions[level], 1) : positions[level];
                for (int i = from; i < children.length; i++) {
                    Child child = children[i];
                    if (tag.equals(child.tag())) {
                        closeTo(level, out);
                        positions[level] = i;
                        return;
                    }
                    if (child.opens(tag)) {
                        closeTo(level, out);
                        positions[level] = i;
                        open(child.group(), tag, out);
                        return;
                    }
                }
            }
            // a segment the message does not define: the check stage reports it; leave the groups as they are
        }

        /** Closes every open group (at the message trailer). */
        public void end(Boundaries out) {
            closeTo(0, out);
        }

        private void open(Group group, String tag, Boundaries out) {
            if (depth + 1 >= groups.length) {
                return;
            }
            depth++;
            groups[depth] = group;
            positions[depth] = 0;
            out.opened(group.code());
            Child first = group.children()[0];
            if (first.group() != null) {
                // a group whose first member is itself a group (rare, X12): open down to the segment
                open(first.group(), tag, out);
            }
        }

        private void closeTo(int level, Boundaries out) {
            while (depth > level) {
                out.closed(groups[depth].code());
                groups[depth] = null;
                depth--;
            }
        }
    }
}
