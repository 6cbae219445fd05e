package org.entrepot.deliver.soap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.entrepot.partner.Partner;
import org.entrepot.partner.PartnerDirectory;
import org.entrepot.sign.DemoPki;
import org.entrepot.sign.InboundSignatureCheck;
import org.entrepot.sign.KeyStores;
import org.entrepot.sign.PartnerCertificateStore;
import org.entrepot.sign.PartnerCertificates;
import org.entrepot.sign.TrustAnchors;

/**
 * Who may sign SOAP messages as which partner: the certificates each partner registered (the
 * partner file's {@code certificates:} in the partner certificate store, or the demo PKI's
 * certificate of the partner when it names none), each within its window, and the roots their
 * chains must end in. WS-Security proves a certificate signed; this says whose it is.
 */
public final class PartnerSigners {

    private final TrustAnchors anchors;
    private final Map<String, PartnerCertificates> registrations;
    private final Map<String, X509Certificate> byAlias;

    public PartnerSigners(TrustAnchors anchors, Map<String, PartnerCertificates> registrations,
                          Map<String, X509Certificate> byAlias) {
        this.anchors = anchors;
        this.registrations = Map.copyOf(registrations);
        this.byAlias = Map.copyOf(byAlias);
    }

    /** The registrations of the gateway's data folder: the demo CA, the certificate store, the demo partners. */
    public static PartnerSigners of(Path pkiDir, PartnerDirectory partners) {
        TrustAnchors anchors = TrustAnchors.fromPem(List.of(pkiDir.resolve("ca.pem")));
        PartnerCertificateStore store = DemoPki.partnerCertificateStore(pkiDir);
        Map<String, PartnerCertificates> registrations = new TreeMap<>(InboundSignatureCheck.registrations(partners, store::find));
        for (Partner partner : partners.partners()) {
            Path pem = pkiDir.resolve("partners").resolve(partner.id() + ".pem");
            if (!registrations.containsKey(partner.id()) && Files.exists(pem)) {
                registrations.put(partner.id(), PartnerCertificates.of(partner.id(),
                        List.of(new PartnerCertificates.Registered(KeyStores.readPem(pem), null, null))));
            }
        }
        Map<String, X509Certificate> byAlias = new TreeMap<>();
        store.entries().forEach(entry -> byAlias.put(entry.alias(), entry.certificate()));
        return new PartnerSigners(anchors, registrations, byAlias);
    }

    public TrustAnchors anchors() {
        return anchors;
    }

    /** The partner that registered {@code certificate} for signing at {@code at}, if exactly one did. */
    public Optional<String> owner(X509Certificate certificate, Instant at) {
        List<String> owners = registrations.values().stream()
                .filter(registered -> registered.find(certificate).filter(r -> r.coversAt(at)).isPresent())
                .map(PartnerCertificates::partner)
                .toList();
        return owners.size() == 1 ? Optional.of(owners.get(0)) : Optional.empty();
    }

    /** Whether {@code partner} registered {@code certificate} for signing at {@code at}. */
    public boolean signsFor(String partner, X509Certificate certificate, Instant at) {
        PartnerCertificates registered = registrations.get(partner);
        return registered != null && registered.find(certificate).filter(r -> r.coversAt(at)).isPresent();
    }

    /** The certificate stored under {@code alias} in the partner certificate store. */
    public Optional<X509Certificate> byAlias(String alias) {
        return Optional.ofNullable(byAlias.get(alias));
    }

    /** Whether {@code partner} has any certificate registered. */
    public boolean knows(String partner) {
        return registrations.containsKey(partner);
    }
}
