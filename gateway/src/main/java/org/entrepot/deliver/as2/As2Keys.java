package org.entrepot.deliver.as2;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.entrepot.partner.CertificateReference;
import org.entrepot.partner.Partner;
import org.entrepot.partner.PartnerDirectory;
import org.entrepot.sign.CmsSigner;
import org.entrepot.sign.DemoPki;
import org.entrepot.sign.GatewayKeys;
import org.entrepot.sign.KeyStores;
import org.entrepot.sign.PartnerCertificateStore;
import org.entrepot.sign.SigningKey;

/**
 * The keys and certificates AS2 works with: the gateway's keys (it signs with the one active now
 * and decrypts with any, so a message encrypted to the old certificate during a rotation still
 * opens) and each partner's certificate, from the {@code certificate} setting (alias or
 * fingerprint in the partner certificate store), else the partner's registered certificates,
 * else the demo PKI's certificate for that partner.
 */
final class As2Keys {

    private final Path pkiDir;
    private final GatewayKeys gatewayKeys;
    private final Clock clock;
    private final CmsSigner signer;
    private final Map<String, List<X509Certificate>> partnerCertificates = new ConcurrentHashMap<>();

    As2Keys(Path pkiDir, PartnerDirectory partners, Clock clock) {
        this.pkiDir = pkiDir;
        this.clock = clock;
        this.gatewayKeys = DemoPki.gatewayKeys(pkiDir, partners.partners().stream().map(Partner::id)
                .filter(DemoPki::isValidPartnerId).toList());
        this.signer = new CmsSigner(clock);
    }

    SigningKey signingKey() {
        return gatewayKeys.at(clock.instant());
    }

    List<SigningKey> decryptionKeys() {
        return gatewayKeys.scheduled().stream().map(GatewayKeys.Scheduled::key).toList();
    }

    CmsSigner signer() {
        return signer;
    }

    /**
     * The partner's certificates: the one the setting names, or its registered ones.
     *
     * @throws IllegalStateException when none can be found, naming what is missing
     */
    List<X509Certificate> certificates(Partner partner, String setting) {
        String key = partner.id() + "|" + setting;
        return partnerCertificates.computeIfAbsent(key, k -> resolve(partner, setting));
    }

    private List<X509Certificate> resolve(Partner partner, String setting) {
        PartnerCertificateStore store = DemoPki.partnerCertificateStore(pkiDir);
        if (!setting.isBlank()) {
            String fingerprint = CertificateReference.normalizeFingerprint(setting);
            CertificateReference reference = fingerprint != null ? new CertificateReference(null, fingerprint, null, null)
                    : new CertificateReference(setting.strip(), null, null, null);
            return List.of(store.find(reference).orElseThrow(() -> new IllegalStateException(
                    "partner " + partner.id() + ": AS2 certificate " + setting + " is not in the partner certificate store;"
                            + " import it with: entrepot certs import --partner " + partner.id())));
        }
        List<X509Certificate> registered = partner.certificates().stream().map(store::find)
                .flatMap(Optional::stream).toList();
        if (!registered.isEmpty()) {
            return registered;
        }
        Path demo = pkiDir.resolve("partners").resolve(partner.id() + ".pem");
        if (DemoPki.isValidPartnerId(partner.id()) && java.nio.file.Files.exists(demo)) {
            return List.of(KeyStores.readPem(demo));
        }
        throw new IllegalStateException("partner " + partner.id() + " has no AS2 certificate: set channels.as2.certificate"
                + " or register its certificates");
    }
}
