package org.entrepot.translate.edi;

import freemarker.template.SimpleHash;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Configuration;
import java.util.List;
import java.util.Map;

/**
 * The functions {@code mappings/common/edifact-read.ftl} gives templates for reading the EDI
 * model ({@code v}, {@code first}, {@code group}, {@code dtm}, {@code moa}, {@code date},
 * {@code itemNumber}), implemented in Java: templates call them hundreds of times per message,
 * and a FreeMarker-defined function costs several times more per call.
 */
public final class EdiFunctions {

    private static final SimpleScalar EMPTY = new SimpleScalar("");
    private static final SimpleHash NOTHING = new SimpleHash(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_32).build());
    private static final String[] PIA_POSITIONS = {"e02", "e03", "e04", "e05", "e06"};

    private EdiFunctions() {
    }

    /** Name → function, as templates see them under {@code entrepot.edi}. */
    public static Map<String, Object> all() {
        return Map.of(
                "v", (TemplateMethodModelEx) args -> scalar(value(segment(args.get(0)), string(args.get(1)))),
                "first", (TemplateMethodModelEx) args -> found(first(args.get(0), string(args.get(1)), string(args.get(2)))),
                "group", (TemplateMethodModelEx) args -> found(group(args.get(0), string(args.get(1)), string(args.get(2)),
                        string(args.get(3)))),
                "dtm", (TemplateMethodModelEx) args -> scalar(value(first(args.get(0), "e01_01", string(args.get(1))), "e01_02")),
                "moa", (TemplateMethodModelEx) args -> scalar(value(first(args.get(0), "e01_01", string(args.get(1))), "e01_02")),
                "date", (TemplateMethodModelEx) args -> scalar(isoDate(string(args.get(0)))),
                "itemNumber", (TemplateMethodModelEx) args -> scalar(itemNumber(args.get(0), string(args.get(1)))));
    }

    /** The segment a template passed: a segment, or the first of a list; null for nothing. */
    static EdiNode.Segment segment(Object argument) {
        if (argument instanceof EdiNode.Segment segment) {
            return segment;
        }
        if (argument instanceof EdiNode.Nodes nodes && nodes.first() instanceof EdiNode.Segment segment) {
            return segment;
        }
        return null;
    }

    static String value(EdiNode.Segment segment, String key) {
        if (segment == null) {
            return "";
        }
        String value = segment.value(key);
        return value == null ? "" : value;
    }

    /** The first segment among {@code nodes} whose element {@code key} equals {@code value}. */
    static EdiNode.Segment first(Object nodes, String key, String value) throws TemplateModelException {
        for (EdiNode node : members(nodes)) {
            if (node instanceof EdiNode.Segment segment && value.equals(segment.value(key))) {
                return segment;
            }
        }
        return null;
    }

    /** The first group whose {@code tag} segment has element {@code key} equal to {@code value}. */
    static EdiNode.Group group(Object groups, String tag, String key, String value) throws TemplateModelException {
        for (EdiNode node : members(groups)) {
            if (node instanceof EdiNode.Group group) {
                for (EdiNode child : group.children()) {
                    if (child.name.equals(tag)) {
                        if (child instanceof EdiNode.Segment segment && value.equals(segment.value(key))) {
                            return group;
                        }
                        break;
                    }
                }
            }
        }
        return null;
    }

    static String itemNumber(Object pias, String type) throws TemplateModelException {
        for (EdiNode node : members(pias)) {
            if (node instanceof EdiNode.Segment pia) {
                for (String position : PIA_POSITIONS) {
                    if (type.equals(pia.value(position + "_02"))) {
                        return value(pia, position + "_01");
                    }
                }
            }
        }
        return "";
    }

    /** Format 102 ({@code CCYYMMDD}) as an ISO date; other lengths pass through. */
    static String isoDate(String value) {
        if (value.length() != 8) {
            return value;
        }
        return value.substring(0, 4) + "-" + value.substring(4, 6) + "-" + value.substring(6);
    }

    private static List<EdiNode> members(Object argument) throws TemplateModelException {
        if (argument instanceof EdiNode.Nodes nodes) {
            return nodes.list();
        }
        if (argument instanceof EdiNode node) {
            return List.of(node);
        }
        if (argument instanceof TemplateSequenceModel || argument == null || argument instanceof SimpleHash) {
            return List.of();
        }
        throw new TemplateModelException("expected EDI segments, got " + argument.getClass().getSimpleName());
    }

    private static String string(Object argument) throws TemplateModelException {
        if (argument instanceof TemplateScalarModel scalar) {
            return scalar.getAsString();
        }
        throw new TemplateModelException("expected a string argument");
    }

    private static TemplateModel scalar(String value) {
        return value.isEmpty() ? EMPTY : new SimpleScalar(value);
    }

    /** A found node, or an empty hash that every test for content treats as nothing. */
    private static TemplateModel found(EdiNode node) {
        return node == null ? NOTHING : node;
    }
}
