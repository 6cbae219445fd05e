package org.entrepot.deliver.sftp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.nio.file.CopyOption;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.SftpEventListener;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.sftp.server.SftpFileSystemAccessor;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.apache.sshd.sftp.server.SftpSubsystemProxy;

/**
 * The bank in tests: an Apache MINA SSHD SFTP server on loopback with a generated host key,
 * public-key login for one user whose key it was given, and a folder on disk as its file system
 * (the user is jailed in it). It can go down and come back on the same port, and it can lie
 * about file names in its listings, as a hostile or broken server would.
 */
final class TestBank implements AutoCloseable {

    static final String USER = "nordwind";

    private final Path root;
    private final KeyPair hostKey;
    private final Map<String, String> disguisedNames = new ConcurrentHashMap<>();
    private final List<String> operations = new CopyOnWriteArrayList<>();
    private volatile PublicKey allowedClientKey;
    private SshServer server;
    private int port;

    private TestBank(Path root, KeyPair hostKey) {
        this.root = root;
        this.hostKey = hostKey;
    }

    /** A bank with an ECDSA host key, its folders {@code upload} and {@code outbox} under {@code root}. */
    static TestBank start(Path root, PublicKey allowedClientKey) throws IOException, GeneralSecurityException {
        TestBank bank = new TestBank(root, KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256));
        bank.allowedClientKey = allowedClientKey;
        Files.createDirectories(root.resolve("upload"));
        Files.createDirectories(root.resolve("outbox"));
        bank.up();
        return bank;
    }

    /** Starts (again) on the port it had, or any free port the first time. */
    synchronized void up() throws IOException {
        SshServer ssh = SshServer.setUpDefaultServer();
        ssh.setHost("127.0.0.1");
        ssh.setPort(port);
        ssh.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        ssh.setPasswordAuthenticator(null);
        ssh.setKeyboardInteractiveAuthenticator(null);
        ssh.setPublickeyAuthenticator((PublickeyAuthenticator) (user, key, session) ->
                USER.equals(user) && KeyUtils.compareKeys(allowedClientKey, key));
        ssh.setFileSystemFactory(new VirtualFileSystemFactory(root));
        SftpSubsystemFactory sftp = new SftpSubsystemFactory.Builder()
                .withFileSystemAccessor(new DisguisingAccessor()).build();
        sftp.addSftpEventListener(new SftpEventListener() {
            @Override
            public void written(ServerSession session, String remoteHandle, FileHandle file, long offset, byte[] data,
                                int dataOffset, int dataLen, Throwable thrown) {
                operations.add("write " + shown(file.getFile()));
            }

            @Override
            public void moved(ServerSession session, Path source, Path target, Collection<CopyOption> options,
                              Throwable thrown) {
                operations.add("move " + shown(source) + " -> " + shown(target)
                        + (thrown == null ? "" : " failed"));
            }

            @Override
            public void removed(ServerSession session, Path path, boolean isDirectory, Throwable thrown) {
                operations.add("remove " + shown(path));
            }
        });
        ssh.setSubsystemFactories(List.of(sftp));
        ssh.start();
        port = ssh.getPort();
        server = ssh;
    }

    /** Stops listening; a send now finds nobody. */
    synchronized void down() throws IOException {
        if (server != null) {
            server.stop(true);
            server = null;
        }
    }

    /** A path of the server's jailed file system as the user sees it, without the leading slash. */
    private static String shown(Path path) {
        String text = path.toString().replace('\\', '/');
        return text.startsWith("/") ? text.substring(1) : text;
    }

    /** Every write, move and removal the server did, in order, as {@code write upload/x}, {@code move a -> b}. */
    List<String> operations() {
        return List.copyOf(operations);
    }

    int port() {
        return port;
    }

    Path root() {
        return root;
    }

    Path upload() {
        return root.resolve("upload");
    }

    Path outbox() {
        return root.resolve("outbox");
    }

    /** What the gateway must pin as {@code hostKey}. */
    String hostKeyFingerprint() {
        return KeyUtils.getFingerPrint(hostKey.getPublic());
    }

    /** Lists the file {@code realName} as {@code shownName}, as a server with a hostile listing would. */
    void disguise(String realName, String shownName) {
        disguisedNames.put(realName, shownName);
    }

    /** The partner file's {@code channels.sftp} entry for this bank. */
    String channelSettings(String extra) {
        return "{ host: 127.0.0.1, port: \"" + port + "\", user: " + USER + ", hostKey: \"" + hostKeyFingerprint()
                + "\", upload: upload, poll: outbox" + (extra.isEmpty() ? "" : ", " + extra) + " }";
    }

    @Override
    public void close() throws IOException {
        down();
    }

    private final class DisguisingAccessor implements SftpFileSystemAccessor {
        @Override
        public void putRemoteFileName(SftpSubsystemProxy subsystem, Path path, Buffer buffer, String name,
                                      boolean shortName) throws IOException {
            buffer.putString(disguisedNames.getOrDefault(name, name));
        }
    }
}
