package org.entrepot.partner;

import java.util.List;
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
 * @param envelope  how the interchanges sent under it are addressed and grouped
 * @param verify    what the signature on the sender's documents must satisfy
 * @param signWith  how the outgoing document is signed when {@code sign} is true
 * @param copies    further receivers of the same document, each in its own format (the buyer
 *                  gets the invoice, the buyer's bank the payment order made from it)
 * @param message   the message the receiver reads where the format has several for the document
 *                  ({@code 315} or {@code 214} for transport status in X12); empty for the catalog's first
 */
public record Agreement(String id, String sender, String receiver, DocumentType document,
                        String deliverAs, String version, boolean sign, Delivery deliver,
                        Acknowledgement acknowledge, EnvelopeSettings envelope, List<Copy> copies,
                        InboundVerification verify, SignWith signWith, String message) {

    /** How the gateway signs what it sends. */
    public enum SignWith {
        /** A detached CMS signature beside the document ({@code .p7s}), for any format. */
        CMS,
        /** An enveloped XAdES B-B signature inside an XML document where its standard puts it; CMS for EDI. */
        XADES,
        /** An AUTACK message securing the EDIFACT messages inside the interchange; CMS for other formats. */
        AUTACK
    }

    /**
     * One more receiver of the documents an agreement covers.
     *
     * @param receiver  partner id
     * @param deliverAs its format, as {@link Agreement#deliverAs}
     * @param version   its version, as {@link Agreement#version}
     * @param sign      whether its copy is signed
     * @param deliver   its own channel; empty: the agreement's
     */
    public record Copy(String receiver, String deliverAs, String version, boolean sign,
                       java.util.Optional<Delivery> deliver) {

        public Copy {
            deliver = deliver == null ? java.util.Optional.empty() : deliver;
        }

        /** A copy delivered over the agreement's own channel. */
        public Copy(String receiver, String deliverAs, String version, boolean sign) {
            this(receiver, deliverAs, version, sign, java.util.Optional.empty());
        }
    }

    /**
     * The agreement a copy is delivered under: this one, in the copy's format, its envelope
     * addressed to the copy's receiver by {@code receiverScheme} (the mapping addressed it to the
     * document's own receiver).
     */
    public Agreement forCopy(Copy copy, IdScheme receiverScheme) {
        EnvelopeSettings addressed = new EnvelopeSettings(envelope.senderScheme(), java.util.Optional.of(receiverScheme),
                envelope.groups(), envelope.applicationSender(), "", envelope.test());
        return new Agreement(id + "+" + copy.receiver(), sender, copy.receiver(), document, copy.deliverAs(), copy.version(),
                copy.sign(), copy.deliver().orElse(deliver), Acknowledgement.DEFAULT, addressed, List.of(), InboundVerification.DEFAULT, signWith, "");
    }


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
        envelope = envelope == null ? EnvelopeSettings.AS_MAPPED : envelope;
        copies = copies == null ? List.of() : List.copyOf(copies);
        verify = verify == null ? InboundVerification.DEFAULT : verify;
        signWith = signWith == null ? SignWith.CMS : signWith;
        message = message == null ? "" : message;
    }

    /** An agreement that verifies inbound signatures by {@link InboundVerification#DEFAULT}. */
    public Agreement(String id, String sender, String receiver, DocumentType document,
                     String deliverAs, boolean sign, Delivery deliver) {
        this(id, sender, receiver, document, deliverAs, "", sign, deliver, Acknowledgement.DEFAULT,
                EnvelopeSettings.AS_MAPPED, List.of(), InboundVerification.DEFAULT, SignWith.CMS, "");
    }
}
