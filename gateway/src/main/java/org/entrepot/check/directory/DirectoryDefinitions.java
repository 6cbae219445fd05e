package org.entrepot.check.directory;

import static java.lang.Integer.parseInt;
import static org.entrepot.check.directory.DfdlDocuments.children;
import static org.entrepot.check.directory.DfdlDocuments.localType;
import static org.entrepot.check.directory.DfdlDocuments.occurs;
import static org.entrepot.check.directory.DfdlDocuments.title;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The segments, composites and data elements of one EDIFACT directory, read from the pack's
 * {@code EDIFACT-Segments.dfdl.xsd}, plus the service segments messages use (UNS, UGH, UGT).
 *
 * <p>Lengths come from the names of the pack's base types ({@code alpha0-35} is an..35,
 * {@code numeric1-18} is n..18, {@code numeric3} is n3); an unknown base type name fails the
 * build rather than producing a schema that validates nothing.
 *
 * <p>Codes: an element gets exactly the code list the pack enumerates for it. The pack
 * enumerates the lists the UN maintains in the directory (3035 party qualifier, 1001 document
 * name, 5025 amount type...) and leaves externally maintained lists open (3207 ISO 3166
 * countries, 6345 ISO 4217 currencies, 6411 UN/ECE Rec. 20 units), which is the rule we want:
 * StAEDI reports INVALID_CODE_VALUE for a code the directory does not know, and accepts any
 * value where the directory defers to another body.
 */
final class DirectoryDefinitions {

    private static final Pattern DATA_ELEMENT = Pattern.compile("E(\\d{4})-.*");
    private static final Pattern COMPOSITE = Pattern.compile("([CS]\\d{3})-.*");
    private static final Pattern SEGMENT = Pattern.compile("([A-Z]{3})-.*");
    private static final Pattern ALPHA = Pattern.compile("alpha(\\d+)-(\\d+)");
    private static final Pattern NUMERIC_RANGE = Pattern.compile("numeric(\\d+)-(\\d+)");
    private static final Pattern NUMERIC_FIXED = Pattern.compile("numeric(\\d+)");
    /** ISO 9735 allows at most 99 positions in a segment or composite. */
    private static final int MAX_POSITIONS = 99;

    private final Map<String, DataElement> elements = new HashMap<>();
    private final Map<String, Composite> composites = new HashMap<>();
    private final Map<String, Segment> segments = new HashMap<>();

    private DirectoryDefinitions() {
    }

    /** Reads the definitions from a parsed {@code EDIFACT-Segments.dfdl.xsd}. */
    static DirectoryDefinitions read(Document segmentsSchema) {
        DirectoryDefinitions definitions = new DirectoryDefinitions();
        Element schema = segmentsSchema.getDocumentElement();
        for (Element simpleType : children(schema, "simpleType")) {
            definitions.readDataElement(simpleType);
        }
        for (Element complexType : children(schema, "complexType")) {
            definitions.readComposite(complexType);
            definitions.readSegment(complexType);
        }
        // Service segments are defined in Smooks' EDIFACT-Common, not in the directory pack.
        ServiceSegments.elements().forEach(e -> definitions.elements.putIfAbsent("E" + e.number(), e));
        ServiceSegments.segments().forEach(s -> definitions.segments.putIfAbsent(s.tag(), s));
        return definitions;
    }

    Optional<Segment> segment(String tag) {
        return Optional.ofNullable(segments.get(tag));
    }

    /** The composite with this id ({@code C082}), or empty when the id names a simple element. */
    Optional<Composite> composite(String id) {
        return Optional.ofNullable(composites.get(id));
    }

    /** The simple data element with this id ({@code E3035}). */
    DataElement element(String id) {
        DataElement element = elements.get(id);
        if (element == null) {
            throw new IllegalStateException("no data element " + id + " in the directory");
        }
        return element;
    }

    private void readDataElement(Element simpleType) {
        String name = simpleType.getAttribute("name");
        Matcher number = DATA_ELEMENT.matcher(name);
        if (!number.matches()) {
            return; // a base type such as alpha0-35: used through the elements that restrict it
        }
        Element restriction = children(simpleType, "restriction").get(0);
        String base = localType(restriction, "base");
        List<String> codes = children(restriction, "enumeration").stream()
                .map(value -> value.getAttribute("value"))
                .toList();
        elements.put("E" + number.group(1), lengths(number.group(1), title(name), base, codes));
    }

    private static DataElement lengths(String number, String title, String base, List<String> codes) {
        Matcher m = ALPHA.matcher(base);
        if (m.matches()) {
            return new DataElement(number, title, "string", atLeastOne(m.group(1)), parseInt(m.group(2)), codes);
        }
        m = NUMERIC_RANGE.matcher(base);
        if (m.matches()) {
            return new DataElement(number, title, "decimal", atLeastOne(m.group(1)), parseInt(m.group(2)), codes);
        }
        m = NUMERIC_FIXED.matcher(base);
        if (m.matches()) {
            int length = parseInt(m.group(1));
            return new DataElement(number, title, "decimal", length, length, codes);
        }
        throw new IllegalStateException("data element " + number + " has an unknown base type " + base);
    }

    /** The pack says 0 for "up to N"; StAEDI wants the length of a present value, at least 1. */
    private static int atLeastOne(String minimum) {
        return Math.max(1, parseInt(minimum));
    }

    private void readComposite(Element complexType) {
        String name = complexType.getAttribute("name");
        Matcher id = COMPOSITE.matcher(name);
        if (id.matches()) {
            composites.put(id.group(1), new Composite(id.group(1), title(name), positions(complexType)));
        }
    }

    private void readSegment(Element complexType) {
        String name = complexType.getAttribute("name");
        Matcher tag = SEGMENT.matcher(name);
        if (tag.matches()) {
            segments.put(tag.group(1), new Segment(tag.group(1), title(name), positions(complexType)));
        }
    }

    /**
     * The positions of a segment or composite. A position the pack declares with maxOccurs N
     * becomes N consecutive positions (EDIFACT syntax 3 repeats by position); the first
     * minOccurs of them are mandatory.
     */
    private static List<ElementPosition> positions(Element complexType) {
        List<ElementPosition> positions = new ArrayList<>();
        collectPositions(complexType, positions);
        return positions;
    }

    private static void collectPositions(Element parent, List<ElementPosition> positions) {
        for (Element child : children(parent)) {
            switch (child.getLocalName()) {
                case "sequence" -> collectPositions(child, positions);
                case "element" -> {
                    String id = idOf(localType(child, "type"));
                    int min = occurs(child, "minOccurs");
                    int max = occurs(child, "maxOccurs");
                    if (max > MAX_POSITIONS) {
                        throw new IllegalStateException(
                                id + " repeats " + max + " times in " + parent.getAttribute("name"));
                    }
                    for (int i = 0; i < max; i++) {
                        positions.add(new ElementPosition(id, i < min));
                    }
                }
                case "annotation" -> { }
                default -> throw new IllegalStateException("unexpected xsd:" + child.getLocalName()
                        + " in " + parent.getAttribute("name"));
            }
        }
    }

    /** {@code E3035-PartyQualifier} → {@code E3035}; {@code C082-PartyIdentificationDetails} → {@code C082}. */
    private static String idOf(String typeName) {
        int dash = typeName.indexOf('-');
        return dash < 0 ? typeName : typeName.substring(0, dash);
    }
}
