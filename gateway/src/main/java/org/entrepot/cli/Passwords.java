package org.entrepot.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entrepot.sign.DemoPki;

/** Keystore passwords come from a file or the environment, never from the command line. */
final class Passwords {

    private Passwords() {
    }

    static char[] read(Path file) throws IOException {
        if (file != null) {
            return Files.readString(file, StandardCharsets.UTF_8).strip().toCharArray();
        }
        String fromEnvironment = System.getenv(DemoPki.PASSWORD_VARIABLE);
        if (fromEnvironment == null || fromEnvironment.isEmpty()) {
            throw new IllegalArgumentException("no keystore password: set " + DemoPki.PASSWORD_VARIABLE + " or pass --password-file");
        }
        return fromEnvironment.toCharArray();
    }
}
