package org.entrepot.sign;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entrepot.partner.Partner;
import org.entrepot.partner.PartnerDirectory;

/** How the standard pipeline verifies partners' signatures when the demo PKI is its trust. */
public final class DemoSignatureCheck {

    private DemoSignatureCheck() {
    }

    /**
     * The signature step the standard pipeline uses with the demo PKI: trusts the demo CA, checks
     * revocation against the CRLs in the directory (ca.crl, intermediate.crl, if {@code certs init}
     * wrote them) before any distribution point, and takes each partner's certificates from the
     * partner file's references into partner-certificates.p12, or, for a partner that names none,
     * its demo certificate (partners/&lt;id&gt;.pem) when there is one.
     */
    public static InboundSignatureCheck forPartners(Path pkiDir, PartnerDirectory partners, Clock clock) {
        return DemoPki.locked(pkiDir, System.getenv(DemoPki.PASSWORD_VARIABLE), (directory, password) -> {
            TrustAnchors anchors = TrustAnchors.fromPem(List.of(directory.resolve("ca.pem")));
            PartnerCertificateStore store = PartnerCertificateStore.open(directory.resolve(PartnerCertificateStore.FILE_NAME),
                    password);
            Map<String, PartnerCertificates> registrations =
                    new TreeMap<>(InboundSignatureCheck.registrations(partners, store::find));
            for (Partner partner : partners.partners()) {
                Path pem = directory.resolve(DemoPki.PARTNERS_DIRECTORY).resolve(partner.id() + ".pem");
                if (!registrations.containsKey(partner.id()) && Files.exists(pem)) {
                    registrations.put(partner.id(), PartnerCertificates.of(partner.id(),
                            List.of(new PartnerCertificates.Registered(KeyStores.readPem(pem), null, null))));
                }
            }
            List<X509CRL> crls = new ArrayList<>();
            for (String name : List.of("ca.crl", "intermediate.crl")) {
                if (Files.exists(directory.resolve(name))) {
                    crls.add(KeyStores.readCrl(directory.resolve(name)));
                }
            }
            CmsVerifier verifier = new CmsVerifier(clock, new RevocationChecker(clock, Duration.ofSeconds(10), crls));
            return new InboundSignatureCheck(verifier, anchors, registrations);
        });
    }
}
