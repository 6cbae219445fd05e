package org.entrepot.sign.xades;

/** Namespaces and identifiers of XML-DSig and XAdES (ETSI EN 319 132-1) that both sides use. */
final class XadesNames {

    static final String DS = "http://www.w3.org/2000/09/xmldsig#";
    static final String XADES = "http://uri.etsi.org/01903/v1.3.2#";
    static final String XMLNS = "http://www.w3.org/2000/xmlns/";
    static final String XML = "http://www.w3.org/XML/1998/namespace";

    /** The Type a reference to SignedProperties must carry (EN 319 132-1, 6.3). */
    static final String SIGNED_PROPERTIES_TYPE = "http://uri.etsi.org/01903#SignedProperties";

    static final String QUALIFYING_PROPERTIES = "QualifyingProperties";
    static final String SIGNED_PROPERTIES = "SignedProperties";
    static final String UNSIGNED_PROPERTIES = "UnsignedProperties";
    static final String UNSIGNED_SIGNATURE_PROPERTIES = "UnsignedSignatureProperties";
    static final String SIGNATURE_TIMESTAMP = "SignatureTimeStamp";
    static final String ENCAPSULATED_TIMESTAMP = "EncapsulatedTimeStamp";
    static final String SIGNING_TIME = "SigningTime";
    static final String SIGNING_CERTIFICATE_V2 = "SigningCertificateV2";

    private XadesNames() {
    }
}
