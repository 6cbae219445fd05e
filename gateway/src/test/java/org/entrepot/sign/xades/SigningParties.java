package org.entrepot.sign.xades;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entrepot.sign.DemoPki;
import org.entrepot.sign.SigningKey;
import org.entrepot.sign.TrustAnchors;

/**
 * The keys of a signature scenario, generated once per JVM: the demo PKI (a CA, the gateway and
 * the seller "meridian") and a second, unrelated PKI whose keys no one trusts.
 */
final class SigningParties {

    private static DemoPki trusted;
    private static DemoPki stranger;

    private SigningParties() {
    }

    static synchronized DemoPki pki() {
        if (trusted == null) {
            trusted = DemoPki.ensure(temporary("xades-pki"), List.of("meridian"));
        }
        return trusted;
    }

    static SigningKey seller() {
        return pki().partnerKey("meridian").orElseThrow();
    }

    static TrustAnchors trust() {
        return pki().trustAnchors();
    }

    /** A key from another CA: well formed, but not trusted by {@link #trust()}. */
    static synchronized SigningKey impostor() {
        if (stranger == null) {
            stranger = DemoPki.ensure(temporary("xades-stranger"), List.of("meridian"));
        }
        return stranger.partnerKey("meridian").orElseThrow();
    }

    private static Path temporary(String prefix) {
        try {
            Path directory = Files.createTempDirectory(prefix);
            directory.toFile().deleteOnExit();
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
