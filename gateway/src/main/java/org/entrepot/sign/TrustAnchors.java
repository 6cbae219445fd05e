package org.entrepot.sign;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The certificates the gateway trusts as roots when it checks a signer: a signature is trusted
 * only if its signer's certificate chains to one of them, or is one of them (a partner's
 * self-signed certificate pinned directly).
 */
public final class TrustAnchors {

    private final List<X509Certificate> certificates;
    private final Set<TrustAnchor> pkixAnchors;

    private TrustAnchors(Collection<X509Certificate> certificates) {
        // an empty set would make every check fail with a confusing provider error; refuse at start-up
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("at least one trusted certificate is needed");
        }
        this.certificates = List.copyOf(new LinkedHashSet<>(certificates));
        Set<TrustAnchor> anchors = new LinkedHashSet<>();
        for (X509Certificate certificate : this.certificates) {
            anchors.add(new TrustAnchor(certificate, null));
        }
        this.pkixAnchors = Collections.unmodifiableSet(anchors);
    }

    /** Trusts exactly the given certificates. */
    public static TrustAnchors of(Collection<X509Certificate> certificates) {
        return new TrustAnchors(certificates);
    }

    /** Trusts exactly the given certificates. */
    public static TrustAnchors of(X509Certificate... certificates) {
        return new TrustAnchors(List.of(certificates));
    }

    /** Trusts every certificate found in the given PEM files. */
    public static TrustAnchors fromPem(Collection<Path> pemFiles) {
        List<X509Certificate> certificates = new ArrayList<>();
        for (Path pem : pemFiles) {
            certificates.addAll(KeyStores.readPemCertificates(pem));
        }
        return new TrustAnchors(certificates);
    }

    /**
     * Trusts the trusted-certificate entries of a PKCS#12 truststore (as written by
     * {@code keytool -importcert}). Certificates that only accompany a key entry are not
     * anchors: holding a key does not make its issuer trusted.
     *
     * @throws KeyMaterialException if the file cannot be opened or holds no trusted certificate
     */
    public static TrustAnchors fromPkcs12(Path truststore, char[] password) {
        KeyStore store = KeyStores.open(truststore, password);
        List<X509Certificate> certificates = new ArrayList<>();
        try {
            for (String alias : Collections.list(store.aliases())) {
                Certificate certificate = store.getCertificate(alias);
                if (store.isCertificateEntry(alias) && certificate instanceof X509Certificate) {
                    certificates.add((X509Certificate) certificate);
                }
            }
        } catch (GeneralSecurityException e) {
            throw new KeyMaterialException("cannot read truststore " + truststore + ": " + e.getMessage(), e);
        }
        if (certificates.isEmpty()) {
            throw new KeyMaterialException("truststore " + truststore + " holds no trusted certificate entry");
        }
        return new TrustAnchors(certificates);
    }

    /** The trusted certificates, in the order given, without duplicates. */
    public List<X509Certificate> certificates() {
        return certificates;
    }

    /** The same certificates in the form {@code java.security.cert} path validation takes. */
    public Set<TrustAnchor> pkixAnchors() {
        return pkixAnchors;
    }

    /** Whether this exact certificate is trusted directly. */
    public boolean contains(X509Certificate certificate) {
        return certificates.contains(certificate);
    }

    @Override
    public String toString() {
        List<String> subjects = new ArrayList<>();
        for (X509Certificate certificate : certificates) {
            subjects.add(certificate.getSubjectX500Principal().getName());
        }
        return "TrustAnchors" + subjects;
    }
}
