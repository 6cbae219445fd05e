package org.entrepot.sign;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509CertificateHolder;

/** The revocation URLs a certificate names: OCSP responders (AIA) and CRL distribution points. */
final class RevocationSources {

    private RevocationSources() {
    }

    static List<String> ocspResponders(X509Certificate certificate) {
        List<String> uris = new ArrayList<>();
        AuthorityInformationAccess access = AuthorityInformationAccess.fromExtensions(holder(certificate).getExtensions());
        if (access != null) {
            for (AccessDescription description : access.getAccessDescriptions()) {
                if (AccessDescription.id_ad_ocsp.equals(description.getAccessMethod())) {
                    uri(description.getAccessLocation(), uris);
                }
            }
        }
        return uris;
    }

    static List<String> crlDistributionPoints(X509Certificate certificate) {
        List<String> uris = new ArrayList<>();
        CRLDistPoint points = CRLDistPoint.fromExtensions(holder(certificate).getExtensions());
        if (points != null) {
            for (DistributionPoint point : points.getDistributionPoints()) {
                DistributionPointName name = point.getDistributionPoint();
                if (name != null && name.getType() == DistributionPointName.FULL_NAME) {
                    for (GeneralName general : GeneralNames.getInstance(name.getName()).getNames()) {
                        uri(general, uris);
                    }
                }
            }
        }
        return uris;
    }

    private static void uri(GeneralName name, List<String> uris) {
        if (name.getTagNo() == GeneralName.uniformResourceIdentifier) {
            String uri = ASN1IA5String.getInstance(name.getName()).getString();
            if (HttpFetch.isWebUri(uri)) {
                uris.add(uri);
            }
        }
    }

    private static X509CertificateHolder holder(X509Certificate certificate) {
        try {
            return new X509CertificateHolder(certificate.getEncoded());
        } catch (CertificateEncodingException | IOException e) {
            throw new IllegalArgumentException("certificate cannot be encoded: " + e.getMessage(), e);
        }
    }
}
