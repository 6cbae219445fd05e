package org.entrepot.translate.edi;

import freemarker.template.SimpleHash;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleScalar;
import freemarker.template.SimpleSequence;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Configuration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The functions {@code mappings/common/edifact-read.ftl} gives templates for reading the EDI
 * model ({@code v}, {@code first}, {@code group}, {@code dtm}, {@code moa}, {@code date},
 * {@code itemNumber}), implemented in Java: templates call them hundreds of times per message,
 * and a FreeMarker-defined function costs several times more per call.
 */
public final class EdiFunctions {

    private static final SimpleScalar EMPTY = new SimpleScalar("");
    private static final ObjectWrapper WRAPPER = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_32).build();
    private static final SimpleHash NOTHING = new SimpleHash(WRAPPER);
    private static final Pattern LEADING_ZEROS = Pattern.compile("^0+");
    private static final String[] PIA_POSITIONS = {"e02", "e03", "e04", "e05", "e06"};

    private EdiFunctions() {
    }

    /** Name → function, as templates see them under {@code entrepot.edi}. */
    public static Map<String, Object> all() {
        return Map.ofEntries(
                Map.entry("v", (TemplateMethodModelEx) args -> scalar(value(segment(args.get(0)), string(args.get(1))))),
                Map.entry("first", (TemplateMethodModelEx) args -> found(first(args.get(0), string(args.get(1)), string(args.get(2))))),
                Map.entry("group", (TemplateMethodModelEx) args -> found(group(args.get(0), string(args.get(1)), string(args.get(2)),
                        string(args.get(3))))),
                Map.entry("dtm", (TemplateMethodModelEx) args -> scalar(value(first(args.get(0), "e01_01", string(args.get(1))), "e01_02"))),
                Map.entry("moa", (TemplateMethodModelEx) args -> scalar(value(first(args.get(0), "e01_01", string(args.get(1))), "e01_02"))),
                Map.entry("date", (TemplateMethodModelEx) args -> scalar(isoDate(string(args.get(0))))),
                Map.entry("itemNumber", (TemplateMethodModelEx) args -> scalar(itemNumber(args.get(0), string(args.get(1))))),
                // X12 reading (common/x12-read.ftl): X12 templates call these on every line
                Map.entry("x12Value", (TemplateMethodModelEx) args -> scalar(value(first(args.get(0), "e01", string(args.get(1))), "e02"))),
                Map.entry("x12Implied2", (TemplateMethodModelEx) args -> scalar(impliedTwoDecimals(string(args.get(0))))),
                Map.entry("x12ProductIds", (TemplateMethodModelEx) args -> productIds(segment(args.get(0)), integer(args.get(1)),
                        integer(args.get(2)))),
                Map.entry("x12Communications", (TemplateMethodModelEx) args -> communications(segment(args.get(0)))));
    }

    /** An X12 Nn value with two implied decimals ("34992", "-5", "0012") as a decimal ("349.92", "-0.05", "0.12"). */
    static String impliedTwoDecimals(String value) {
        if (value.isEmpty()) {
            return "";
        }
        boolean negative = value.startsWith("-");
        String digits = LEADING_ZEROS.matcher(negative ? value.substring(1) : value).replaceFirst("");
        if (digits.length() < 3) {
            digits = "0".repeat(3 - digits.length()) + digits;
        }
        return (negative ? "-" : "") + digits.substring(0, digits.length() - 2) + "." + digits.substring(digits.length() - 2);
    }

    /**
     * The product identifiers of an X12 line segment as [qualifier, id] pairs, read from element
     * {@code from} to {@code to} in pairs (IT106/IT107 … IT124/IT125: 6 to 24); pairs lacking either half are left out.
     */
    static TemplateModel productIds(EdiNode.Segment segment, int from, int to) {
        SimpleSequence ids = new SimpleSequence(WRAPPER);
        for (int position = from; position <= to; position += 2) {
            String qualifier = value(segment, elementKey(position));
            String id = value(segment, elementKey(position + 1));
            if (!qualifier.isEmpty() && !id.isEmpty()) {
                SimpleSequence pair = new SimpleSequence(2, WRAPPER);
                pair.add(new SimpleScalar(qualifier));
                pair.add(new SimpleScalar(id));
                ids.add(pair);
            }
        }
        return ids;
    }

    /** The communication numbers of a PER segment (PER03/04, 05/06, 07/08) by qualifier (TE, FX, EM …); the first of each wins. */
    static TemplateModel communications(EdiNode.Segment per) {
        Map<String, Object> numbers = new LinkedHashMap<>();
        for (int position = 3; position <= 7; position += 2) {
            String qualifier = value(per, elementKey(position));
            if (!qualifier.isEmpty()) {
                numbers.putIfAbsent(qualifier, value(per, elementKey(position + 1)));
            }
        }
        return new SimpleHash(numbers, WRAPPER);
    }

    private static String elementKey(int position) {
        return position < 10 ? "e0" + position : "e" + position;
    }

    private static int integer(Object argument) throws TemplateModelException {
        if (argument instanceof TemplateNumberModel number) {
            return number.getAsNumber().intValue();
        }
        throw new TemplateModelException("expected a number argument");
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
