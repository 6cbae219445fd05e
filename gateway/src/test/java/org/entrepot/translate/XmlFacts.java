package org.entrepot.translate;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.entrepot.document.HardenedXml;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Every value of an XML document by its path ({@code GoodsItem[2]/NetMassMeasure/@unitCode}),
 * parsed with a hardened JDK parser and none of the mappings, so two documents can be compared
 * field by field.
 */
final class XmlFacts {

    private XmlFacts() {
    }

    static Map<String, String> of(byte[] xml) {
        try {
            Element root = HardenedXml.documentBuilders().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml)).getDocumentElement();
            Map<String, String> facts = new LinkedHashMap<>();
            collect(root, "", facts);
            return facts;
        } catch (Exception e) {
            throw new IllegalArgumentException("not well-formed XML", e);
        }
    }

    private static void collect(Element element, String path, Map<String, String> facts) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            if (!attribute.getNodeName().startsWith("xmlns")) {
                facts.put(path + "/@" + attribute.getNodeName(), attribute.getNodeValue());
            }
        }
        Map<String, Integer> occurrences = new HashMap<>();
        boolean leaf = true;
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                leaf = false;
                String name = childElement.getLocalName();
                int occurrence = occurrences.merge(name, 1, Integer::sum);
                collect(childElement, path + (path.isEmpty() ? "" : "/") + name + "[" + occurrence + "]", facts);
            }
        }
        if (leaf) {
            facts.put(path, element.getTextContent().trim());
        }
    }
}
