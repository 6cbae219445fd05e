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
 * @param version   the directory or version the receiver reads ({@code D01B}, {@code 005010},
 *                  {@code pain.001.001.03}); empty for the mapping catalog's first
 * @param sign      whether the outgoing document is CMS-signed
 * @param deliver   the delivery channel
 * @param acknowledge acknowledgements both ways: what the sender gets, what the receiver owes
 */
public record Agreement(String id, String sender, String receiver, DocumentType document,
                        String deliverAs, String version, boolean sign, Delivery deliver,
                        Acknowledgement acknowledge) {

    /** Target formats an agreement may ask for; {@code xml} is the document family's XML format. */
    public static final Set<String> FORMATS = Set.of("ubl", "cii", "iso20022", "entrepot", "xml", "edifact", "x12");

    public Agreement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(deliverAs, "deliverAs");
        Objects.requireNonNull(deliver, "deliver");
        version = version == null ? "" : version;
        acknowledge = acknowledge == null ? Acknowledgement.DEFAULT : acknowledge;
    }
}
