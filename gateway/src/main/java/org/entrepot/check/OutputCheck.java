package org.entrepot.check;

import java.util.List;
import org.entrepot.document.Outcome;
import org.entrepot.document.Position;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.entrepot.identify.EdifactEnvelopeReader;
import org.entrepot.identify.Envelope;
import org.entrepot.identify.SyntaxSniffer;
import org.entrepot.identify.X12EnvelopeReader;
import org.entrepot.identify.XmlEnvelopeReader;
import org.entrepot.translate.TranslatedDocument;

/**
 * The check stage held against what the gateway writes. A mapping can write a value longer than
 * its element or a structure its directory forbids; the receiver's system would refuse the
 * interchange after delivery, where nobody on our side sees why. Checking the output with the
 * same rules as input stops it here, with the mapping and the position named.
 */
public final class OutputCheck {

    private final InterchangeCheck check;

    public OutputCheck(InterchangeCheck check) {
        this.check = check;
    }

    /** Every rule {@code document} breaks, as OUTPUT_INVALID rejections; empty when it may be delivered. */
    public List<Rejection> check(TranslatedDocument document) {
        byte[] content = document.content();
        Outcome<Envelope> envelope = switch (SyntaxSniffer.sniff(content)) {
            case EDIFACT -> new EdifactEnvelopeReader().read(content);
            case X12 -> new X12EnvelopeReader().read(content);
            case XML -> new XmlEnvelopeReader().read(content);
            case UNKNOWN -> Outcome.rejected(Rejection.of(Reason.UNKNOWN_SYNTAX, Position.offset(0),
                    Reason.UNKNOWN_SYNTAX.description()));
        };
        List<Rejection> problems = envelope.isAccepted() ? check.check(content, envelope.value()) : envelope.rejections();
        return problems.stream().map(problem -> invalid(document, problem)).toList();
    }

    /** The output's own position goes into the sentence: the rejection's position is the source's, which the mapping read fine. */
    private static Rejection invalid(TranslatedDocument document, Rejection problem) {
        return Rejection.of(Reason.OUTPUT_INVALID, Position.NONE, "mapping " + document.mappingId() + " wrote " + document.format().id()
                + " " + document.messageType() + " that breaks its rules: " + problem);
    }
}
