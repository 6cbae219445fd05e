package org.entrepot.identify;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.entrepot.document.DocumentType;
import org.entrepot.document.Outcome;
import org.entrepot.document.Position;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.entrepot.document.Syntax;
import org.entrepot.partner.Agreement;
import org.entrepot.partner.IdScheme;
import org.entrepot.partner.Partner;
import org.entrepot.partner.PartnerDirectory;
import org.entrepot.partner.PartyId;

/**
 * The identify stage: from raw bytes to the sender, the receiver, the document type and the
 * agreement that covers them. Sniffs the syntax, reads the envelope, maps envelope qualifiers to
 * identifier schemes and looks everything up in the partner directory. A document that cannot
 * be identified is rejected with a coded reason and, for EDI, the segment and element at fault.
 */
public final class Identifier {

    /** How many bytes of an unrecognised document a rejection quotes. */
    private static final int SNIPPET = 8;
    /** Namespace URIs are long but only useful whole. */
    private static final int NAMESPACE_EXCERPT = 120;

    private final PartnerDirectory directory;
    private final Map<Syntax, EnvelopeReader> readers = new EnumMap<>(Syntax.class);

    public Identifier(PartnerDirectory directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
        readers.put(Syntax.EDIFACT, new EdifactEnvelopeReader());
        readers.put(Syntax.X12, new X12EnvelopeReader());
        readers.put(Syntax.XML, new XmlEnvelopeReader());
    }

    /** The partners and agreements documents are identified against. */
    public PartnerDirectory directory() {
        return directory;
    }

    /** Identifies a document; never throws for a bad one. */
    public Outcome<Identification> identify(byte[] document) {
        if (document == null || SyntaxSniffer.contentStart(document) == document.length) {
            return Outcome.rejected(Rejection.of(Reason.EMPTY_DOCUMENT, Position.NONE, "the document has no content"));
        }
        Syntax syntax = SyntaxSniffer.sniff(document);
        if (syntax == Syntax.UNKNOWN) {
            int start = SyntaxSniffer.contentStart(document);
            String opening = new String(document, start, Math.min(SNIPPET, document.length - start), StandardCharsets.ISO_8859_1);
            return Outcome.rejected(Rejection.of(Reason.UNKNOWN_SYNTAX, Position.offset(start),
                    "the document starts with " + Excerpt.quoted(opening)
                            + ", not with UNA/UNB (EDIFACT), ISA (X12) or '<' (XML)"));
        }
        return readers.get(syntax).read(document).then(this::identify);
    }

    private Outcome<Identification> identify(Envelope envelope) {
        Optional<DocumentType> type = documentType(envelope);
        if (type.isEmpty()) {
            return Outcome.rejected(Rejection.of(Reason.UNKNOWN_DOCUMENT_TYPE, envelope.positions().message(),
                    describeType(envelope) + " is not a supported document type; supported: "
                            + supportedTypes(envelope.syntax())));
        }
        Outcome<Partner> sender = party("sender", envelope.syntax(), envelope.senderQualifier(),
                envelope.senderId(), envelope.positions().sender());
        Outcome<Partner> receiver = party("receiver", envelope.syntax(), envelope.receiverQualifier(),
                envelope.receiverId(), envelope.positions().receiver());
        if (!sender.isAccepted() || !receiver.isAccepted()) {
            List<Rejection> unknown = new ArrayList<>(sender.rejections());
            unknown.addAll(receiver.rejections());
            return Outcome.rejected(unknown);
        }
        DocumentType document = type.get();
        Partner from = sender.value();
        Partner to = receiver.value();
        Optional<Agreement> agreement = document == DocumentType.FUNCTIONAL_ACKNOWLEDGEMENT
                // an acknowledgement answers an interchange sent the other way, under that agreement
                ? directory.agreements().stream().filter(a -> a.sender().equals(to.id()) && a.receiver().equals(from.id()))
                        .findFirst()
                : directory.agreement(from.id(), to.id(), document);
        if (agreement.isEmpty()) {
            return Outcome.rejected(Rejection.of(Reason.NO_AGREEMENT, envelope.positions().interchange(),
                    "no agreement covers " + document + " from " + from.id() + " to " + to.id()));
        }
        return Outcome.accepted(new Identification(envelope, document, from, to, agreement.get()));
    }

    /** Message types per syntax: EDI names live on {@link DocumentType}, XML roots in {@link XmlDocumentKinds}. */
    private static Optional<DocumentType> documentType(Envelope envelope) {
        String type = envelope.messageType();
        return switch (envelope.syntax()) {
            case EDIFACT -> DocumentType.forEdifact(type);
            case X12 -> DocumentType.forX12(type);
            case XML -> XmlDocumentKinds.packaged().forMessage(envelope.syntaxIdentifier(), type)
                    .map(XmlDocumentKind::document);
            case UNKNOWN -> Optional.empty();
        };
    }

    private static String describeType(Envelope envelope) {
        return switch (envelope.syntax()) {
            case EDIFACT -> "message type " + Excerpt.quoted(envelope.messageType());
            case X12 -> "transaction set " + Excerpt.quoted(envelope.messageType());
            default -> "root element " + Excerpt.quoted(envelope.messageType()) + " in namespace "
                    + Excerpt.quoted(envelope.syntaxIdentifier(), NAMESPACE_EXCERPT);
        };
    }

    private static String supportedTypes(Syntax syntax) {
        return syntax == Syntax.XML ? XmlDocumentKinds.packaged().describeSupported() : DocumentType.supported(syntax);
    }

    /**
     * The partner behind one side of the envelope. Without a qualifier (UNB 0007 is optional,
     * so is UBL's schemeID) the identifier is looked up under every scheme and must name exactly
     * one partner.
     */
    private Outcome<Partner> party(String side, Syntax syntax, String qualifier, String id, Position position) {
        if (id.isBlank()) {
            return unknownPartner(position, "the envelope names no " + side);
        }
        if (qualifier.isBlank()) {
            List<Partner> candidates = Arrays.stream(IdScheme.values())
                    .map(scheme -> directory.partnerFor(new PartyId(scheme, id)))
                    .flatMap(Optional::stream)
                    .distinct()
                    .toList();
            return candidates.size() == 1 ? Outcome.accepted(candidates.get(0))
                    : unknownPartner(position, "unknown " + side + ": " + (candidates.isEmpty() ? "no partner has"
                    : "several partners have") + " the identifier " + Excerpt.quoted(id) + " (no qualifier given)");
        }
        Optional<IdScheme> scheme = IdScheme.forQualifier(syntax, qualifier);
        if (scheme.isEmpty()) {
            return unknownPartner(position, "unknown " + side + ": qualifier " + Excerpt.quoted(qualifier)
                    + " is not one of " + knownQualifiers(syntax) + " (identifier " + Excerpt.quoted(id) + ")");
        }
        return directory.partnerFor(new PartyId(scheme.get(), id))
                .map(Outcome::accepted)
                .orElseGet(() -> unknownPartner(position, "unknown " + side + ": no partner has " + scheme.get() + " "
                        + Excerpt.quoted(id) + " (qualifier " + Excerpt.quoted(qualifier) + ")"));
    }

    private static String knownQualifiers(Syntax syntax) {
        return String.join(", ", Arrays.stream(IdScheme.values())
                .flatMap(scheme -> scheme.qualifier(syntax).map(code -> code + " " + scheme).stream())
                .toList());
    }

    private static Outcome<Partner> unknownPartner(Position position, String message) {
        return Outcome.rejected(Rejection.of(Reason.UNKNOWN_PARTNER, position, message));
    }
}
