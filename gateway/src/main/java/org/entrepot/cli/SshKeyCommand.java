package org.entrepot.cli;

import java.nio.file.Files;
import java.security.KeyPair;
import java.util.concurrent.Callable;
import org.entrepot.deliver.sftp.GatewaySshKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code entrepot certs ssh-key}: the gateway's SSH public key for the banks' SFTP servers, as one
 * {@code authorized_keys} line on stdout (its fingerprint on stderr), made on first use.
 */
@Command(name = "ssh-key", mixinStandardHelpOptions = true,
        description = {"Print the gateway's SSH public key (OpenSSH format) to give to a bank for SFTP logins.",
                "Made under <data>/pki/sftp on first use; the fingerprint goes to stderr."})
final class SshKeyCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Override
    public Integer call() throws Exception {
        KeyPair key = GatewaySshKey.ensure(CertsCommand.pki(data));
        System.out.println(Files.readString(GatewaySshKey.publicKeyFile(CertsCommand.pki(data))).strip());
        System.err.println(GatewaySshKey.fingerprint(key) + "  " + GatewaySshKey.publicKeyFile(CertsCommand.pki(data)));
        return 0;
    }
}
