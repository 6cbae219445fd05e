package org.entrepot.identify;

import java.util.List;
import javax.xml.namespace.QName;
import org.entrepot.document.DocumentType;

/**
 * One XML document the gateway recognises by its root element, with where its envelope facts
 * are kept. Read from {@code xml-documents.properties} by {@link XmlDocumentKinds}.
 *
 * @param id          the block's name in the file, for messages
 * @param root        the root element
 * @param document    the document type agreements name
 * @param format      the format name mappings and agreements use (e.g. {@code ubl})
 * @param message     the message name mapping descriptors read (e.g. {@code Invoice}, {@code pain.001})
 * @param version     the version assumed when the document does not state one
 * @param versionPath where the document states its version; empty when the kind has one version
 * @param idPath      the document's own identifier
 * @param sender      where the sender's identifier may be, in order of preference
 * @param receiver    the same for the receiver
 * @param schema      class-path resource of the official XSD; empty when there is none
 */
public record XmlDocumentKind(String id, QName root, DocumentType document, String format, String message,
                              String version, List<QName> versionPath, List<QName> idPath,
                              List<PartyPath> sender, List<PartyPath> receiver, String schema) {

    /**
     * One place a party identifier may be.
     *
     * @param path   elements below the root
     * @param scheme the identifier scheme when the path implies it (e.g. {@code BIC}); empty to
     *               take the element's {@code schemeID} attribute
     */
    public record PartyPath(List<QName> path, String scheme) {
    }

    /** The paths as written in a message, for "expected one of" sentences. */
    static String describe(List<PartyPath> paths) {
        return String.join(" or ", paths.stream().map(p -> XmlDocumentKinds.written(p.path())).toList());
    }
}
