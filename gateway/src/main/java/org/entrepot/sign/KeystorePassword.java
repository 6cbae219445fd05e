package org.entrepot.sign;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Decides the password of the demo keystores: the environment's if the operator set one,
 * otherwise a random one generated on first use and kept beside the keystores, readable by
 * the owner only. A password is never built into the code or the repository.
 */
final class KeystorePassword {

    /** The environment variable that, when set, holds the keystore password. */
    static final String ENVIRONMENT_VARIABLE = "ENTREPOT_KEYSTORE_PASSWORD";

    /** The file, inside the PKI directory, that keeps a generated password. */
    static final String FILE_NAME = "keystore-password";

    private static final int GENERATED_BYTES = 32;

    private KeystorePassword() {
    }

    /**
     * The password to use; the caller must hold the PKI directory's lock, since a first call
     * writes the password file.
     */
    static char[] resolve(Path pkiDir, String fromEnvironment) {
        if (fromEnvironment != null) {
            if (fromEnvironment.isBlank()) {
                throw new KeyMaterialException(ENVIRONMENT_VARIABLE + " is set but empty; unset it to use "
                        + pkiDir.resolve(FILE_NAME) + " or set a real password");
            }
            return fromEnvironment.toCharArray();
        }
        Path file = pkiDir.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                String stored = Files.readString(file, StandardCharsets.US_ASCII).strip();
                if (stored.isEmpty()) {
                    throw new KeyMaterialException("password file " + file + " is empty");
                }
                return stored.toCharArray();
            }
            byte[] random = new byte[GENERATED_BYTES];
            new SecureRandom().nextBytes(random);
            String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            AtomicWrite.replace(file, generated.getBytes(StandardCharsets.US_ASCII), true);
            return generated.toCharArray();
        } catch (IOException e) {
            throw new KeyMaterialException("cannot read or write password file " + file + ": " + e.getMessage(), e);
        }
    }
}
