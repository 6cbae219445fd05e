/**
 * XAdES baseline signatures (ETSI EN 319 132-1, levels B-B and B-T) for XML documents, made
 * with the JDK's XML-DSig provider; the XAdES properties are built here.
 *
 * <h2>Entry points</h2>
 * {@link org.entrepot.sign.xades.XadesSigner#sign(byte[], org.entrepot.sign.SigningKey,
 * org.entrepot.sign.xades.XadesOptions)} returns the signed bytes;
 * {@link org.entrepot.sign.xades.XadesVerifier#verify(byte[], org.entrepot.sign.TrustAnchors)}
 * returns a {@link org.entrepot.sign.xades.VerifiedXml} holding the DOM it verified, which the
 * caller processes instead of parsing the bytes again.
 *
 * <h2>Where the signature goes ({@link org.entrepot.sign.xades.SignaturePlacement})</h2>
 * <table>
 *   <caption>placement per document family, chosen from the document element</caption>
 *   <tr><th>document</th><th>place of {@code ds:Signature}</th></tr>
 *   <tr><td>UBL 2.1 (any document in an {@code urn:oasis:names:specification:ubl:schema:xsd:}
 *       namespace)</td>
 *       <td>{@code ext:UBLExtensions/ext:UBLExtension/ext:ExtensionContent/sig:UBLDocumentSignatures/
 *       sac:SignatureInformation/ds:Signature}, the extensions first in the document (UBL 2.1
 *       signature extension); the signed document still validates against the UBL 2.1 XSD</td></tr>
 *   <tr><td>ISO 20022 with a Business Application Header ({@code head.001} AppHdr as the
 *       document element or a child of it, e.g. a business message wrapper of AppHdr and
 *       Document)</td>
 *       <td>{@code AppHdr/Sgntr/ds:Signature}, {@code Sgntr} before {@code Rltd}</td></tr>
 *   <tr><td>any other XML, Entrepot's own formats included</td>
 *       <td>{@code Signature/ds:Signature}: an optional {@code Signature} container element in
 *       the document element's namespace, its last child. A schema of ours declares it as
 *       {@code <xs:element name="Signature" minOccurs="0">} holding one element of the XML-DSig
 *       namespace.</td></tr>
 * </table>
 *
 * <h2>What is signed</h2>
 * Two references: {@code URI=""} (the whole document, enveloped-signature then exclusive
 * canonicalization) and {@code #SignedProperties-…} (type {@code http://uri.etsi.org/01903#SignedProperties}).
 * The signed properties state {@code SigningTime}, {@code SigningCertificateV2} (SHA-256 of the
 * certificate and {@code IssuerSerialV2}) and a {@code DataObjectFormat} for the document.
 * {@code KeyInfo} carries the signer's chain. B-T adds an RFC 3161 {@code SignatureTimeStamp}
 * over the exclusive-canonical {@code ds:SignatureValue} element in the unsigned properties.
 *
 * <h2>Signature wrapping</h2>
 * The verifier looks for the signature only at its document's place; refuses any reference but
 * the two above, any transform but enveloped-signature and canonicalization (no XPath or XSLT
 * that could leave content out; EU DSS's XPath Filter 2.0 {@code subtract /descendant::ds:Signature}
 * only in a document with a single ds:Signature, where it equals enveloped-signature); resolves {@code #id} itself, only when exactly one element of
 * the document carries that id and it is this signature's own {@code SignedProperties}; takes
 * the signer from the certificate the signed properties name, not from whatever KeyInfo says
 * first; and returns the document element it verified. Each refusal is a coded
 * {@link org.entrepot.document.Reason}: {@code SIGNATURE_WRAPPED}, {@code SIGNATURE_INVALID},
 * {@code SIGNED_PROPERTIES_INVALID}, {@code TIMESTAMP_INVALID}, {@code SIGNER_NOT_TRUSTED}, ….
 */
package org.entrepot.sign.xades;
