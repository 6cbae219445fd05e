package org.entrepot.sign.xades;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.crypto.Data;
import javax.xml.crypto.URIDereferencer;
import javax.xml.crypto.URIReference;
import javax.xml.crypto.URIReferenceException;
import javax.xml.crypto.XMLCryptoContext;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Resolves a signature's references the only ways this gateway accepts, so that what is
 * verified is what is processed (defence against signature wrapping):
 * <ul>
 *   <li>{@code URI=""}: the whole document, whose element the verifier hands to its caller;</li>
 *   <li>{@code URI="#id"}: only for ids approved in advance, and only when exactly one element
 *       of the whole document carries that id, in any of the attributes that XML-DSig tools
 *       treat as ids ({@code Id}, {@code ID}, {@code id}, {@code xml:id}).</li>
 * </ul>
 * Anything else, external URIs included, is refused before a byte is fetched or digested.
 */
final class ReferenceResolver implements URIDereferencer {

    private final URIDereferencer standard;
    private final Map<String, List<Element>> ids;
    private final Map<String, Element> approved = new HashMap<>();
    private final Set<String> resolved = new LinkedHashSet<>();

    ReferenceResolver(URIDereferencer standard, Document document) {
        this.standard = standard;
        this.ids = index(document);
    }

    /** The elements of the document carrying {@code id} in an id attribute. */
    List<Element> elementsWithId(String id) {
        return ids.getOrDefault(id, List.of());
    }

    /**
     * Allows {@code #id} to resolve to {@code expected}, provided it is the only element with
     * that id. Returns false, approving nothing, otherwise.
     */
    boolean approve(String id, Element expected) {
        List<Element> holders = elementsWithId(id);
        if (holders.size() != 1 || holders.get(0) != expected) {
            return false;
        }
        approved.put(id, expected);
        return true;
    }

    /** The URIs dereferenced so far, in order. */
    Set<String> resolved() {
        return resolved;
    }

    @Override
    public Data dereference(URIReference reference, XMLCryptoContext context) throws URIReferenceException {
        String uri = reference.getURI();
        if (uri == null) {
            throw new URIReferenceException("a reference without URI is not accepted");
        }
        if (!uri.isEmpty() && !(uri.startsWith("#") && approved.containsKey(uri.substring(1)))) {
            throw new URIReferenceException("reference '" + uri + "' points outside what the gateway verifies");
        }
        resolved.add(uri);
        return standard.dereference(reference, context);
    }

    private static Map<String, List<Element>> index(Document document) {
        Map<String, List<Element>> index = new HashMap<>();
        List<Node> pending = new ArrayList<>();
        pending.add(document.getDocumentElement());
        while (!pending.isEmpty()) {
            Node node = pending.remove(pending.size() - 1);
            if (node instanceof Element element) {
                NamedNodeMap attributes = element.getAttributes();
                for (int i = 0; i < attributes.getLength(); i++) {
                    Attr attribute = (Attr) attributes.item(i);
                    if (isIdAttribute(attribute)) {
                        index.computeIfAbsent(attribute.getValue(), key -> new ArrayList<>()).add(element);
                    }
                }
                for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                    pending.add(child);
                }
            }
        }
        return index;
    }

    private static boolean isIdAttribute(Attr attribute) {
        String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
        if (attribute.getNamespaceURI() == null) {
            return name.equals("Id") || name.equals("ID") || name.equals("id");
        }
        return XadesNames.XML.equals(attribute.getNamespaceURI()) && name.equals("id")
                // WS-Security's wsu:Id and similar namespaced ids are ids to many resolvers too
                || name.equals("Id");
    }
}
