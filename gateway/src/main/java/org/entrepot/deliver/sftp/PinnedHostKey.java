package org.entrepot.deliver.sftp;

import java.net.SocketAddress;
import java.security.PublicKey;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.config.keys.KeyUtils;

/**
 * Accepts a bank's server only when its host key has the SHA-256 fingerprint the partner file
 * pins. There is no "trust on first use" and no known_hosts: an unknown or changed key ends the
 * connection, and the key the server showed is kept on the session so the failure can name it.
 *
 * <p>One verifier serves every bank; the pinned fingerprint travels with each connection as an
 * attribute of its connection context, so it is in place before the key exchange starts.
 */
final class PinnedHostKey implements ServerKeyVerifier {

    /** The fingerprint a connection expects. */
    static final AttributeKey<String> EXPECTED = new AttributeKey<>();
    /** The fingerprint the server presented, set when it was refused. */
    static final AttributeKey<String> PRESENTED = new AttributeKey<>();

    /** The connection context that pins {@code fingerprint}. */
    static AttributeRepository expecting(String fingerprint) {
        return AttributeRepository.ofKeyValuePair(EXPECTED, fingerprint);
    }

    @Override
    public boolean verifyServerKey(ClientSession session, SocketAddress remoteAddress, PublicKey serverKey) {
        AttributeRepository context = session.getConnectionContext();
        String expected = context == null ? null : context.getAttribute(EXPECTED);
        String presented = KeyUtils.getFingerPrint(serverKey);
        if (expected != null && SftpSettings.unpadded(expected).equals(presented)) {
            return true;
        }
        session.setAttribute(PRESENTED, presented == null ? "(a key of an unknown type)" : presented);
        return false;
    }
}
