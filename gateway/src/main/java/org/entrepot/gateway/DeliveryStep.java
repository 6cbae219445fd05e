package org.entrepot.gateway;

import org.entrepot.deliver.Dispatch;
import org.entrepot.deliver.Outbound;
import org.entrepot.partner.Agreement;

import java.nio.file.Path;
import java.util.List;
import org.entrepot.deliver.OutboxDelivery;
import org.entrepot.document.Outcome;
import org.entrepot.identify.Identification;
import org.entrepot.sign.DocumentSigner;
import org.entrepot.track.Archive;
import org.entrepot.track.ControlNumbers;
import org.entrepot.track.EventType;
import org.entrepot.translate.Format;
import org.entrepot.translate.OutboundEnvelope;
import org.entrepot.translate.TranslatedDocument;

/**
 * The end of the flow for one receiver: the gateway's envelope on what the mapping wrote, the
 * signature the agreement asks for, the bytes archived, the outbound interchange recorded for its
 * acknowledgement, and the document delivered.
 */
final class DeliveryStep {

    private final ControlNumbers controlNumbers;
    private final DocumentSigner signer;
    private final OutboxDelivery outbox;
    private final Archive archive;
    private final AcknowledgementStep acknowledgements;

    private final Dispatch dispatch;

    DeliveryStep(ControlNumbers controlNumbers, DocumentSigner signer, OutboxDelivery outbox, Archive archive,
                 AcknowledgementStep acknowledgements, Dispatch dispatch) {
        this.dispatch = dispatch;
        this.controlNumbers = controlNumbers;
        this.signer = signer;
        this.outbox = outbox;
        this.archive = archive;
        this.acknowledgements = acknowledgements;
    }

    /**
     * The gateway's envelope on an EDI interchange it is about to deliver: a control number from
     * the partner pair's persistent sequence, the same one again if this document is redelivered
     * (no gap, no reuse), and the addressing the agreement asks for.
     */
    private Enveloped envelope(String messageId, int index, Identification identification,
                              TranslatedDocument translated) {
        if (translated.format() != Format.EDIFACT && translated.format() != Format.X12) {
            return new Enveloped(translated, null);
        }
        if (DocumentPipeline.UNCHANGED.equals(translated.mappingId())) {
            // passed on as the sender wrote it: the interchange keeps the sender's own reference
            return new Enveloped(translated, identification.envelope().controlReference());
        }
        ControlNumbers.Standard standard = translated.format() == Format.X12
                ? ControlNumbers.Standard.X12 : ControlNumbers.Standard.EDIFACT;
        long number = controlNumbers.forDocument(messageId, index, identification.sender().id(),
                identification.receiver().id(), standard);
        String reference = ControlNumbers.format(number, standard);
        byte[] content = OutboundEnvelope.apply(translated.content(), translated.format(), reference,
                identification.sender(), identification.receiver(), identification.agreement().envelope());
        return new Enveloped(new TranslatedDocument(translated.format(), translated.messageType(), content,
                translated.mappingId(), translated.sourceReference()), reference);
    }

    /** A document with the interchange reference its envelope carries (null for XML, which has none). */
    private record Enveloped(TranslatedDocument document, String controlReference) {
    }

    /** Delivers one receiver's documents, numbering them on from {@code index}; returns the last number used. */
    int deliver(String messageId, Identification identification, List<TranslatedDocument> documents, int index,
                AcknowledgementStep.Events journey) {
        for (TranslatedDocument mapped : documents) {
            index++;
            Enveloped enveloped = envelope(messageId, index, identification, mapped);
            TranslatedDocument translated = enveloped.document();
            String name = messageId + "-" + index + "." + extension(translated.format());
            archive.store(messageId, "translated-" + index, translated.content(), extension(translated.format()));
            journey.event(EventType.TRANSLATED, translated.format().id() + " " + translated.messageType()
                    + " via " + translated.mappingId() + " (source message " + translated.sourceReference() + ")");
            byte[] content = translated.content();
            byte[] signature = null;
            if (identification.agreement().sign()) {
                Outcome<DocumentSigner.Signed> signed = signer.sign(content, translated.format().syntax(),
                        DocumentSigner.Method.valueOf(identification.agreement().signWith().name()));
                if (!signed.isAccepted()) {
                    // our own output could not be signed as agreed: a gateway fault, retried by the broker
                    throw new IllegalStateException("cannot sign " + name + " for " + identification.receiver().id()
                            + ": " + signed.rejections());
                }
                content = signed.value().content();
                signature = signed.value().detached();
                if (signature != null) {
                    archive.store(messageId, "signature-" + index, signature, "p7s");
                } else {
                    archive.store(messageId, "signed-" + index, content, extension(translated.format()));
                }
                journey.event(EventType.SIGNED, signed.value().description());
            }
            acknowledgements.sent(messageId, index, identification, translated.format(), enveloped.controlReference());
            Agreement agreement = identification.agreement();
            if (!agreement.deliver().inline()) {
                // a network channel may be down: the delivery route sends it, retrying on the agreement's schedule
                dispatch.dispatch(new Outbound(messageId, index, identification.receiver().id(), agreement.id(),
                        agreement.deliver(), name, content, signature, translated.format(), 1));
                journey.event(EventType.DISPATCHED, "queued for " + agreement.deliver().channel() + " to "
                        + identification.receiver().id() + " as " + messageId + "-" + index);
                continue;
            }
            List<Path> written = outbox.deliver(identification.receiver().id(), name, content, signature);
            journey.event(EventType.DELIVERED, "directory " + identification.receiver().id() + "/" + written.get(0).getFileName());
        }
        return index;
    }

    static String extension(Format format) {
        return switch (format) {
            case EDIFACT -> "edi";
            case X12 -> "x12";
            default -> "xml";
        };
    }
}
