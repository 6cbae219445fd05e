package org.entrepot.deliver.sftp;

import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.entrepot.config.GatewayConfig;
import org.entrepot.deliver.Channel;
import org.entrepot.deliver.ChannelContext;
import org.entrepot.deliver.DeliveryFailure;
import org.entrepot.deliver.DeliveryFailure.Kind;
import org.entrepot.deliver.Outbound;
import org.entrepot.deliver.Transmission;
import org.entrepot.partner.Partner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SFTP to banks (Apache MINA SSHD). Out: the signed payment file is uploaded to the bank's
 * {@code upload} folder under a temporary name and renamed when complete, its detached signature
 * ({@code .p7s}) first. In: every bank with a {@code poll} folder is polled every
 * {@code pollEvery} for its reports (see {@link BankPoller}).
 *
 * <p>The gateway logs in with its own Ed25519 key ({@link GatewaySshKey}) and accepts a bank's
 * server only by the host key fingerprint the partner file pins ({@link PinnedHostKey}); it reads
 * no {@code ~/.ssh} file of the account it runs under and offers no password.
 */
public final class SftpChannel implements Channel {

    /** The channel's name in agreements and tracking. */
    public static final String NAME = "sftp";

    private static final Logger LOG = LoggerFactory.getLogger(SftpChannel.class);

    private final Path pkiDir;
    private final Path dataDir;
    private final List<BankPoller> pollers = new ArrayList<>();
    private SshClient client;
    private KeyPair key;
    private PaymentStatusLink payments;
    private ScheduledExecutorService schedule;

    public SftpChannel(GatewayConfig config) {
        this.dataDir = config.dataDir();
        this.pkiDir = config.dataDir().resolve("pki");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> problems(String receiver, Map<String, String> parameters) {
        return SftpSettings.problems(receiver, parameters);
    }

    /** Makes the gateway's SSH key (so the operator finds its public half) and starts a poller per bank that has a poll folder. */
    @Override
    public synchronized void start(ChannelContext context) {
        key();
        payments = new PaymentStatusLink(context.config().dataDir(), context.tracking(), context.clock());
        for (Partner partner : context.partners().partners()) {
            Map<String, String> parameters = partner.channel(NAME);
            if (parameters.isEmpty() || !parameters.containsKey(SftpSettings.POLL)) {
                continue;
            }
            SftpSettings settings = SftpSettings.of(partner.id(), parameters);
            pollers.add(new BankPoller(partner.id(), settings, client(), this::key, context, payments));
        }
        if (pollers.isEmpty()) {
            return;
        }
        schedule = Executors.newScheduledThreadPool(Math.min(2, pollers.size()), runnable -> {
            Thread thread = new Thread(runnable, "sftp-poller");
            thread.setDaemon(true);
            return thread;
        });
        for (BankPoller poller : pollers) {
            long every = Math.max(1, settingsOf(context, poller.bank()).pollEvery().toMillis());
            schedule.scheduleWithFixedDelay(poller::pollOnce, 0, every, TimeUnit.MILLISECONDS);
            LOG.info("polling bank {} every {}", poller.bank(), settingsOf(context, poller.bank()).pollEvery());
        }
    }

    @Override
    public Transmission send(Outbound outbound) throws DeliveryFailure {
        SftpSettings settings;
        try {
            settings = SftpSettings.of(outbound.receiver(), outbound.delivery().parameters());
        } catch (IllegalArgumentException e) {
            throw new DeliveryFailure(Kind.MISCONFIGURED, e.getMessage());
        }
        if (RemoteFileName.problem(outbound.name()).isPresent()) {
            throw new DeliveryFailure(Kind.MISCONFIGURED, "not a plain file name: " + outbound.name());
        }
        try (BankConnection bank = BankConnection.open(client(), settings, key())) {
            if (outbound.signature() != null) {
                place(bank, settings, outbound.name() + ".p7s", outbound.signature());
            }
            place(bank, settings, outbound.name(), outbound.content());
        }
        paymentsOrNew().sent(outbound.receiver(), outbound.messageId(), outbound.content());
        String where = SftpSettings.in(settings.upload(), outbound.name());
        return Transmission.delivered("sftp " + settings.address() + " " + where + " (" + outbound.content().length
                + " bytes" + (outbound.signature() == null ? "" : ", detached signature " + outbound.name() + ".p7s")
                + ")");
    }

    /** How each bank's polling goes, by bank. */
    public synchronized Map<String, String> pollStatus() {
        Map<String, String> statuses = new LinkedHashMap<>();
        pollers.forEach(p -> statuses.put(p.bank(), p.status().toString()));
        return statuses;
    }

    /** The poller of one bank, for tests that poll on their own schedule. */
    synchronized BankPoller poller(String bank) {
        return pollers.stream().filter(p -> p.bank().equals(bank)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no poller for " + bank));
    }

    @Override
    public synchronized void close() {
        if (schedule != null) {
            schedule.shutdownNow();
            try {
                schedule.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (client != null) {
            try {
                client.close();
            } catch (IOException e) {
                LOG.debug("SSH client did not close cleanly: {}", e.getMessage());
            }
        }
    }

    private static void place(BankConnection bank, SftpSettings settings, String name, byte[] content)
            throws DeliveryFailure {
        try {
            RemotePlacement.place(bank.sftp(), settings.upload(), name, content);
            long size = bank.sftp().stat(SftpSettings.in(settings.upload(), name)).getSize();
            if (size != content.length) {
                throw new DeliveryFailure(Kind.REFUSED, "the bank's server holds " + size + " bytes of "
                        + name + " after the upload, not " + content.length);
            }
        } catch (IOException e) {
            throw bank.failure("upload " + SftpSettings.in(settings.upload(), name), e);
        }
    }

    private static SftpSettings settingsOf(ChannelContext context, String bank) {
        return SftpSettings.of(bank, context.partners().partner(bank).orElseThrow().channel(NAME));
    }

    private synchronized PaymentStatusLink paymentsOrNew() {
        if (payments == null) { // sent before start: no tracking to link into, but the register still fills
            payments = new PaymentStatusLink(dataDir, null, java.time.Clock.systemUTC());
        }
        return payments;
    }

    private synchronized KeyPair key() {
        if (key == null) {
            key = GatewaySshKey.ensure(pkiDir);
        }
        return key;
    }

    private synchronized SshClient client() {
        if (client == null) {
            SshClient created = SshClient.setUpDefaultClient();
            created.setServerKeyVerifier(new PinnedHostKey());
            // nothing from the account's ~/.ssh: no config file, no identities, no password or keyboard logins
            created.setHostConfigEntryResolver(HostConfigEntryResolver.EMPTY);
            created.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
            created.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE));
            created.start();
            client = created;
        }
        return client;
    }
}
