package org.entrepot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.entrepot.sign.CmsSigner;
import org.entrepot.sign.DemoPki;
import org.entrepot.sign.KeyStores;
import org.entrepot.sign.RsaPadding;
import org.entrepot.sign.SigningKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entrepot sign FILE}: a CMS signature with the gateway's key or a given keystore. */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = {"Sign any file as CMS (PKCS#7) SignedData, DER encoded, with CAdES-B-B signed attributes:",
                "enveloping (the file inside the signature, FILE.p7m) or, with --detached, a separate FILE.p7s.",
                "--format xades signs an XML document with an enveloped XAdES baseline B-B signature where its",
                "standard expects one (UBL extensions, ISO 20022 AppHdr/Sgntr, our Signature element), FILE.signed.xml;",
                "add --timestamp URL for B-T (an RFC 3161 signature timestamp).",
                "Uses the demo PKI's gateway key that is active now (generated on first use) unless --keystore is given;",
                "the keystore password comes from ENTREPOT_KEYSTORE_PASSWORD or --password-file.",
                "Exit 0 when signed, 2 when the format is not available in this build."})
final class SignCommand implements Callable<Integer> {

    /** Exit status when the requested signature format is not built in. */
    static final int NOT_AVAILABLE = 2;

    /** The signature formats the command writes. */
    enum SignatureFormat { CMS, XADES }

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "cms",
            description = "cms (default) or xades")
    SignatureFormat format;

    @Option(names = "--timestamp", paramLabel = "URL", description = "xades only: RFC 3161 timestamp authority for baseline B-T")
    java.net.URI timestampAuthority;

    @Option(names = "--detached", description = "write the signature alone (FILE.p7s) instead of enveloping FILE (FILE.p7m)")
    boolean detached;

    @Option(names = "--rsa-padding", paramLabel = "PADDING", defaultValue = "pkcs1_v1_5",
            description = "RSA keys only: pkcs1_v1_5 (default) or pss")
    RsaPadding rsaPadding;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "signature file (default: FILE.p7m, or FILE.p7s with --detached)")
    Path output;

    @Option(names = "--keystore", paramLabel = "STORE",
            description = "keystore holding the signing key: a PKCS#12 file, or the SunPKCS11 configuration file with --keystore-type PKCS11")
    Path keystore;

    @Option(names = "--keystore-type", paramLabel = "TYPE", defaultValue = "PKCS12",
            description = "PKCS12 (default) or PKCS11 (hardware token; untested here, see certificates/README.md)")
    String keystoreType;

    @Option(names = "--alias", description = "key alias in the keystore (default: the only key)")
    String alias;

    @Option(names = "--password-file", paramLabel = "FILE", description = "file holding the keystore password")
    Path passwordFile;

    @Mixin
    DataOptions data;

    @Override
    public Integer call() throws Exception {
        SigningKey key = keystore == null
                ? DemoPki.gatewayKeys(data.dataDir.resolve("pki"), List.of()).at(Clock.systemUTC().instant())
                : KeyStores.load(keystoreType, keystore, Passwords.read(passwordFile), alias);
        if (format == SignatureFormat.XADES) {
            return xades(key);
        }
        byte[] signature = new CmsSigner(Clock.systemUTC(), rsaPadding).sign(Files.readAllBytes(file), key, detached);
        Path target = output != null ? output : file.resolveSibling(file.getFileName() + (detached ? ".p7s" : ".p7m"));
        Files.write(target, signature);
        System.err.println("signed " + file + " -> " + target + (detached ? " (detached)" : " (enveloping)")
                + " as " + key.certificate().getSubjectX500Principal().getName());
        return 0;
    }

    private int xades(SigningKey key) throws java.io.IOException {
        if (detached) {
            System.err.println("entrepot sign: XAdES signatures are enveloped in the document; --detached applies to cms");
            return NOT_AVAILABLE;
        }
        org.entrepot.sign.xades.XadesOptions options = timestampAuthority == null
                ? org.entrepot.sign.xades.XadesOptions.baselineB()
                : org.entrepot.sign.xades.XadesOptions.baselineT(new org.entrepot.sign.timestamp.TimestampClient(timestampAuthority));
        org.entrepot.document.Outcome<byte[]> signed = new org.entrepot.sign.xades.XadesSigner()
                .sign(Files.readAllBytes(file), key, options);
        if (!signed.isAccepted()) {
            TranslateCommand.printRejections(System.err, file, signed.rejections());
            return Entrepot.REJECTED;
        }
        Path target = output != null ? output : file.resolveSibling(file.getFileName().toString().replaceFirst("\\.xml$", "")
                + ".signed.xml");
        Files.write(target, signed.value());
        System.err.println("signed " + file + " -> " + target + " (XAdES " + (timestampAuthority == null ? "B-B" : "B-T")
                + ") as " + key.certificate().getSubjectX500Principal().getName());
        return 0;
    }
}
