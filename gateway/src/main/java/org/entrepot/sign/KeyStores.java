package org.entrepot.sign;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/**
 * Reads and writes the gateway's key material: PKCS#12 keystores for keys, PEM files for
 * certificates. Every failure is a {@link KeyMaterialException} whose message names the file,
 * because it happens at start-up and an operator has to act on it.
 */
public final class KeyStores {

    private static final String KEYSTORE_TYPE = "PKCS12";

    private KeyStores() {
    }

    /**
     * Loads a private key and its certificate chain from a PKCS#12 file.
     *
     * @param p12        the keystore
     * @param password   protects both the keystore and the key entry
     * @param aliasOrNull the entry to load; null when the keystore holds exactly one key entry
     * @throws KeyMaterialException if the file is missing or unreadable, the password is wrong,
     *                              or the alias names no key entry
     */
    public static SigningKey load(Path p12, char[] password, String aliasOrNull) {
        return entry(open(p12, password), p12.toString(), password, aliasOrNull);
    }

    /**
     * Loads a private key and its chain from a keystore of any type: {@code PKCS12} (a file) or
     * {@code PKCS11} (a hardware token or HSM through the JDK's SunPKCS11 provider, configured by
     * the provider configuration file in {@code location}; see certificates/README.md). PKCS#11
     * is not tested here: no token is available on the build machine.
     *
     * @param type      the KeyStore type, e.g. {@code PKCS12} or {@code PKCS11}
     * @param location  the PKCS#12 file, or the SunPKCS11 configuration file for PKCS#11
     * @param password  the keystore password (the token PIN for PKCS#11)
     * @param aliasOrNull the key entry; null when the store holds exactly one
     */
    public static SigningKey load(String type, Path location, char[] password, String aliasOrNull) {
        if (type == null || type.equalsIgnoreCase(KEYSTORE_TYPE)) {
            return load(location, password, aliasOrNull);
        }
        if (!type.equalsIgnoreCase("PKCS11")) {
            throw new KeyMaterialException("keystore type " + type + " is not supported; use PKCS12 or PKCS11");
        }
        Provider base = Security.getProvider("SunPKCS11");
        if (base == null) {
            throw new KeyMaterialException("this JDK has no SunPKCS11 provider, so PKCS11 keystores cannot be used");
        }
        try {
            Provider token = base.configure(location.toString());
            KeyStore store = KeyStore.getInstance("PKCS11", token);
            store.load(null, password);
            return entry(store, "PKCS#11 token " + location, password, aliasOrNull);
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            throw new KeyMaterialException("cannot open PKCS#11 token configured in " + location + ": " + e.getMessage(), e);
        }
    }

    private static SigningKey entry(KeyStore store, String name, char[] password, String aliasOrNull) {
        String alias = aliasOrNull != null ? aliasOrNull : onlyKeyAlias(store, name);
        try {
            if (!store.isKeyEntry(alias)) {
                throw new KeyMaterialException("keystore " + name + " has no key entry named '" + alias
                        + "'; its key entries are " + keyAliases(store, name));
            }
            Key key = store.getKey(alias, password);
            if (!(key instanceof PrivateKey)) {
                throw new KeyMaterialException("entry '" + alias + "' in keystore " + name + " is not a private key");
            }
            return new SigningKey((PrivateKey) key, (X509Certificate) store.getCertificate(alias),
                    x509Chain(store.getCertificateChain(alias)));
        } catch (UnrecoverableKeyException e) {
            throw new KeyMaterialException("the key '" + alias + "' in keystore " + name
                    + " is protected by a different password than the keystore", e);
        } catch (GeneralSecurityException e) {
            throw new KeyMaterialException("cannot read key '" + alias + "' from keystore " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes a key and its chain as the only entry of a new PKCS#12 file, replacing the file
     * atomically and readable by its owner only.
     */
    public static void store(Path p12, SigningKey key, char[] password, String alias) {
        try {
            KeyStore store = KeyStore.getInstance(KEYSTORE_TYPE);
            store.load(null, null);
            store.setKeyEntry(alias, key.privateKey(), password, key.chain().toArray(new Certificate[0]));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            store.store(bytes, password);
            AtomicWrite.replace(p12, bytes.toByteArray(), true);
        } catch (GeneralSecurityException | IOException e) {
            throw new KeyMaterialException("cannot write keystore " + p12 + ": " + e.getMessage(), e);
        }
    }

    /** Reads the first certificate of a PEM (or DER) file. */
    public static X509Certificate readPem(Path pem) {
        return readPemCertificates(pem).get(0);
    }

    /** Reads every certificate of a PEM file; at least one must be there. */
    public static List<X509Certificate> readPemCertificates(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                certificates.add((X509Certificate) certificate);
            }
            if (certificates.isEmpty()) {
                throw new KeyMaterialException("no certificate in " + pem);
            }
            return List.copyOf(certificates);
        } catch (IOException | CertificateException e) {
            throw new KeyMaterialException("cannot read certificates from " + pem + ": " + e.getMessage(), e);
        }
    }

    /** Reads a CRL, DER or PEM. */
    public static X509CRL readCrl(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(in);
        } catch (IOException | GeneralSecurityException e) {
            throw new KeyMaterialException("cannot read CRL " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes one certificate as PEM, replacing the file atomically. */
    public static void writePem(Path pem, X509Certificate certificate) {
        try {
            AtomicWrite.replace(pem, toPem(certificate).getBytes(StandardCharsets.US_ASCII), false);
        } catch (IOException | CertificateException e) {
            throw new KeyMaterialException("cannot write certificate " + pem + ": " + e.getMessage(), e);
        }
    }

    static String toPem(X509Certificate certificate) throws CertificateException {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded());
        return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
    }

    /** Opens a PKCS#12 file, telling a wrong password apart from a damaged or foreign file. */
    static KeyStore open(Path p12, char[] password) {
        if (!Files.isRegularFile(p12)) {
            throw new KeyMaterialException("keystore " + p12 + " does not exist or is not a file");
        }
        try (InputStream in = Files.newInputStream(p12)) {
            KeyStore store = KeyStore.getInstance(KEYSTORE_TYPE);
            store.load(in, password);
            return store;
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new KeyMaterialException("cannot open keystore " + p12 + ": the password is wrong", e);
            }
            throw new KeyMaterialException("cannot read keystore " + p12 + " as PKCS#12: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new KeyMaterialException("cannot read keystore " + p12 + ": " + e.getMessage(), e);
        }
    }

    private static String onlyKeyAlias(KeyStore store, String p12) {
        List<String> aliases = keyAliases(store, p12);
        if (aliases.size() != 1) {
            throw new KeyMaterialException("keystore " + p12 + " holds " + aliases.size()
                    + " key entries " + aliases + "; name the one to use");
        }
        return aliases.get(0);
    }

    private static List<String> keyAliases(KeyStore store, String p12) {
        try {
            List<String> aliases = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    aliases.add(alias);
                }
            }
            return aliases;
        } catch (GeneralSecurityException e) {
            throw new KeyMaterialException("cannot list entries of keystore " + p12 + ": " + e.getMessage(), e);
        }
    }

    private static List<X509Certificate> x509Chain(Certificate[] chain) {
        List<X509Certificate> certificates = new ArrayList<>();
        for (Certificate certificate : chain) {
            certificates.add((X509Certificate) certificate);
        }
        return certificates;
    }
}
