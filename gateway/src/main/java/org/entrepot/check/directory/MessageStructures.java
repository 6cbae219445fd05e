package org.entrepot.check.directory;

import static org.entrepot.check.directory.DfdlDocuments.children;
import static org.entrepot.check.directory.DfdlDocuments.occurs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.entrepot.check.directory.StructureNode.Group;
import org.entrepot.check.directory.StructureNode.SegmentUse;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The branching diagrams of one directory's messages, read from the pack's
 * {@code EDIFACT-Messages.dfdl.xsd}. The pack models a message as nested XSD sequences: a
 * segment is an element with a {@code type}, a group is an element named {@code SegGrp-N} with
 * an anonymous type. Its message types start at BGM (or the message's first segment): UNH and
 * UNT are the envelope's, and so are left to StAEDI's control schema.
 */
final class MessageStructures {

    private static final String GROUP_PREFIX = "SegGrp-";

    private final Map<String, Element> messageTypes = new HashMap<>();

    private MessageStructures() {
    }

    /** Indexes the message types of a parsed {@code EDIFACT-Messages.dfdl.xsd}; structures are read on demand. */
    static MessageStructures read(Document messagesSchema) {
        MessageStructures structures = new MessageStructures();
        for (Element complexType : children(messagesSchema.getDocumentElement(), "complexType")) {
            structures.messageTypes.put(complexType.getAttribute("name"), complexType);
        }
        return structures;
    }

    /** The top level of the message's branching diagram, or empty when the directory lacks the message. */
    Optional<List<StructureNode>> structure(String messageType) {
        Element complexType = messageTypes.get(messageType);
        if (complexType == null) {
            return Optional.empty();
        }
        List<StructureNode> nodes = new ArrayList<>();
        collect(complexType, nodes);
        return Optional.of(List.copyOf(nodes));
    }

    private static void collect(Element parent, List<StructureNode> nodes) {
        for (Element child : children(parent)) {
            switch (child.getLocalName()) {
                case "sequence", "complexType" -> collect(child, nodes);
                case "element" -> nodes.add(node(child));
                case "annotation" -> { }
                default -> throw new IllegalStateException("unexpected xsd:" + child.getLocalName()
                        + " in message structure near " + parent.getAttribute("name"));
            }
        }
    }

    private static StructureNode node(Element element) {
        String name = element.getAttribute("name");
        int min = occurs(element, "minOccurs");
        int max = occurs(element, "maxOccurs");
        if (element.hasAttribute("type")) {
            return new SegmentUse(name, min, max);
        }
        if (!name.startsWith(GROUP_PREFIX)) {
            throw new IllegalStateException("element " + name + " is neither a segment nor a segment group");
        }
        List<StructureNode> children = new ArrayList<>();
        collect(element, children);
        return new Group(Integer.parseInt(name.substring(GROUP_PREFIX.length())), min, max, children);
    }
}
