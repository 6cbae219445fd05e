package org.entrepot.sign.xades;

import java.security.NoSuchProviderException;
import javax.xml.crypto.dsig.XMLSignatureFactory;

/** The JDK's XML-DSig implementation, asked for by name. */
final class XmlSignatures {

    /** The JDK's provider; Apache Santuario, which EU DSS brings, registers as "ApacheXMLDSig". */
    private static final String JDK_PROVIDER = "XMLDSig";

    private XmlSignatures() {
    }

    /**
     * Named explicitly so that a library registering another provider first cannot change which
     * implementation canonicalizes and checks our signatures.
     */
    static XMLSignatureFactory factory() {
        try {
            return XMLSignatureFactory.getInstance("DOM", JDK_PROVIDER);
        } catch (NoSuchProviderException e) {
            throw new IllegalStateException("the JDK's XML-DSig provider is missing", e);
        }
    }
}
