package org.entrepot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.entrepot.document.Outcome;
import org.entrepot.sign.CmsVerifier;
import org.entrepot.sign.DemoPki;
import org.entrepot.sign.SignatureCheck;
import org.entrepot.sign.TrustAnchors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entrepot verify FILE}: checks a detached CMS signature and the signer's chain. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verify a detached CMS signature over FILE and the signer's certificate chain.",
                "Trusts the demo CA unless --ca names other root certificates (PEM).",
                "Exit 0 when valid; 1 with the coded reason on stderr otherwise."})
final class VerifyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--signature", paramLabel = "SIG", description = "signature file (default: FILE.p7s)")
    Path signature;

    @Option(names = "--ca", paramLabel = "PEM", description = "trusted root certificate(s) in PEM; repeatable")
    List<Path> roots;

    @Mixin
    DataOptions data;

    @Override
    public Integer call() throws Exception {
        Path signatureFile = signature != null ? signature : file.resolveSibling(file.getFileName() + ".p7s");
        TrustAnchors anchors = roots == null || roots.isEmpty()
                ? DemoPki.ensure(data.dataDir.resolve("pki"), List.of()).trustAnchors()
                : TrustAnchors.fromPem(roots);
        Outcome<SignatureCheck> outcome = new CmsVerifier().verifyDetached(Files.readAllBytes(file),
                Files.readAllBytes(signatureFile), anchors);
        if (!outcome.isAccepted()) {
            TranslateCommand.printRejections(System.err, file, outcome.rejections());
            return Entrepot.REJECTED;
        }
        SignatureCheck check = outcome.value();
        System.out.println("valid signature by " + check.signerCertificate().getSubjectX500Principal().getName()
                + (check.signingTime() != null ? " at " + check.signingTime() : "") + " (" + check.digestAlgorithm() + ")");
        return 0;
    }
}
