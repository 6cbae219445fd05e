package org.entrepot.translate;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.entrepot.document.HardenedXml;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Every value of an XML document flattened to paths of local names with their occurrence, e.g.
 * {@code /ShippingInstruction/ConsignmentItem[2]/HSCode[1]} or {@code …/GrossWeight[1]/@unit}:
 * what a field-by-field comparison of two of our documents walks. Read with a hardened JDK parser,
 * independently of the mapping templates.
 */
record XmlFacts(Map<String, String> values) {

    static XmlFacts parse(byte[] xml) {
        try {
            Element root = HardenedXml.documentBuilders().newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
            Map<String, String> values = new LinkedHashMap<>();
            collect(root, "/" + root.getLocalName(), values);
            return new XmlFacts(values);
        } catch (Exception e) {
            throw new IllegalArgumentException("not well-formed XML", e);
        }
    }

    private static void collect(Element element, String path, Map<String, String> values) {
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            Node attribute = element.getAttributes().item(i);
            if (!attribute.getNodeName().startsWith("xmlns")) {
                values.put(path + "/@" + attribute.getNodeName(), attribute.getNodeValue());
            }
        }
        Map<String, Integer> occurrences = new HashMap<>();
        boolean leaf = true;
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                leaf = false;
                int occurrence = occurrences.merge(childElement.getLocalName(), 1, Integer::sum);
                collect(childElement, path + "/" + childElement.getLocalName() + "[" + occurrence + "]", values);
            }
        }
        if (leaf) {
            values.put(path, element.getTextContent().trim());
        }
    }

    String get(String path) {
        return values.get(path);
    }

    /** The same facts without those whose path matches, for fields a format cannot carry. */
    XmlFacts without(Predicate<String> dropped) {
        Map<String, String> kept = new LinkedHashMap<>();
        values.forEach((path, value) -> {
            if (!dropped.test(path)) {
                kept.put(path, value);
            }
        });
        return new XmlFacts(kept);
    }

    List<String> differences(XmlFacts other) {
        List<String> differences = new ArrayList<>();
        values.forEach((path, value) -> {
            if (!value.equals(other.values.get(path))) {
                differences.add(path + ": " + value + " → " + other.values.get(path));
            }
        });
        other.values.keySet().stream().filter(path -> !values.containsKey(path))
                .forEach(path -> differences.add(path + ": (none) → " + other.values.get(path)));
        return differences;
    }
}
