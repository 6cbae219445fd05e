package org.entrepot.bench;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.entrepot.document.Outcome;
import org.entrepot.sign.CmsSigner;
import org.entrepot.sign.CmsVerifier;
import org.entrepot.sign.SignatureCheck;
import org.entrepot.sign.SigningKey;
import org.entrepot.sign.TrustAnchors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * CMS signing and verification of one 5 KB EDIFACT document through our API
 * ({@link CmsSigner}, {@link CmsVerifier}) and through raw Bouncy Castle on the same bytes and
 * keys, in the same run, so that the ratios our/raw can be read off one result (target: our
 * overhead at most 1.25×).
 *
 * <ul>
 *   <li>sign: {@code ourSignDetached / rawBcSignDetached}; raw BC reuses one generator with BC's
 *       default signed attributes, ours adds signing time and signing-certificate-v2 (CAdES-B-B).</li>
 *   <li>verify: {@code ourVerifyDetached} checks signature, attributes, validity, key usage and
 *       the PKIX chain to a root; compare it with {@code rawBcVerifyAndChain} (the same checks
 *       done directly with BC and the JDK) for the overhead of our API, and with
 *       {@code rawBcVerifySignatureOnly} for the cost of trust itself. Revocation is off: it is
 *       network-bound and cached, not CPU work.</li>
 * </ul>
 *
 * <p>Run: {@code mvn -q -Pbench -pl gateway -DskipTests verify -Dbench.args="SignatureBenchmark"}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@State(Scope.Benchmark)
public class SignatureBenchmark {

    /** The key type of the signer; the root is RSA 2048 in every case. */
    @Param({"RSA", "EC", "Ed25519"})
    public String keyType;

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private byte[] document;
    private SigningKey key;
    private X509Certificate root;
    private TrustAnchors anchors;
    private CmsSigner ourSigner;
    private CmsVerifier ourVerifier;
    private CMSSignedDataGenerator rawGenerator;
    private byte[] signature;

    @Setup(Level.Trial)
    public void prepare() throws Exception {
        document = invoic(5 * 1024);
        KeyPair rootKeys = keyPair("RSA", 2048);
        root = certificate(new X500Principal("CN=Bench Root"), rootKeys.getPublic(), new X500Principal("CN=Bench Root"),
                rootKeys.getPrivate(), "SHA256withRSA", true, 1);
        KeyPair signerKeys = keyPair(keyType, keyType.equals("RSA") ? 2048 : keyType.equals("EC") ? 256 : 0);
        X509Certificate signerCertificate = certificate(new X500Principal("CN=Bench Signer"), signerKeys.getPublic(),
                root.getSubjectX500Principal(), rootKeys.getPrivate(), "SHA256withRSA", false, 2);
        key = new SigningKey(signerKeys.getPrivate(), signerCertificate, List.of(signerCertificate, root));
        anchors = TrustAnchors.of(root);
        ourSigner = new CmsSigner();
        ourVerifier = new CmsVerifier();
        rawGenerator = new CMSSignedDataGenerator();
        rawGenerator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                new JcaDigestCalculatorProviderBuilder().setProvider(BC).build())
                .build(new JcaContentSignerBuilder(jcaName(keyType)).setProvider(BC).build(signerKeys.getPrivate()),
                        signerCertificate));
        rawGenerator.addCertificates(new JcaCertStore(key.chain()));
        signature = ourSigner.signDetached(document, key);
        Outcome<SignatureCheck> check = ourVerifier.verifyDetached(document, signature, anchors);
        if (!check.isAccepted() || !rawBcVerifyAndChain()) {
            throw new IllegalStateException("the benchmark's own signature does not verify: " + check);
        }
    }

    @Benchmark
    public byte[] ourSignDetached() {
        return ourSigner.signDetached(document, key);
    }

    @Benchmark
    public byte[] rawBcSignDetached() throws Exception {
        return rawGenerator.generate(new CMSProcessableByteArray(document), false).getEncoded(ASN1Encoding.DER);
    }

    @Benchmark
    public Outcome<SignatureCheck> ourVerifyDetached() {
        return ourVerifier.verifyDetached(document, signature, anchors);
    }

    @Benchmark
    public boolean rawBcVerifySignatureOnly() throws Exception {
        CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(document), signature);
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        X509CertificateHolder holder = (X509CertificateHolder) signed.getCertificates().getMatches(signer.getSID())
                .iterator().next();
        return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(holder));
    }

    @Benchmark
    public boolean rawBcVerifyAndChain() throws Exception {
        CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(document), signature);
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        X509CertificateHolder holder = (X509CertificateHolder) signed.getCertificates().getMatches(signer.getSID())
                .iterator().next();
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
        if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(certificate.getPublicKey()))) {
            return false;
        }
        X509CertSelector target = new X509CertSelector();
        target.setCertificate(certificate);
        PKIXBuilderParameters parameters = new PKIXBuilderParameters(Set.of(new TrustAnchor(root, null)), target);
        parameters.setRevocationEnabled(false);
        parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(List.of(certificate))));
        CertPathBuilder.getInstance("PKIX").build(parameters);
        return true;
    }

    /** An INVOIC-shaped document of about {@code size} bytes: the same bytes for every benchmark. */
    private static byte[] invoic(int size) {
        StringBuilder text = new StringBuilder("UNB+UNOC:3+4012345000009:14+5012345000008:14+261120:0930+NW000417'"
                + "UNH+1+INVOIC:D:96A:UN'BGM+380+INV-2026-0417+9'");
        int line = 0;
        while (text.length() < size - 40) {
            line++;
            text.append("LIN+").append(line).append("++4000862141404:SRS'QTY+47:").append(line).append("'MOA+203:")
                    .append(line * 10).append(".00'");
        }
        text.append("UNT+").append(line * 3 + 3).append("+1'UNZ+1+NW000417'");
        return text.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static KeyPair keyPair(String type, int size) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(type);
        if (size > 0) {
            generator.initialize(size);
        }
        return generator.generateKeyPair();
    }

    private static String jcaName(String keyType) {
        return switch (keyType) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> "Ed25519";
        };
    }

    private static X509Certificate certificate(X500Principal subject, PublicKey subjectKey, X500Principal issuer,
                                               PrivateKey issuerKey, String algorithm, boolean ca, long serial) throws Exception {
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(serial),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(30))), subject, subjectKey);
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder(algorithm).setProvider(BC).build(issuerKey)));
    }
}
