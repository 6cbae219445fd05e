package org.entrepot.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.entrepot.document.HardenedXml;
import org.entrepot.sign.DemoPki;
import org.entrepot.sign.SigningKey;
import org.entrepot.sign.TrustAnchors;
import org.entrepot.sign.xades.VerifiedXml;
import org.entrepot.sign.xades.XadesOptions;
import org.entrepot.sign.xades.XadesSigner;
import org.entrepot.sign.xades.XadesVerifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What XAdES costs over plain XML-DSig: the sample UBL invoice signed and verified, bytes in and
 * bytes out, by our XAdES B-B signer and verifier (signed properties, placement, reference
 * policy, chain check) and by the bare JDK XML-DSig API with one enveloped reference and no
 * trust decision. Same key (RSA 2048), same document, same run: the ratio
 * {@code xadesSignAndVerify / rawJdkXmlDsigSignAndVerify} is the figure to read.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@State(Scope.Benchmark)
public class XmlSignatureBenchmark {

    private byte[] invoice;
    private SigningKey key;
    private TrustAnchors trust;
    private final XadesSigner signer = new XadesSigner();

    @Setup(Level.Trial)
    public void keysAndDocument() throws IOException {
        invoice = Files.readAllBytes(BenchRepository.root().resolve("samples/invoices/meridian-nordwind-ubl-invoice.xml"));
        Path pki = Files.createTempDirectory("bench-pki");
        DemoPki demo = DemoPki.ensure(pki, List.of());
        key = demo.gatewayKey();
        trust = demo.trustAnchors();
    }

    /** Our XAdES baseline B-B: sign, serialize, parse, verify (shape, properties, signature, trust). */
    @Benchmark
    public VerifiedXml xadesSignAndVerify() {
        byte[] signed = signer.sign(invoice, key, XadesOptions.baselineB()).value();
        return XadesVerifier.verify(signed, trust).value();
    }

    /** The JDK's XML-DSig alone: one enveloped reference, KeyInfo certificate, the key's validity only. */
    @Benchmark
    public boolean rawJdkXmlDsigSignAndVerify() throws Exception {
        XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM", "XMLDSig");
        Document document = HardenedXml.documentBuilders().newDocumentBuilder().parse(new ByteArrayInputStream(invoice));
        Reference reference = factory.newReference("", factory.newDigestMethod(DigestMethod.SHA256, null),
                List.of(factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                        factory.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)), null, null);
        KeyInfoFactory keys = factory.getKeyInfoFactory();
        XMLSignature signature = factory.newXMLSignature(factory.newSignedInfo(
                factory.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                factory.newSignatureMethod(SignatureMethod.RSA_SHA256, null), List.of(reference)),
                keys.newKeyInfo(List.of(keys.newX509Data(List.of(key.certificate())))));
        signature.sign(new DOMSignContext(key.privateKey(), document.getDocumentElement()));
        byte[] signed = serialize(document);
        Document received = HardenedXml.documentBuilders().newDocumentBuilder().parse(new ByteArrayInputStream(signed));
        Element element = (Element) received.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature").item(0);
        DOMValidateContext context = new DOMValidateContext(KeySelector.singletonKeySelector(key.certificate().getPublicKey()), element);
        context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
        return factory.unmarshalXMLSignature(context).validate(context);
    }

    private static byte[] serialize(Document document) throws Exception {
        TransformerFactory transformers = TransformerFactory.newDefaultInstance();
        transformers.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        transformers.newTransformer().transform(new DOMSource(document), new StreamResult(out));
        return out.toByteArray();
    }
}
