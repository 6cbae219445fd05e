package org.entrepot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.entrepot.document.Outcome;
import org.entrepot.sign.CmsVerifier;
import org.entrepot.sign.DemoPki;
import org.entrepot.sign.KeyStores;
import org.entrepot.sign.RevocationChecker;
import org.entrepot.sign.RevocationPolicy;
import org.entrepot.sign.SignatureCheck;
import org.entrepot.sign.SignedContent;
import org.entrepot.sign.TrustAnchors;
import org.entrepot.sign.VerificationRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entrepot verify FILE}: checks a CMS signature, enveloping or detached, and the signer's chain. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verify a CMS signature and the signer's certificate chain: FILE is an enveloping",
                "signature (.p7m), or the signed file whose detached signature is --signature (default FILE.p7s if it exists).",
                "Trusts the demo CA unless --ca names other root certificates (PEM).",
                "Exit 0 when valid (warnings on stderr); 1 with the coded reasons on stderr otherwise."})
final class VerifyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--signature", paramLabel = "SIG", description = "detached signature file")
    Path signature;

    @Option(names = "--ca", paramLabel = "PEM", description = "trusted root certificate(s) in PEM; repeatable")
    List<Path> roots;

    @Option(names = "--revocation", paramLabel = "SOURCE", defaultValue = "none",
            description = "none (default), crl, ocsp or both (OCSP, then the CRL when OCSP gives no answer)")
    RevocationPolicy.Source revocation;

    @Option(names = "--unreachable", paramLabel = "POLICY", defaultValue = "fail",
            description = "when revocation cannot be checked: fail (default) or warn")
    RevocationPolicy.OnUnreachable unreachable;

    @Option(names = "--crl", paramLabel = "FILE", description = "a CRL to use before any distribution point; repeatable")
    List<Path> crls;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "enveloping only: write the signed content here")
    Path output;

    @Mixin
    DataOptions data;

    @Override
    public Integer call() throws Exception {
        TrustAnchors anchors = roots == null || roots.isEmpty()
                ? DemoPki.ensure(data.dataDir.resolve("pki"), List.of()).trustAnchors()
                : TrustAnchors.fromPem(roots);
        List<X509CRL> localCrls = new ArrayList<>();
        for (Path crl : crls == null ? List.<Path>of() : crls) {
            localCrls.add(KeyStores.readCrl(crl));
        }
        CmsVerifier verifier = new CmsVerifier(Clock.systemUTC(),
                new RevocationChecker(Clock.systemUTC(), Duration.ofSeconds(10), localCrls));
        VerificationRules rules = new VerificationRules(anchors, new RevocationPolicy(revocation, unreachable), null);
        byte[] bytes = Files.readAllBytes(file);
        Path detachedSignature = signature != null ? signature : file.resolveSibling(file.getFileName() + ".p7s");
        if (signature == null && org.entrepot.identify.SyntaxSniffer.sniff(bytes) == org.entrepot.document.Syntax.XML) {
            return xades(bytes, anchors);
        }
        Outcome<SignatureCheck> outcome;
        if (signature == null && CmsVerifier.isSignedData(bytes)) {
            Outcome<SignedContent> opened = verifier.verifyEnveloping(bytes, rules);
            if (opened.isAccepted() && output != null) {
                Files.write(output, opened.value().content());
            }
            outcome = opened.map(SignedContent::check);
        } else if (Files.exists(detachedSignature)) {
            outcome = verifier.verifyDetached(bytes, Files.readAllBytes(detachedSignature), rules);
        } else {
            System.err.println(file + " is not a CMS signature and no detached signature " + detachedSignature
                    + " exists; give it with --signature");
            return Entrepot.REJECTED;
        }
        if (!outcome.isAccepted()) {
            TranslateCommand.printRejections(System.err, file, outcome.rejections());
            return Entrepot.REJECTED;
        }
        SignatureCheck check = outcome.value();
        check.warnings().forEach(warning -> System.err.println("warning: " + warning));
        System.out.println("valid signature by " + check.signerCertificate().getSubjectX500Principal().getName()
                + (check.signingTime() != null ? " at " + check.signingTime() : "") + " (" + check.digestAlgorithm() + ")");
        return 0;
    }

    /** An XML document carrying its enveloped XAdES signature. */
    private int xades(byte[] bytes, TrustAnchors anchors) {
        Outcome<org.entrepot.sign.xades.VerifiedXml> verified = org.entrepot.sign.xades.XadesVerifier.verify(bytes, anchors);
        if (!verified.isAccepted()) {
            TranslateCommand.printRejections(System.err, file, verified.rejections());
            return Entrepot.REJECTED;
        }
        System.out.println("valid XAdES signature by " + verified.value().signer().getSubjectX500Principal().getName());
        return 0;
    }
}
