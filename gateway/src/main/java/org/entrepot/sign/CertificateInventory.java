package org.entrepot.sign;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every certificate the gateway signs or verifies with, by owner: what the expiry watch looks at. */
public final class CertificateInventory {

    private CertificateInventory() {
    }

    /** Owner → certificates: the demo PKI (ca, intermediate, gateway keys, partners) and the partner certificate store. */
    public static Map<String, List<X509Certificate>> of(Path pki) {
        DemoPki demo = DemoPki.ensure(pki, List.of());
        Map<String, List<X509Certificate>> owners = new LinkedHashMap<>();
        owners.put("ca", List.of(demo.caCertificate()));
        if (Files.exists(pki.resolve("intermediate.pem"))) {
            owners.put("intermediate", List.of(KeyStores.readPem(pki.resolve("intermediate.pem"))));
        }
        List<X509Certificate> gateway = new ArrayList<>();
        DemoPki.gatewayKeys(pki, List.of()).scheduled().forEach(scheduled -> gateway.add(scheduled.key().certificate()));
        owners.put("gateway", gateway);
        for (String id : demo.partnerIds()) {
            owners.put("partner " + id, List.of(demo.partnerCertificate(id).orElseThrow()));
        }
        for (PartnerCertificateStore.Entry entry : DemoPki.partnerCertificateStore(pki).entries()) {
            owners.put("store " + entry.alias(), List.of(entry.certificate()));
        }
        return owners;
    }
}
