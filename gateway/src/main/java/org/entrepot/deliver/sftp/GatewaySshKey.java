package org.entrepot.deliver.sftp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.Iterator;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * The gateway's own SSH key, which it logs in to banks with. Generated on first use as an Ed25519
 * key pair in {@code <pki>/sftp/}: the private key in OpenSSH format, readable by the owner only,
 * and the public key beside it as one {@code authorized_keys} line, which the operator gives to
 * each bank. Nothing of it is in the partner file.
 */
public final class GatewaySshKey {

    /** The folder inside the PKI folder. */
    public static final String FOLDER = "sftp";
    /** The private key's file name; the public key adds {@code .pub}. */
    public static final String PRIVATE_KEY = "gateway_ed25519";
    static final String COMMENT = "entrepot-gateway";

    private GatewaySshKey() {
    }

    /** Where the public key is, for the operator. */
    public static Path publicKeyFile(Path pkiDir) {
        return pkiDir.resolve(FOLDER).resolve(PRIVATE_KEY + ".pub");
    }

    /**
     * The key pair, generated and written if there is none yet.
     *
     * @throws IllegalStateException if the key cannot be read or written
     */
    public static synchronized KeyPair ensure(Path pkiDir) {
        Path folder = pkiDir.resolve(FOLDER);
        Path privateKey = folder.resolve(PRIVATE_KEY);
        try {
            if (Files.exists(privateKey)) {
                return read(privateKey);
            }
            KeyPair generated = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
            Files.createDirectories(folder);
            ByteArrayOutputStream secret = new ByteArrayOutputStream();
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(generated, COMMENT, null, secret);
            ByteArrayOutputStream shared = new ByteArrayOutputStream();
            OpenSSHKeyPairResourceWriter.INSTANCE.writePublicKey(generated.getPublic(), COMMENT, shared);
            // the public half first: a crash in between leaves no private key without its public line
            write(folder.resolve(PRIVATE_KEY + ".pub"), shared.toByteArray(), "rw-r--r--");
            write(privateKey, secret.toByteArray(), "rw-------");
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the gateway's SSH key in " + folder, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make or read the gateway's SSH key in " + folder + ": "
                    + e.getMessage(), e);
        }
    }

    /** The public key's SHA-256 fingerprint, as the bank's server logs it. */
    public static String fingerprint(KeyPair key) {
        return KeyUtils.getFingerPrint(key.getPublic());
    }

    private static KeyPair read(Path privateKey) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(privateKey)) {
            Iterable<KeyPair> pairs = SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName(privateKey.toString()),
                    in, FilePasswordProvider.EMPTY);
            Iterator<KeyPair> first = pairs == null ? null : pairs.iterator();
            if (first == null || !first.hasNext()) {
                throw new GeneralSecurityException(privateKey + " holds no key");
            }
            return first.next();
        }
    }

    private static void write(Path target, byte[] content, String permissions) throws IOException {
        // created owner-only, so the private key is never readable by others, not even briefly
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(temporary, content);
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString(permissions));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: its own access rules apply
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
