package org.entrepot.deliver.sftp;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Locale;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.future.ConnectFuture;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.sftp.SftpModuleProperties;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;
import org.entrepot.deliver.DeliveryFailure;
import org.entrepot.deliver.DeliveryFailure.Kind;

/**
 * One logged-in SFTP session with a bank: connected within the connect timeout, the host key
 * checked against the pinned fingerprint, authenticated with the gateway's key only, and every
 * later answer awaited at most the read timeout. Whatever goes wrong becomes a
 * {@link DeliveryFailure} whose kind tells the delivery route what happened.
 */
final class BankConnection implements AutoCloseable {

    private final ClientSession session;
    private final SftpClient sftp;
    private final SftpSettings settings;

    private BankConnection(ClientSession session, SftpClient sftp, SftpSettings settings) {
        this.session = session;
        this.sftp = sftp;
        this.settings = settings;
    }

    /**
     * @param client a started client set up by {@link SftpChannel} (pinned host keys, public key auth only)
     */
    static BankConnection open(SshClient client, SftpSettings settings, KeyPair key) throws DeliveryFailure {
        ClientSession session;
        ConnectFuture connecting = null;
        try {
            connecting = client.connect(settings.user(), settings.host(), settings.port(),
                    PinnedHostKey.expecting(settings.hostKey()), null);
            session = connecting.verify(settings.connectTimeout()).getSession();
        } catch (IOException | RuntimeException e) {
            // a fast server can finish the key exchange, and our refusal of its key, before the
            // connect future reports: the refused key still decides what the failure is
            String presented = presentedKey(connecting);
            if (presented != null) {
                throw hostKeyRefused(settings, presented, e);
            }
            throw new DeliveryFailure(Kind.UNREACHABLE, "no connection to the bank's SFTP server "
                    + settings.address() + ": " + describe(e), e);
        }
        try {
            CoreModuleProperties.IDLE_TIMEOUT.set(session, settings.readTimeout());
            SftpModuleProperties.SFTP_CHANNEL_OPEN_TIMEOUT.set(session, settings.readTimeout());
            session.addPublicKeyIdentity(key);
            session.auth().verify(settings.connectTimeout().plus(settings.readTimeout()));
            SftpClient sftp = SftpClientFactory.instance().createSftpClient(session);
            return new BankConnection(session, sftp, settings);
        } catch (IOException | RuntimeException e) {
            DeliveryFailure failure = loginFailure(session, settings, key, e);
            closeQuietly(session);
            throw failure;
        }
    }

    SftpClient sftp() {
        return sftp;
    }

    /**
     * What a failed SFTP operation means for the transmission: the server said no (REFUSED), did
     * not answer in time (TIMEOUT), or the connection broke (UNREACHABLE).
     */
    DeliveryFailure failure(String doing, Exception e) {
        if (e instanceof SftpException refusal) {
            String reason = refusal.getStatus() == SftpConstants.SSH_FX_PERMISSION_DENIED ? "permission denied"
                    : refusal.getStatus() == SftpConstants.SSH_FX_NO_SUCH_FILE ? "no such file or folder"
                    : SftpConstants.getStatusName(refusal.getStatus());
            return new DeliveryFailure(Kind.REFUSED, "the bank's SFTP server " + settings.address() + " refused to "
                    + doing + ": " + reason + " (" + e.getMessage() + ")", e);
        }
        if (timedOut(e)) {
            return new DeliveryFailure(Kind.TIMEOUT, "the bank's SFTP server " + settings.address()
                    + " did not answer within " + settings.readTimeout() + " while trying to " + doing, e);
        }
        return new DeliveryFailure(Kind.UNREACHABLE, "the connection to the bank's SFTP server " + settings.address()
                + " broke while trying to " + doing + ": " + describe(e), e);
    }

    /** Closes the SFTP channel and then the session gracefully, so the bank's server sees a clean logout. */
    @Override
    public void close() {
        try {
            sftp.close();
        } catch (IOException e) {
            // the session goes anyway
        }
        try {
            if (!session.close(false).await(settings.readTimeout())) {
                session.close(true);
            }
        } catch (IOException | RuntimeException e) {
            session.close(true);
        }
    }

    private static DeliveryFailure loginFailure(ClientSession session, SftpSettings settings, KeyPair key, Exception e) {
        String presented = session.getAttribute(PinnedHostKey.PRESENTED);
        if (presented != null) {
            return hostKeyRefused(settings, presented, e);
        }
        if (timedOut(e)) {
            return new DeliveryFailure(Kind.TIMEOUT, "the bank's SFTP server " + settings.address()
                    + " did not complete the login within " + settings.connectTimeout().plus(settings.readTimeout()), e);
        }
        if (!session.isOpen() || session.isClosing()) {
            String text = describe(e).toLowerCase(Locale.ROOT);
            if (text.contains("auth")) {
                return refusedKey(settings, key, e);
            }
            return new DeliveryFailure(Kind.UNREACHABLE, "the bank's SFTP server " + settings.address()
                    + " closed the connection during the login: " + describe(e), e);
        }
        return refusedKey(settings, key, e);
    }

    private static String presentedKey(ConnectFuture connecting) {
        try {
            ClientSession partial = connecting == null ? null : connecting.getSession();
            return partial == null ? null : partial.getAttribute(PinnedHostKey.PRESENTED);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static DeliveryFailure hostKeyRefused(SftpSettings settings, String presented, Exception e) {
        return new DeliveryFailure(Kind.REFUSED, "the bank's SFTP server " + settings.address()
                + " presented host key " + presented + " but hostKey pins " + settings.hostKey()
                + "; not connecting: a changed key is either the bank's change, to be confirmed with the bank"
                + " before hostKey is updated, or someone in between", e);
    }

    private static DeliveryFailure refusedKey(SftpSettings settings, KeyPair key, Exception e) {
        return new DeliveryFailure(Kind.REFUSED, "the bank's SFTP server " + settings.address()
                + " did not accept the gateway's key " + GatewaySshKey.fingerprint(key)
                + " for user " + settings.user() + ": " + describe(e), e);
    }

    static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InterruptedIOException || t instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
            String message = t.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("timeout")) {
                return true;
            }
        }
        return false;
    }

    static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
                return "connection refused or no route (" + t.getMessage() + ")";
            }
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return "unknown host";
            }
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static void closeQuietly(ClientSession session) {
        try {
            session.close(true).await(Duration.ofSeconds(5));
        } catch (IOException | RuntimeException e) {
            // nothing more to free
        }
    }
}
