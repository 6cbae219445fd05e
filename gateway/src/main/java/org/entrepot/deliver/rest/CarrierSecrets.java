package org.entrepot.deliver.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The carriers' secrets, one file each, never in the partner file:
 * {@code <data>/secrets/rest/<carrier>.token} holds the bearer token the carrier issued to the
 * gateway, {@code <data>/secrets/rest/<carrier>.webhook-secret} the key the carrier signs its
 * webhook calls with. The carrier id is a partner id from the directory, checked again here, so
 * nothing a peer sends ever becomes part of a path.
 */
final class CarrierSecrets {

    static final String FOLDER = "rest";
    static final String TOKEN = ".token";
    static final String WEBHOOK_SECRET = ".webhook-secret";
    private static final Pattern PARTNER_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    // what may stand in an Authorization header: RFC 6750 b64token characters
    private static final Pattern TOKEN_TEXT = Pattern.compile("[A-Za-z0-9._~+/=-]{1,4096}");
    private static final int MAX_SECRET_BYTES = 4096;

    private final Path folder;

    CarrierSecrets(Path secretsDir) {
        this.folder = secretsDir.resolve(FOLDER);
    }

    Path tokenFile(String carrier) {
        return file(carrier, TOKEN);
    }

    Path webhookSecretFile(String carrier) {
        return file(carrier, WEBHOOK_SECRET);
    }

    /**
     * @return the bearer token for the carrier, or empty when there is no file
     * @throws IllegalStateException if the file holds something that is not a token
     */
    Optional<String> token(String carrier) {
        return read(tokenFile(carrier)).map(bytes -> {
            String token = new String(bytes, StandardCharsets.US_ASCII).strip();
            if (!TOKEN_TEXT.matcher(token).matches()) {
                throw new IllegalStateException(tokenFile(carrier) + " does not hold a bearer token"
                        + " (letters, digits and . _ ~ + / = - only)");
            }
            return token;
        });
    }

    /**
     * The webhook signing key: the file's text, with a Standard Webhooks {@code whsec_} prefix
     * meaning base64 after it.
     */
    Optional<byte[]> webhookSecret(String carrier) {
        return read(webhookSecretFile(carrier)).map(bytes -> {
            String text = new String(bytes, StandardCharsets.US_ASCII).strip();
            if (text.startsWith("whsec_")) {
                return java.util.Base64.getDecoder().decode(text.substring("whsec_".length()));
            }
            return text.getBytes(StandardCharsets.US_ASCII);
        }).filter(key -> key.length >= 16);
    }

    private Path file(String carrier, String suffix) {
        if (carrier == null || !PARTNER_ID.matcher(carrier).matches()) {
            throw new IllegalArgumentException("not a partner id: " + carrier);
        }
        return folder.resolve(carrier + suffix);
    }

    private static Optional<byte[]> read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            if (Files.size(file) > MAX_SECRET_BYTES) {
                throw new IllegalStateException(file + " is larger than a secret can be");
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
