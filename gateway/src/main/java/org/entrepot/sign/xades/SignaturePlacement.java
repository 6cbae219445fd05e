package org.entrepot.sign.xades;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Where each kind of XML document carries its enveloped signature. A verifier looks only at the
 * place the document's standard gives; a {@code ds:Signature} found anywhere else is not trusted
 * to speak for the document.
 */
public enum SignaturePlacement {

    /**
     * UBL 2.1 signature extension: {@code ext:UBLExtensions/ext:UBLExtension/ext:ExtensionContent/
     * sig:UBLDocumentSignatures/sac:SignatureInformation/ds:Signature}, the extensions being the
     * first child of the document element.
     */
    UBL_EXTENSION {
        @Override
        Element prepare(Document document) {
            Element root = document.getDocumentElement();
            Element extensions = XmlDocuments.onlyChild(root, UBL_EXT, "UBLExtensions");
            if (extensions == null) {
                extensions = XmlDocuments.create(document, UBL_EXT, "ext", "UBLExtensions");
                root.insertBefore(extensions, firstElement(root));
            }
            Element extension = append(extensions, UBL_EXT, "ext", "UBLExtension");
            Element content = append(extension, UBL_EXT, "ext", "ExtensionContent");
            Element signatures = append(content, UBL_SIG, "sig", "UBLDocumentSignatures");
            return append(signatures, UBL_SAC, "sac", "SignatureInformation");
        }

        @Override
        List<Element> locate(Document document) {
            List<Element> found = new ArrayList<>();
            Element extensions = XmlDocuments.onlyChild(document.getDocumentElement(), UBL_EXT, "UBLExtensions");
            if (extensions == null) {
                return found;
            }
            for (Element extension : XmlDocuments.children(extensions, UBL_EXT, "UBLExtension")) {
                for (Element content : XmlDocuments.children(extension, UBL_EXT, "ExtensionContent")) {
                    for (Element signatures : XmlDocuments.children(content, UBL_SIG, "UBLDocumentSignatures")) {
                        for (Element information : XmlDocuments.children(signatures, UBL_SAC, "SignatureInformation")) {
                            found.addAll(XmlDocuments.children(information, XadesNames.DS, "Signature"));
                        }
                    }
                }
            }
            return found;
        }
    },

    /**
     * ISO 20022 Business Application Header (head.001): {@code AppHdr/Sgntr/ds:Signature}, the
     * header being the document element or a child of it (a business message wrapper holding
     * AppHdr and Document). {@code Sgntr} goes before {@code Rltd}, as head.001 orders it.
     */
    ISO20022_APPHDR {
        @Override
        Element prepare(Document document) {
            Element header = applicationHeader(document);
            Element signature = XmlDocuments.onlyChild(header, header.getNamespaceURI(), "Sgntr");
            if (signature == null) {
                signature = document.createElementNS(header.getNamespaceURI(), qualified(header, "Sgntr"));
                header.insertBefore(signature, XmlDocuments.children(header, header.getNamespaceURI(), "Rltd")
                        .stream().findFirst().orElse(null));
            }
            return signature;
        }

        @Override
        List<Element> locate(Document document) {
            Element header = applicationHeader(document);
            List<Element> found = new ArrayList<>();
            if (header != null) {
                for (Element signature : XmlDocuments.children(header, header.getNamespaceURI(), "Sgntr")) {
                    found.addAll(XmlDocuments.children(signature, XadesNames.DS, "Signature"));
                }
            }
            return found;
        }
    },

    /**
     * Entrepot's own XML: an optional {@code Signature} element in the document element's
     * namespace, last child of the document element, holding the {@code ds:Signature}.
     */
    TOP_LEVEL_CONTAINER {
        @Override
        Element prepare(Document document) {
            Element root = document.getDocumentElement();
            // a document may come with the empty container its schema provides
            for (Element container : XmlDocuments.children(root, namespace(root), "Signature")) {
                if (XmlDocuments.children(container, XadesNames.DS, "Signature").isEmpty()) {
                    return container;
                }
            }
            Element container = document.createElementNS(root.getNamespaceURI(), qualified(root, "Signature"));
            root.appendChild(container);
            return container;
        }

        @Override
        List<Element> locate(Document document) {
            Element root = document.getDocumentElement();
            List<Element> found = new ArrayList<>();
            for (Element container : XmlDocuments.children(root, namespace(root), "Signature")) {
                found.addAll(XmlDocuments.children(container, XadesNames.DS, "Signature"));
            }
            return found;
        }
    };

    static final String UBL_EXT = "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2";
    static final String UBL_SIG = "urn:oasis:names:specification:ubl:schema:xsd:CommonSignatureComponents-2";
    static final String UBL_SAC = "urn:oasis:names:specification:ubl:schema:xsd:SignatureAggregateComponents-2";
    private static final String UBL_DOCUMENTS = "urn:oasis:names:specification:ubl:schema:xsd:";
    private static final String HEAD_001 = "urn:iso:std:iso:20022:tech:xsd:head.001.";

    /** The parent to put the new {@code ds:Signature} into, creating the wrappers it needs. */
    abstract Element prepare(Document document);

    /** Every {@code ds:Signature} at this placement's place, in document order. */
    abstract List<Element> locate(Document document);

    /** The placement a document's standard prescribes, judged by its document element. */
    public static SignaturePlacement of(Document document) {
        Element root = document.getDocumentElement();
        if (namespace(root).startsWith(UBL_DOCUMENTS)) {
            return UBL_EXTENSION;
        }
        return applicationHeader(document) != null ? ISO20022_APPHDR : TOP_LEVEL_CONTAINER;
    }

    private static Element applicationHeader(Document document) {
        Element root = document.getDocumentElement();
        if (isApplicationHeader(root)) {
            return root;
        }
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && isApplicationHeader(element)) {
                return element;
            }
        }
        return null;
    }

    private static boolean isApplicationHeader(Element element) {
        return "AppHdr".equals(element.getLocalName()) && namespace(element).startsWith(HEAD_001);
    }

    private static String namespace(Element element) {
        return element.getNamespaceURI() == null ? "" : element.getNamespaceURI();
    }

    private static Node firstElement(Element parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element) {
                return child;
            }
        }
        return null;
    }

    private static Element append(Element parent, String namespace, String prefix, String localName) {
        Element child = XmlDocuments.create(parent.getOwnerDocument(), namespace, prefix, localName);
        parent.appendChild(child);
        return child;
    }

    /** A name in the parent's namespace with the parent's prefix, so no declaration is needed. */
    private static String qualified(Element parent, String localName) {
        return parent.getPrefix() == null ? localName : parent.getPrefix() + ":" + localName;
    }
}
