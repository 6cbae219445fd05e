package org.entrepot.deliver;

import java.util.Optional;
import org.entrepot.partner.Agreement;
import org.entrepot.partner.Delivery;
import org.entrepot.partner.PartnerDirectory;

/**
 * Finds the channel settings of a queued document in the partner file the gateway runs with now,
 * not the one it was queued with: an operator who fixed a partner's URL and restarted resends a
 * dead letter to the new address.
 */
public final class DeliveryResolver {

    private final PartnerDirectory partners;

    public DeliveryResolver(PartnerDirectory partners) {
        this.partners = partners;
    }

    /**
     * @param agreementId the agreement, or {@code <agreement>+<receiver>} for a copy
     * @param receiver    the partner the document goes to
     * @return the delivery, or empty when the partner file no longer has the agreement or copy
     */
    public Optional<Delivery> resolve(String agreementId, String receiver) {
        int plus = agreementId.indexOf('+');
        String base = plus < 0 ? agreementId : agreementId.substring(0, plus);
        Optional<Agreement> agreement = partners.agreements().stream().filter(a -> a.id().equals(base)).findFirst();
        if (agreement.isEmpty()) {
            return Optional.empty();
        }
        if (plus < 0) {
            return agreement.get().receiver().equals(receiver) ? Optional.of(agreement.get().deliver()) : Optional.empty();
        }
        return agreement.get().copies().stream().filter(copy -> copy.receiver().equals(receiver)).findFirst()
                .map(copy -> copy.deliver().orElse(agreement.get().deliver()));
    }
}
