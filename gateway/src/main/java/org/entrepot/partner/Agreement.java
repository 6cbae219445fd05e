package org.entrepot.partner;

import java.util.Objects;
import java.util.Set;
import org.entrepot.document.DocumentType;

/**
 * What two partners agreed for one document type: the format the receiver gets, whether it is
 * signed and how it is delivered.
 *
 * @param id        stable short name, restricted like partner ids
 * @param sender    partner id of the sender
 * @param receiver  partner id of the receiver
 * @param document  the document type the agreement covers
 * @param deliverAs target format name, one of {@link #FORMATS}
 * @param sign      whether the outgoing document is CMS-signed
 * @param deliver   the delivery channel
 * @param verify    what the signature on the sender's documents must satisfy
 */
public record Agreement(String id, String sender, String receiver, DocumentType document,
                        String deliverAs, boolean sign, Delivery deliver, InboundVerification verify) {

    /** Target formats an agreement may ask for. */
    public static final Set<String> FORMATS = Set.of("ubl", "edifact", "x12");

    public Agreement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(deliverAs, "deliverAs");
        Objects.requireNonNull(deliver, "deliver");
        verify = verify == null ? InboundVerification.DEFAULT : verify;
    }

    /** An agreement that verifies inbound signatures by {@link InboundVerification#DEFAULT}. */
    public Agreement(String id, String sender, String receiver, DocumentType document,
                     String deliverAs, boolean sign, Delivery deliver) {
        this(id, sender, receiver, document, deliverAs, sign, deliver, InboundVerification.DEFAULT);
    }
}
