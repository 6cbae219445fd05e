package org.entrepot.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * Official XSDs compiled from the class path (the ph-ubl jar, our own schemas), once each and on
 * first use: compiling UBL takes a moment that start-up should not pay. Imports and includes are
 * resolved on the class path only; the factory may fetch nothing else, whatever a schema says.
 */
public final class ClasspathSchemas {

    /**
     * Shared by every instance: the class path does not change while the JVM runs and a compiled
     * {@link Schema} is thread-safe, so each gateway, check and test compiles UBL once per JVM.
     */
    private static final Map<String, Schema> COMPILED = new ConcurrentHashMap<>();

    /**
     * The schema made of the class-path XSDs {@code resources} (comma-separated: a schema that
     * imports a namespace without a location, as UBL does for the CCTS types, needs it listed
     * first).
     */
    public Schema schema(String resources) {
        return COMPILED.computeIfAbsent(resources, ClasspathSchemas::compile);
    }

    private static Schema compile(String resources) {
        List<InputStream> opened = new ArrayList<>();
        // The JDK's own factory: the class path's Smooks stack registers another one JVM-wide.
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        String resource = resources;
        try {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setResourceResolver(new ClasspathOnly());
            List<Source> sources = new ArrayList<>();
            for (String name : resources.split(",")) {
                resource = name.strip();
                URL url = ClasspathSchemas.class.getClassLoader().getResource(resource);
                if (url == null) {
                    throw new IllegalStateException("the schema " + resource + " is not on the class path");
                }
                InputStream in = url.openStream();
                opened.add(in);
                sources.add(new StreamSource(in, url.toExternalForm()));
            }
            return factory.newSchema(sources.toArray(Source[]::new));
        } catch (SAXException e) {
            throw new IllegalStateException("the schema " + resource + " does not compile: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schema " + resource, e);
        } finally {
            for (InputStream in : opened) {
                try {
                    in.close();
                } catch (IOException e) {
                    // read to the end already; nothing left to release
                }
            }
        }
    }

    /** Resolves an import against the importing XSD's class-path location, and refuses anything else. */
    private static final class ClasspathOnly implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
            if (systemId == null || baseUri == null) {
                // an import without a location refers to a namespace the schema set already has
                return null;
            }
            URI resolved;
            try {
                resolved = new URI(baseUri.startsWith("jar:") ? baseUri.substring(4) : baseUri).resolve(systemId);
            } catch (URISyntaxException e) {
                throw new IllegalStateException("schema import " + systemId + " is not a relative location", e);
            }
            String location = (baseUri.startsWith("jar:") ? "jar:" : "") + resolved;
            if (!resolved.getScheme().equals("file") && !baseUri.startsWith("jar:")) {
                throw new IllegalStateException("schema import " + systemId + " leaves the class path");
            }
            if (!isOnClassPath(location)) {
                throw new IllegalStateException("schema import " + systemId + " leaves the class path");
            }
            return new ClasspathInput(publicId, location);
        }

        private static boolean isOnClassPath(String location) {
            int bang = location.indexOf("!/");
            String resource = bang >= 0 ? location.substring(bang + 2) : null;
            if (resource != null) {
                return ClasspathSchemas.class.getClassLoader().getResource(resource) != null;
            }
            // an exploded class path (tests, IDE): the file must be under one of its roots
            return ClasspathSchemas.class.getClassLoader().resources("")
                    .anyMatch(root -> location.startsWith(root.toExternalForm()));
        }
    }

    private static final class ClasspathInput implements LSInput {
        private final String publicId;
        private final String systemId;

        ClasspathInput(String publicId, String systemId) {
            this.publicId = publicId;
            this.systemId = systemId;
        }

        @Override
        public InputStream getByteStream() {
            try {
                return new URL(systemId).openStream();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the schema import " + systemId, e);
            }
        }

        @Override public java.io.Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(java.io.Reader characterStream) { }
        @Override public void setByteStream(InputStream byteStream) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String stringData) { }
        @Override public String getSystemId() { return systemId; }
        @Override public void setSystemId(String systemId) { }
        @Override public String getPublicId() { return publicId; }
        @Override public void setPublicId(String publicId) { }
        @Override public String getBaseURI() { return systemId; }
        @Override public void setBaseURI(String baseURI) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String encoding) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean certifiedText) { }
    }
}
