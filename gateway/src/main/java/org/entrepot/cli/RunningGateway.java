package org.entrepot.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.entrepot.config.GatewayConfig;
import java.util.function.Function;
import org.entrepot.gateway.DocumentPipeline;
import org.entrepot.gateway.Evidence;
import org.entrepot.receive.DocumentFlow;
import org.entrepot.deliver.Channels;
import org.entrepot.gateway.Gateway;
import org.entrepot.partner.Partner;
import org.entrepot.partner.PartnerDirectory;
import org.entrepot.translate.MappingCatalog;

/**
 * The gateway with the full flow behind it, as {@code serve} and {@code demo} start it: partner
 * file and mappings are read first (a bad one stops start-up with its file, line and key), then
 * the broker, stores and routes come up.
 */
final class RunningGateway implements AutoCloseable {

    private final Gateway gateway;
    private final PartnerDirectory partners;
    private final MappingCatalog mappings;

    private RunningGateway(Gateway gateway, PartnerDirectory partners, MappingCatalog mappings) {
        this.gateway = gateway;
        this.partners = partners;
        this.mappings = mappings;
    }

    static RunningGateway start(GatewayConfig config) {
        PartnerDirectory partners = PartnerDirectory.load(config.partnersFile());
        MappingCatalog mappings = config.mappingsDir().map(MappingCatalog::load).orElseGet(MappingCatalog::packaged);
        try {
            Function<Evidence, DocumentFlow> flow = evidence -> DocumentPipeline.standard(config.dataDir(),
                    config.outboxDir(), partners, mappings, evidence);
            Gateway gateway = Gateway.start(config, flow, partners, Channels.standard(config));
            return new RunningGateway(gateway, partners, mappings);
        } catch (RuntimeException e) {
            mappings.close();
            throw e;
        }
    }

    Gateway gateway() {
        return gateway;
    }

    PartnerDirectory partners() {
        return partners;
    }

    /**
     * Issues an API token to every partner allowed to post over HTTP (or that is a REST carrier,
     * for its webhook calls) that has none yet, and
     * prints each once: only its hash is kept.
     */
    List<String> issueMissingTokens(PrintStream out) {
        List<String> issued = new ArrayList<>();
        for (Partner partner : partners.partners()) {
            // a carrier reached over REST posts its transport events to the webhook with its token
            boolean needsToken = partner.http() || !partner.channel(org.entrepot.partner.Delivery.REST).isEmpty();
            if (needsToken && !gateway.apiTokens().hasToken(partner.id())) {
                out.println("API token for " + partner.id() + " (shown once, keep it): "
                        + gateway.apiTokens().issue(partner.id()));
                issued.add(partner.id());
            }
        }
        return issued;
    }

    @Override
    public void close() {
        gateway.stop();
        mappings.close();
    }
}
