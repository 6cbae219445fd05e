package org.entrepot.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyStoresTest {

    private static final char[] PASSWORD = "test-password".toCharArray();

    private static TestAuthority authority;
    private static SigningKey partner;

    @TempDir
    Path directory;

    @BeforeAll
    static void issueKey() {
        authority = TestAuthority.create("Keystore CA");
        partner = authority.issue("acme");
    }

    @Test
    void aStoredKeyLoadsBackWithItsWholeChain() {
        Path p12 = directory.resolve("acme.p12");
        KeyStores.store(p12, partner, PASSWORD, "acme");

        SigningKey loaded = KeyStores.load(p12, PASSWORD, "acme");

        assertEquals(partner, loaded);
        assertEquals(List.of(partner.certificate(), authority.root().certificate()), loaded.chain());
        assertEquals(partner, KeyStores.load(p12, PASSWORD, null));
    }

    @Test
    void aWrongPasswordIsReportedAsSuchNamingTheFile() {
        Path p12 = directory.resolve("acme.p12");
        KeyStores.store(p12, partner, PASSWORD, "acme");

        KeyMaterialException failure = assertThrows(KeyMaterialException.class,
                () -> KeyStores.load(p12, "guess".toCharArray(), null));

        assertTrue(failure.getMessage().contains(p12.toString()), failure.getMessage());
        assertTrue(failure.getMessage().contains("password is wrong"), failure.getMessage());
    }

    @Test
    void aMissingAliasIsReportedWithTheFileAndTheAliasesItHolds() {
        Path p12 = directory.resolve("acme.p12");
        KeyStores.store(p12, partner, PASSWORD, "acme");

        KeyMaterialException failure = assertThrows(KeyMaterialException.class,
                () -> KeyStores.load(p12, PASSWORD, "gateway"));

        assertTrue(failure.getMessage().contains(p12.toString()), failure.getMessage());
        assertTrue(failure.getMessage().contains("'gateway'") && failure.getMessage().contains("[acme]"),
                failure.getMessage());
    }

    @Test
    void aMissingOrForeignFileIsReportedNamingIt() throws Exception {
        Path missing = directory.resolve("missing.p12");
        Path notPkcs12 = Files.writeString(directory.resolve("notes.p12"), "not a keystore");

        assertTrue(assertThrows(KeyMaterialException.class, () -> KeyStores.load(missing, PASSWORD, null))
                .getMessage().contains(missing.toString()));
        assertTrue(assertThrows(KeyMaterialException.class, () -> KeyStores.load(notPkcs12, PASSWORD, null))
                .getMessage().contains(notPkcs12.toString()));
        assertTrue(assertThrows(KeyMaterialException.class, () -> KeyStores.readPem(notPkcs12))
                .getMessage().contains(notPkcs12.toString()));
    }

    @Test
    void aPemCertificateReadsBackEqual() throws Exception {
        Path pem = directory.resolve("acme.pem");

        KeyStores.writePem(pem, partner.certificate());

        assertTrue(Files.readString(pem).startsWith("-----BEGIN CERTIFICATE-----\n"));
        assertEquals(partner.certificate(), KeyStores.readPem(pem));
    }

    @Test
    void trustAnchorsComeFromPemFilesOrTheTrustedEntriesOfATruststore() throws Exception {
        Path pem = directory.resolve("root.pem");
        KeyStores.writePem(pem, authority.root().certificate());
        Path truststore = directory.resolve("trust.p12");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("root", authority.root().certificate());
        try (OutputStream out = Files.newOutputStream(truststore)) {
            store.store(out, PASSWORD);
        }

        assertEquals(List.of(authority.root().certificate()), TrustAnchors.fromPem(List.of(pem)).certificates());
        assertEquals(List.of(authority.root().certificate()), TrustAnchors.fromPkcs12(truststore, PASSWORD).certificates());
    }

    @Test
    void aKeystoreWithOnlyAKeyIsNotATruststore() {
        Path p12 = directory.resolve("acme.p12");
        KeyStores.store(p12, partner, PASSWORD, "acme");

        KeyMaterialException failure = assertThrows(KeyMaterialException.class,
                () -> TrustAnchors.fromPkcs12(p12, PASSWORD));

        assertTrue(failure.getMessage().contains("no trusted certificate"), failure.getMessage());
    }

    @Test
    void noTrustAnchorsAtAllIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> TrustAnchors.of(List.of()));
    }
}
