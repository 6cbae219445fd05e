package org.entrepot.identify;

import java.util.Objects;
import org.entrepot.document.DocumentType;
import org.entrepot.partner.Agreement;
import org.entrepot.partner.Partner;

/**
 * The identify stage's answer: what the document is, who sent it to whom, and the agreement
 * that says what to do with it.
 */
public record Identification(Envelope envelope, DocumentType documentType, Partner sender, Partner receiver,
                             Agreement agreement) {

    public Identification {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(documentType, "documentType");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(agreement, "agreement");
    }
}
