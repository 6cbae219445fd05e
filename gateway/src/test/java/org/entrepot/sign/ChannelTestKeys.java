package org.entrepot.sign;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Keys the channel tests of other packages need and the demo PKI does not hand out: strangers. */
public final class ChannelTestKeys {

    private ChannelTestKeys() {
    }

    /** A signing certificate issued by the demo CA (so its chain is trusted) that no partner registered. */
    public static SigningKey unregisteredFromDemoCa(DemoPki pki, String subject) {
        Instant now = Instant.now();
        return CertificateIssuer.signingCertificate(CertificateIssuer.rsaKeyPair(2048), subject, pki.caKey(),
                now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.DAYS));
    }

    /** A self-signed certificate: trusted by nobody. */
    public static SigningKey selfSigned(String subject) {
        Instant now = Instant.now();
        return CertificateIssuer.selfSignedCa(CertificateIssuer.rsaKeyPair(2048), subject,
                now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.DAYS));
    }
}
