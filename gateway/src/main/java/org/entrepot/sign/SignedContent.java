package org.entrepot.sign;

import java.util.Objects;

/**
 * The content taken out of a verified enveloping signature, with what the verification established.
 *
 * @param content the signed bytes
 * @param check   signer, signing time, digest and warnings
 */
public record SignedContent(byte[] content, SignatureCheck check) {

    public SignedContent {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(check, "check");
    }
}
