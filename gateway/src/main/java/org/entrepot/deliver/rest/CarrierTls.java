package org.entrepot.deliver.rest;

import java.net.Socket;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.HexFormat;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import org.entrepot.partner.CertificateReference;
import org.entrepot.sign.DemoPki;
import org.entrepot.sign.SigningKey;
import org.entrepot.sign.TlsClientKey;

/**
 * The TLS side of a carrier connection: which server certificate the gateway trusts and which
 * client certificate it shows.
 *
 * <ul>
 *   <li>{@code serverCertificate: alias} — the certificate registered for the carrier (or the CA
 *       that issued its server certificate) is the only trust anchor; the JDK checks the chain,
 *       validity, key usage and that the certificate names the host of the URL.</li>
 *   <li>{@code serverFingerprint: sha256} — exactly that certificate, while it is valid; nothing
 *       else, whoever issued it. The pin replaces the host name check, since it names the one
 *       certificate the carrier uses.</li>
 *   <li>neither — the JDK's own trust store (public CAs) with the host name check.</li>
 * </ul>
 * With {@code auth: mtls} the gateway presents {@link TlsClientKey}; otherwise no client certificate.
 */
final class CarrierTls {

    private final Path pki;

    CarrierTls(Path pki) {
        this.pki = pki;
    }

    SSLContext context(RestSettings settings) throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers(settings), trustManagers(settings), null);
        return context;
    }

    private KeyManager[] keyManagers(RestSettings settings) throws GeneralSecurityException {
        if (settings.auth() != RestSettings.Auth.MTLS) {
            return null;
        }
        SigningKey key = TlsClientKey.ensure(pki);
        char[] transientPassword = new char[0];
        KeyStore store = KeyStore.getInstance("PKCS12");
        try {
            store.load(null, null);
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException("cannot create an in-memory keystore", e);
        }
        store.setKeyEntry("client", key.privateKey(), transientPassword,
                key.chain().toArray(X509Certificate[]::new));
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(store, transientPassword);
        return factory.getKeyManagers();
    }

    private TrustManager[] trustManagers(RestSettings settings) throws GeneralSecurityException {
        if (settings.serverFingerprint() != null) {
            return new TrustManager[] {new PinnedServer(settings.serverFingerprint())};
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        if (settings.serverCertificate() == null) {
            factory.init((KeyStore) null);
            return factory.getTrustManagers();
        }
        X509Certificate anchor = DemoPki.partnerCertificateStore(pki)
                .find(new CertificateReference(settings.serverCertificate(), null, null, null))
                .orElseThrow(() -> new GeneralSecurityException("no certificate '" + settings.serverCertificate()
                        + "' in the partner certificate store (entrepot certs import)"));
        KeyStore store = KeyStore.getInstance("PKCS12");
        try {
            store.load(null, null);
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException("cannot create an in-memory truststore", e);
        }
        store.setCertificateEntry("carrier", anchor);
        factory.init(store);
        return factory.getTrustManagers();
    }

    /** Trusts one server certificate, named by its SHA-256 fingerprint, while it is valid. */
    private static final class PinnedServer extends X509ExtendedTrustManager {
        private final String fingerprint;

        PinnedServer(String fingerprint) {
            this.fingerprint = fingerprint;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            if (chain == null || chain.length == 0) {
                throw new CertificateException("the carrier's server sent no certificate");
            }
            X509Certificate leaf = chain[0];
            String presented;
            try {
                presented = HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(leaf.getEncoded()));
            } catch (GeneralSecurityException e) {
                throw new CertificateException("cannot hash the carrier's certificate", e);
            }
            if (!java.security.MessageDigest.isEqual(presented.getBytes(), fingerprint.getBytes())) {
                throw new CertificateException("the carrier's server certificate " + presented
                        + " is not the pinned " + fingerprint);
            }
            leaf.checkValidity(new Date());
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            checkServerTrusted(chain, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            checkServerTrusted(chain, authType);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("the gateway is the client here");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            checkClientTrusted(chain, authType);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            checkClientTrusted(chain, authType);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
