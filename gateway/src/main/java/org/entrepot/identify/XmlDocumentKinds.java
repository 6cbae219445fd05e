package org.entrepot.identify;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import javax.xml.namespace.QName;
import org.entrepot.document.DocumentType;

/**
 * The XML documents the gateway recognises, read once from {@code xml-documents.properties}
 * beside this class. Adding an XML format is a block in that file, not code: the identify stage
 * learns the root, the document type and where sender, receiver and identifier are kept, and the
 * check stage learns the schema.
 */
public final class XmlDocumentKinds {

    private static final String FILE = "xml-documents.properties";
    private static final XmlDocumentKinds PACKAGED = load();

    private final Map<QName, XmlDocumentKind> byRoot;

    private XmlDocumentKinds(Map<QName, XmlDocumentKind> byRoot) {
        this.byRoot = Map.copyOf(byRoot);
    }

    /** The kinds shipped with the gateway. */
    public static XmlDocumentKinds packaged() {
        return PACKAGED;
    }

    /** The kind whose root element this is. */
    public Optional<XmlDocumentKind> forRoot(QName root) {
        return Optional.ofNullable(byRoot.get(new QName(root.getNamespaceURI(), root.getLocalPart())));
    }

    /**
     * The kind of an identified envelope: its root namespace and the message name it was given
     * (an XSD's namespace has one root, so the pair is unique even where every root is called
     * {@code Document}, as in ISO 20022).
     */
    public Optional<XmlDocumentKind> forMessage(String namespace, String message) {
        return byRoot.values().stream()
                .filter(k -> k.root().getNamespaceURI().equals(namespace) && k.message().equals(message))
                .findFirst();
    }

    public List<XmlDocumentKind> all() {
        return byRoot.values().stream().sorted(java.util.Comparator.comparing(XmlDocumentKind::id)).toList();
    }

    /** Message names of the kinds for one document type, for "supported:" sentences. */
    public String describeSupported() {
        return String.join(", ", new TreeSet<>(byRoot.values().stream()
                .map(k -> k.format().toUpperCase(java.util.Locale.ROOT) + " " + k.message()).toList()));
    }

    private static XmlDocumentKinds load() {
        Properties properties = new Properties();
        try (InputStream in = XmlDocumentKinds.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the gateway jar");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
        Map<String, String> prefixes = new HashMap<>();
        Map<String, String> schemaSets = new HashMap<>();
        TreeSet<String> ids = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("prefix.")) {
                prefixes.put(key.substring("prefix.".length()), properties.getProperty(key).strip());
            } else if (key.startsWith("schemas.")) {
                schemaSets.put(key.substring("schemas.".length()), properties.getProperty(key).strip());
            } else if (key.startsWith("kind.")) {
                ids.add(key.substring("kind.".length(), key.lastIndexOf('.')));
            } else {
                throw new IllegalStateException(FILE + ": unknown key " + key);
            }
        }
        Map<QName, XmlDocumentKind> kinds = new HashMap<>();
        for (String id : ids) {
            XmlDocumentKind kind = kind(id, properties, prefixes, schemaSets);
            if (kinds.put(kind.root(), kind) != null) {
                throw new IllegalStateException(FILE + ": two kinds have the root " + kind.root());
            }
        }
        return new XmlDocumentKinds(kinds);
    }

    private static XmlDocumentKind kind(String id, Properties properties, Map<String, String> prefixes,
                                        Map<String, String> schemaSets) {
        QName root = QName.valueOf(required(properties, id, "root"));
        String namespace = root.getNamespaceURI();
        DocumentType document = DocumentType.valueOf(required(properties, id, "document"));
        String versionPath = properties.getProperty("kind." + id + ".versionPath", "").strip();
        return new XmlDocumentKind(id, root, document,
                required(properties, id, "format"), required(properties, id, "message"), required(properties, id, "version"),
                versionPath.isEmpty() ? List.of() : path(versionPath, namespace, prefixes, id),
                path(required(properties, id, "id"), namespace, prefixes, id),
                parties(required(properties, id, "sender"), namespace, prefixes, id),
                parties(required(properties, id, "receiver"), namespace, prefixes, id),
                schemas(properties.getProperty("kind." + id + ".schema", ""), schemaSets, id));
    }

    private static String schemas(String text, Map<String, String> sets, String id) {
        return String.join(", ", Arrays.stream(text.split(",")).map(String::strip).filter(t -> !t.isEmpty()).map(t -> {
            if (!t.startsWith("$")) {
                return t;
            }
            String set = sets.get(t.substring(1));
            if (set == null) {
                throw new IllegalStateException(FILE + ": kind." + id + ".schema uses the undefined " + t);
            }
            return set;
        }).toList());
    }

    private static String required(Properties properties, String id, String field) {
        String value = properties.getProperty("kind." + id + "." + field);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(FILE + ": kind." + id + "." + field + " is missing");
        }
        return value.strip();
    }

    private static List<XmlDocumentKind.PartyPath> parties(String text, String namespace, Map<String, String> prefixes, String id) {
        List<XmlDocumentKind.PartyPath> paths = new ArrayList<>();
        for (String alternative : text.split("\\|")) {
            String path = alternative.strip();
            String scheme = "";
            int bracket = path.indexOf('[');
            if (bracket > 0 && path.endsWith("]")) {
                scheme = path.substring(bracket + 1, path.length() - 1).strip();
                path = path.substring(0, bracket).strip();
            }
            paths.add(new XmlDocumentKind.PartyPath(path(path, namespace, prefixes, id), scheme));
        }
        return List.copyOf(paths);
    }

    private static List<QName> path(String text, String namespace, Map<String, String> prefixes, String id) {
        return Arrays.stream(text.split("/")).map(String::strip).map(step -> {
            int colon = step.indexOf(':');
            if (colon < 0) {
                return new QName(namespace, step);
            }
            String prefix = step.substring(0, colon);
            String uri = prefixes.get(prefix);
            if (uri == null) {
                throw new IllegalStateException(FILE + ": kind." + id + " uses the undeclared prefix " + prefix);
            }
            return new QName(uri, step.substring(colon + 1), prefix);
        }).toList();
    }

    /** A path as the file writes it, for messages. */
    static String written(List<QName> path) {
        return String.join("/", path.stream()
                .map(q -> q.getPrefix().isEmpty() ? q.getLocalPart() : q.getPrefix() + ":" + q.getLocalPart()).toList());
    }
}
