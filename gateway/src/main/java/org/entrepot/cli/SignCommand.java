package org.entrepot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.entrepot.sign.CmsSigner;
import org.entrepot.sign.DemoPki;
import org.entrepot.sign.KeyStores;
import org.entrepot.sign.SigningKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entrepot sign FILE}: a detached CMS signature with the gateway's key or a given keystore. */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = {"Sign any file with a detached CMS (PKCS#7) signature, DER encoded.",
                "Uses the demo PKI's gateway key (generated on first use) unless --keystore is given;",
                "the keystore password comes from ENTREPOT_KEYSTORE_PASSWORD or --password-file."})
final class SignCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "SIG", description = "signature file (default: FILE.p7s)")
    Path output;

    @Option(names = "--keystore", paramLabel = "P12", description = "PKCS#12 keystore holding the signing key")
    Path keystore;

    @Option(names = "--alias", description = "key alias in the keystore (default: the only key)")
    String alias;

    @Option(names = "--password-file", paramLabel = "FILE", description = "file holding the keystore password")
    Path passwordFile;

    @Mixin
    DataOptions data;

    @Override
    public Integer call() throws Exception {
        SigningKey key = keystore == null
                ? DemoPki.ensure(data.dataDir.resolve("pki"), List.of()).gatewayKey()
                : KeyStores.load(keystore, Passwords.read(passwordFile), alias);
        byte[] signature = new CmsSigner().signDetached(Files.readAllBytes(file), key);
        Path target = output != null ? output : file.resolveSibling(file.getFileName() + ".p7s");
        Files.write(target, signature);
        System.err.println("signed " + file + " -> " + target + " as " + key.certificate().getSubjectX500Principal().getName());
        return 0;
    }
}
