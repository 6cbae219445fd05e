package org.entrepot.partner;

import java.util.Optional;

/**
 * How the gateway addresses the interchanges it sends under an agreement, whatever the mapping
 * wrote: which of each partner's identifiers goes into UNB/ISA, whether EDIFACT messages travel in
 * a UNG/UNE functional group, the application codes of UNG and GS, and the test indicator.
 *
 * @param senderScheme        the sender identifier to write (e.g. DUNS for a US receiver); empty: as mapped
 * @param receiverScheme      the receiver identifier to write; empty: as mapped
 * @param groups              EDIFACT: true wraps the messages in UNG/UNE, false removes a group; empty: as mapped
 * @param applicationSender   UNG 0040 / GS02; empty: the interchange sender's identifier
 * @param applicationReceiver UNG 0044 / GS03; empty: the interchange receiver's identifier
 * @param test                marks the interchange as a test (UNB 0035 = 1, ISA15 = T)
 */
public record EnvelopeSettings(Optional<IdScheme> senderScheme, Optional<IdScheme> receiverScheme,
                               Optional<Boolean> groups, String applicationSender, String applicationReceiver,
                               boolean test) {

    /** Nothing said: the envelope as the mapping wrote it, renumbered. */
    public static final EnvelopeSettings AS_MAPPED = new EnvelopeSettings(Optional.empty(), Optional.empty(),
            Optional.empty(), "", "", false);

    public EnvelopeSettings {
        applicationSender = applicationSender == null ? "" : applicationSender;
        applicationReceiver = applicationReceiver == null ? "" : applicationReceiver;
    }
}
