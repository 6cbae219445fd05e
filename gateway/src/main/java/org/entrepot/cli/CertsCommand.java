package org.entrepot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entrepot.partner.Partner;
import org.entrepot.partner.PartnerDirectory;
import org.entrepot.sign.CertificateExpiry;
import org.entrepot.sign.CertificateInventory;
import org.entrepot.sign.DemoPki;
import org.entrepot.sign.GatewayKeys;
import org.entrepot.sign.KeyStores;
import org.entrepot.sign.PartnerCertificateStore;
import org.entrepot.sign.SigningKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entrepot certs init|list|import|export|rotate|check}: the certificates the gateway signs and verifies with. */
@Command(name = "certs", mixinStandardHelpOptions = true,
        description = "Create the demo PKI, list, import and export certificates, rotate the gateway key, check expiry.",
        subcommands = {CertsCommand.Init.class, CertsCommand.ListCertificates.class, CertsCommand.Import.class,
                CertsCommand.Export.class, CertsCommand.Rotate.class, CertsCommand.Check.class,
                SshKeyCommand.class})
final class CertsCommand {

    static Path pki(DataOptions data) {
        return data.dataDir.resolve("pki");
    }

    @Command(name = "init", mixinStandardHelpOptions = true,
            description = {"Create (or complete) the demo PKI: root CA, intermediate CA, gateway key, a key per partner,",
                    "and test certificates (expired, revoked) with the CRLs; existing keys are kept."})
    static final class Init implements Callable<Integer> {
        @Option(names = "--partners", paramLabel = "YAML", description = "issue a demo key for every partner in this file")
        Path partnersFile;

        @Option(names = "--partner", paramLabel = "ID", description = "issue a demo key for this partner id; repeatable")
        List<String> partnerIds;

        @Mixin
        DataOptions data;

        @Override
        public Integer call() {
            List<String> ids = new ArrayList<>(partnerIds == null ? List.of() : partnerIds);
            if (partnersFile != null) {
                PartnerDirectory.load(partnersFile).partners().stream().map(Partner::id).forEach(ids::add);
            }
            DemoPki pki = DemoPki.init(pki(data), ids);
            System.out.println("demo PKI in " + pki(data) + ": CA, intermediate, gateway, partners " + pki.partnerIds()
                    + ", test/expired, test/revoked, ca.crl, intermediate.crl");
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Every certificate of the demo PKI and the partner certificate store, with validity and SHA-256 fingerprint.")
    static final class ListCertificates implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Override
        public Integer call() {
            for (Map.Entry<String, List<X509Certificate>> owner : certificates(data).entrySet()) {
                for (X509Certificate certificate : owner.getValue()) {
                    System.out.printf("%-28s %-50s %s .. %s  %s%n", owner.getKey(),
                            certificate.getSubjectX500Principal().getName(), certificate.getNotBefore().toInstant(),
                            certificate.getNotAfter().toInstant(), PartnerCertificateStore.fingerprint(certificate));
                }
            }
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Add a partner's certificate (PEM or DER) to the partner certificate store and print the",
                    "lines to put under the partner in partners.yaml."})
    static final class Import implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "CERT")
        Path certificate;

        @Option(names = "--partner", required = true, paramLabel = "ID", description = "the partner the certificate belongs to")
        String partner;

        @Option(names = "--alias", description = "alias in the store (default: <partner>-<notBefore as yyyyMMdd>)")
        String alias;

        @Mixin
        DataOptions data;

        @Override
        public Integer call() {
            X509Certificate imported = KeyStores.readPem(certificate);
            String name = alias != null ? alias : partner + "-" + DateTimeFormatter.BASIC_ISO_DATE.withZone(ZoneOffset.UTC)
                    .format(imported.getNotBefore().toInstant());
            DemoPki.ensure(pki(data), List.of());
            PartnerCertificateStore store = DemoPki.partnerCertificateStore(pki(data));
            store.put(name, imported);
            DemoPki.save(pki(data), store);
            System.out.println("imported " + imported.getSubjectX500Principal().getName() + " as " + name
                    + "; add to partner " + partner + " in partners.yaml:");
            System.out.println("    certificates:");
            System.out.println("      - { alias: " + name + " }   # or: { fingerprint: \""
                    + PartnerCertificateStore.fingerprint(imported) + "\" }");
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Write the demo CA, the intermediate CA and the gateway certificates as PEM, so that any",
                    "other tool (openssl cms -verify -CAfile ca.pem) can verify what the gateway signs."})
    static final class Export implements Callable<Integer> {
        @Option(names = "--pem", description = "PEM output (the only format; kept explicit for scripts)")
        boolean pem;

        @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "target folder (default: current folder)")
        Path output;

        @Mixin
        DataOptions data;

        @Override
        public Integer call() throws Exception {
            Path target = output != null ? output : Path.of(".");
            Files.createDirectories(target);
            DemoPki pki = DemoPki.ensure(pki(data), List.of());
            KeyStores.writePem(target.resolve("ca.pem"), pki.caCertificate());
            Path intermediate = pki(data).resolve("intermediate.pem");
            if (Files.exists(intermediate)) {
                KeyStores.writePem(target.resolve("intermediate.pem"), KeyStores.readPem(intermediate));
            }
            GatewayKeys keys = DemoPki.gatewayKeys(pki(data), List.of());
            KeyStores.writePem(target.resolve("gateway.pem"), keys.at(Instant.now()).certificate());
            for (GatewayKeys.Scheduled scheduled : keys.scheduled()) {
                String name = "gateway-" + DateTimeFormatter.BASIC_ISO_DATE.withZone(ZoneOffset.UTC)
                        .format(scheduled.activeFrom()) + ".pem";
                KeyStores.writePem(target.resolve(name), scheduled.key().certificate());
            }
            System.out.println("wrote ca.pem, gateway.pem and gateway-<activation date>.pem"
                    + (Files.exists(intermediate) ? ", intermediate.pem" : "") + " to " + target);
            return 0;
        }
    }

    @Command(name = "rotate", mixinStandardHelpOptions = true,
            description = {"Issue a new gateway signing key that takes over at --at (a date, or an instant);",
                    "its certificate is valid from now so partners can install it before the switch."})
    static final class Rotate implements Callable<Integer> {
        @Option(names = "--at", required = true, paramLabel = "WHEN", description = "2027-01-01 (midnight UTC) or 2027-01-01T06:00:00Z")
        String at;

        @Mixin
        DataOptions data;

        @Override
        public Integer call() {
            Instant activeFrom;
            try {
                activeFrom = at.length() == 10 ? LocalDate.parse(at).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(at);
            } catch (DateTimeParseException e) {
                System.err.println("--at " + at + " is neither a date (2027-01-01) nor an instant (2027-01-01T06:00:00Z)");
                return picocli.CommandLine.ExitCode.USAGE;
            }
            DemoPki.ensure(pki(data), List.of());
            SigningKey key = DemoPki.rotateGateway(pki(data), activeFrom);
            System.out.println("new gateway key " + key.certificate().getSerialNumber().toString(16) + " signs from "
                    + activeFrom + "; give partners its certificate: entrepot certs export --pem");
            return 0;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"List certificates that expire within 30 days or have expired.",
                    "Exit 0 when none, 1 otherwise (for cron and monitoring)."})
    static final class Check implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Override
        public Integer call() {
            List<CertificateExpiry.Warning> warnings = new CertificateExpiry(Clock.systemUTC()).check(certificates(data));
            warnings.forEach(warning -> System.out.println(warning.message()));
            if (warnings.isEmpty()) {
                System.out.println("no certificate expires within " + CertificateExpiry.THRESHOLDS.get(0) + " days");
            }
            return warnings.isEmpty() ? 0 : Entrepot.REJECTED;
        }
    }

    /** Owner → certificates: the demo PKI (ca, intermediate, gateway keys, partners) and the partner certificate store. */
    static Map<String, List<X509Certificate>> certificates(DataOptions data) {
        return CertificateInventory.of(pki(data));
    }
}
