package org.entrepot.sign;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.entrepot.partner.CertificateReference;

/**
 * The partners' certificates the gateway verifies with: a PKCS#12 file of trusted-certificate
 * entries, each under an alias that the partner file refers to ({@code certificates: - alias: ...})
 * unless it refers by SHA-256 fingerprint. Public certificates only; no key is ever stored here.
 */
public final class PartnerCertificateStore {

    /** The store's file name in the PKI directory. */
    public static final String FILE_NAME = "partner-certificates.p12";

    private static final Pattern ALIAS = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    /** One stored certificate. */
    public record Entry(String alias, X509Certificate certificate) {
        public String fingerprint() {
            return PartnerCertificateStore.fingerprint(certificate);
        }
    }

    private final Path file;
    private final KeyStore store;

    private PartnerCertificateStore(Path file, KeyStore store) {
        this.file = file;
        this.store = store;
    }

    /** Opens the store, or starts an empty one when the file does not exist yet. */
    public static PartnerCertificateStore open(Path file, char[] password) {
        if (Files.exists(file)) {
            return new PartnerCertificateStore(file, KeyStores.open(file, password));
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            return new PartnerCertificateStore(file, store);
        } catch (GeneralSecurityException | IOException e) {
            throw new KeyMaterialException("cannot create partner certificate store " + file + ": " + e.getMessage(), e);
        }
    }

    /** Every certificate, sorted by alias. */
    public List<Entry> entries() {
        try {
            List<String> aliases = new ArrayList<>(Collections.list(store.aliases()));
            Collections.sort(aliases);
            List<Entry> entries = new ArrayList<>();
            for (String alias : aliases) {
                Certificate certificate = store.getCertificate(alias);
                if (store.isCertificateEntry(alias) && certificate instanceof X509Certificate x509) {
                    entries.add(new Entry(alias, x509));
                }
            }
            return entries;
        } catch (GeneralSecurityException e) {
            throw new KeyMaterialException("cannot read partner certificate store " + file + ": " + e.getMessage(), e);
        }
    }

    /** Adds or replaces the certificate under {@code alias}; call {@link #save(char[])} to keep it. */
    public void put(String alias, X509Certificate certificate) {
        if (!isValidAlias(alias)) {
            throw new IllegalArgumentException("alias '" + alias + "' is not allowed: use 1 to 64 of a-z, 0-9, '.', '_', '-'");
        }
        try {
            store.setCertificateEntry(alias, certificate);
        } catch (GeneralSecurityException e) {
            throw new KeyMaterialException("cannot add " + alias + " to " + file + ": " + e.getMessage(), e);
        }
    }

    public static boolean isValidAlias(String alias) {
        return alias != null && ALIAS.matcher(alias).matches();
    }

    /** Writes the store atomically, readable by its owner only. */
    public void save(char[] password) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            store.store(bytes, password);
            AtomicWrite.replace(file, bytes.toByteArray(), true);
        } catch (GeneralSecurityException | IOException e) {
            throw new KeyMaterialException("cannot write partner certificate store " + file + ": " + e.getMessage(), e);
        }
    }

    /** The certificate a partner file reference names, if this store holds it. */
    public Optional<X509Certificate> find(CertificateReference reference) {
        for (Entry entry : entries()) {
            if (reference.alias() != null ? entry.alias().equals(reference.alias())
                    : entry.fingerprint().equals(reference.fingerprint())) {
                return Optional.of(entry.certificate());
            }
        }
        return Optional.empty();
    }

    /** The SHA-256 fingerprint of a certificate as lower-case hex, the form the partner file uses. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 of a certificate: " + e.getMessage(), e);
        }
    }
}
