package org.entrepot.sign;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * The certificate the gateway presents as a TLS client (mutual TLS to a carrier's API), kept
 * apart from its document-signing key: TLS servers check that a client certificate is issued
 * for {@code clientAuth}, and a signing certificate is issued for {@code emailProtection}, which
 * a JSSE server refuses.
 *
 * <p>It lives in {@code <pki>/tls-client.p12} under the keystore password of the PKI folder. On
 * first use the demo CA issues one; an operator replaces the file with one from the CA the
 * carriers trust.
 */
public final class TlsClientKey {

    /** The keystore file inside the PKI folder. */
    public static final String FILE_NAME = "tls-client.p12";
    static final String SUBJECT = "CN=gateway TLS client,O=Entrepot demo PKI";
    private static final long VALID_YEARS = 2;

    private TlsClientKey() {
    }

    /**
     * Loads the TLS client key, issuing it from the demo CA when the file does not exist yet.
     *
     * @param pkiDir the gateway's PKI folder
     * @return the key with its certificate chain
     * @throws KeyMaterialException if it can neither be read nor issued
     */
    public static SigningKey ensure(Path pkiDir) {
        if (!Files.exists(pkiDir.resolve(FILE_NAME)) && !Files.exists(pkiDir.resolve("ca.p12"))) {
            // the gateway's first run: its settings are checked before it makes the demo PKI, so make it now
            // (outside the lock below, which the same thread cannot take twice)
            DemoPki.gatewayKey(pkiDir, java.util.List.of());
        }
        return DemoPki.locked(pkiDir, System.getenv(DemoPki.PASSWORD_VARIABLE), (directory, password) -> {
            Path p12 = directory.resolve(FILE_NAME);
            if (Files.exists(p12)) {
                return KeyStores.load(p12, password, null);
            }
            Path ca = directory.resolve("ca.p12");
            if (!Files.exists(ca)) {
                throw new KeyMaterialException(p12 + " does not exist and there is no demo CA ("
                        + ca + ") to issue it: put the gateway's TLS client keystore there");
            }
            SigningKey issuer = KeyStores.load(ca, password, null);
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            SigningKey key = CertificateIssuer.issue(CertificateIssuer.keyPair("EC", 256), SUBJECT, issuer,
                    now.minus(5, ChronoUnit.MINUTES), now.plus(VALID_YEARS * 366, ChronoUnit.DAYS),
                    new CertificateIssuer.Profile(-1, KeyUsage.digitalSignature, KeyPurposeId.id_kp_clientAuth,
                            null, null));
            KeyStores.store(p12, key, password, "tls-client");
            KeyStores.writePem(directory.resolve("tls-client.pem"), key.certificate());
            return key;
        });
    }
}
