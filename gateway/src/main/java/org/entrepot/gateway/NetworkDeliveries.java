package org.entrepot.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.entrepot.deliver.Channel;
import org.entrepot.deliver.Channels;
import org.entrepot.partner.Agreement;
import org.entrepot.partner.Delivery;
import org.entrepot.partner.PartnerDirectory;

/**
 * The start-up check of every network delivery the partner file asks for: a channel the gateway
 * does not have, or receiver settings the channel cannot work with, stop the start with every
 * problem named, instead of dead-lettering the first document hours later.
 */
final class NetworkDeliveries {

    private NetworkDeliveries() {
    }

    static void requireUsable(PartnerDirectory partners, Channels channels) {
        List<String> problems = new ArrayList<>();
        for (Agreement agreement : partners.agreements()) {
            check(agreement.id(), agreement.receiver(), agreement.deliver(), channels, problems);
            for (Agreement.Copy copy : agreement.copies()) {
                check(agreement.id() + " (copy to " + copy.receiver() + ")", copy.receiver(),
                        copy.deliver().orElse(agreement.deliver()), channels, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the partner file asks for deliveries this gateway cannot make:\n  "
                    + String.join("\n  ", problems));
        }
    }

    private static void check(String agreement, String receiver, Delivery delivery, Channels channels,
                              List<String> problems) {
        if (delivery.inline()) {
            return;
        }
        Optional<Channel> channel = channels.named(delivery.channel());
        if (channel.isEmpty()) {
            problems.add("agreement " + agreement + ": this gateway has no " + delivery.channel() + " channel");
            return;
        }
        for (String problem : channel.get().problems(receiver, delivery.parameters())) {
            problems.add("agreement " + agreement + ", " + delivery.channel() + " to " + receiver + ": " + problem);
        }
    }
}
