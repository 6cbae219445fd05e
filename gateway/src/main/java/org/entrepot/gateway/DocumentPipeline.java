package org.entrepot.gateway;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.entrepot.check.DuplicateInterchanges;
import org.entrepot.check.InterchangeCheck;
import org.entrepot.check.directory.MessageSchemas;
import org.entrepot.deliver.OutboxDelivery;
import org.entrepot.document.Outcome;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.entrepot.identify.Envelope;
import org.entrepot.identify.Identification;
import org.entrepot.identify.Identifier;
import org.entrepot.partner.Partner;
import org.entrepot.partner.PartnerDirectory;
import org.entrepot.receive.DocumentFlow;
import org.entrepot.receive.InboundDocument;
import org.entrepot.sign.CmsSigner;
import org.entrepot.sign.DemoPki;
import org.entrepot.sign.DemoSignatureCheck;
import org.entrepot.sign.InboundSignatureCheck;
import org.entrepot.sign.SignatureCheck;
import org.entrepot.sign.SigningKey;
import org.entrepot.track.Archive;
import org.entrepot.track.ControlNumbers;
import org.entrepot.track.EventType;
import org.entrepot.track.Quarantine;
import org.entrepot.track.TrackingEvent;
import org.entrepot.track.TrackingStore;
import org.entrepot.translate.Format;
import org.entrepot.translate.MappingCatalog;
import org.entrepot.translate.TranslatedDocument;
import org.entrepot.translate.Translator;
import org.entrepot.translate.edi.EdiMessageCursor;

/**
 * Identify (opening an enveloping CMS signature first, and verifying it under the agreement
 * right after) → check → translate → sign → deliver for one received document, with a tracking
 * event and archived bytes for every step. A document any stage refuses is quarantined with
 * its coded reasons; nothing a partner sends can make this throw. An exception here means the
 * gateway itself failed (disk, database), and the broker delivers the document again.
 */
public final class DocumentPipeline implements DocumentFlow, AutoCloseable {

    /** The stages and stores the pipeline composes. */
    public record Stages(Identifier identifier, InterchangeCheck check, DuplicateInterchanges duplicates,
                         Translator translator, ControlNumbers controlNumbers, CmsSigner signer, SigningKey gatewayKey, OutboxDelivery outbox,
                         TrackingStore tracking, Archive archive, Quarantine quarantine, Clock clock) {
    }

    private final Stages stages;
    private final InboundSignatureCheck signatures;

    public DocumentPipeline(Stages stages) {
        this(stages, InboundSignatureCheck.withoutTrust());
    }

    public DocumentPipeline(Stages stages, InboundSignatureCheck signatures) {
        this.stages = stages;
        this.signatures = signatures;
    }

    /**
     * The embedded-defaults pipeline: the demo PKI under {@code <data>/pki} (generated on first
     * use), recording into the gateway's evidence stores, delivering to the outbox folder given.
     * Accepted interchanges are remembered in the data folder's tracking database; that register
     * holds no connection between calls, so the pipeline needs no closing.
     */
    public static DocumentPipeline standard(Path dataDir, Path outbox, PartnerDirectory partners,
                                            MappingCatalog mappings, Evidence evidence) {
        Clock clock = Clock.systemUTC();
        // the key active at start; a rotation scheduled for later takes effect at the next start
        SigningKey gatewayKey = DemoPki.gatewayKeys(dataDir.resolve("pki"), partners.partners().stream().map(Partner::id).toList())
                .at(clock.instant());
        EdiMessageCursor.TransactionSchemas schemas = Translator.transactionSchemas(new MessageSchemas());
        InboundSignatureCheck signatures = DemoSignatureCheck.forPartners(dataDir.resolve("pki"), partners, clock);
        return new DocumentPipeline(new Stages(new Identifier(partners), new InterchangeCheck(schemas),
                DuplicateInterchanges.open(dataDir),
                new Translator(mappings, schemas, clock, Translator.timeBasedReferences(clock)),
                ControlNumbers.open(dataDir), new CmsSigner(),
                gatewayKey, new OutboxDelivery(outbox), evidence.tracking(), evidence.archive(),
                evidence.quarantine(), clock), signatures);
    }

    @Override
    public void process(InboundDocument received) {
        // the processing route archived the received bytes before calling the pipeline
        Journey journey = new Journey(received);
        // an enveloping signature is opened first: identification reads the envelope inside
        InboundSignatureCheck.Opened opened = InboundSignatureCheck.open(received.content());
        InboundDocument document = opened.signed()
                ? new InboundDocument(received.messageId(), opened.content(), received.metadata()) : received;

        Outcome<Identification> identified = stages.identifier().identify(document.content());
        if (!identified.isAccepted()) {
            reject(journey, identified.rejections());
            return;
        }
        Identification identification = identified.value();
        journey.identified(identification);
        List<Rejection> refused = senderMismatch(document, identification);
        if (!refused.isEmpty()) {
            reject(journey, refused);
            return;
        }
        refused = verifySignature(journey, opened, identification);
        if (!refused.isEmpty()) {
            reject(journey, refused);
            return;
        }

        List<Rejection> problems = stages.check().check(document.content(), identification.envelope());
        if (!problems.isEmpty()) {
            reject(journey, problems);
            return;
        }
        journey.event(EventType.CHECKED, "syntax and structure valid");
        refused = claim(document, identification);
        if (!refused.isEmpty()) {
            reject(journey, refused);
            return;
        }

        Outcome<List<TranslatedDocument>> translated = translate(document, identification);
        if (!translated.isAccepted()) {
            // the interchange was not accepted after all: a corrected resend may use its reference
            stages.duplicates().release(identification.sender().id(), identification.envelope().controlReference(),
                    document.messageId());
            reject(journey, translated.rejections());
            return;
        }
        deliver(journey, identification, translated.value());
        stages.tracking().recordAll(journey.events());
    }

    private Outcome<List<TranslatedDocument>> translate(InboundDocument document, Identification identification) {
        Format target = Format.byName(identification.agreement().deliverAs()).orElseThrow();
        Envelope envelope = identification.envelope();
        if (target.syntax() == envelope.syntax()) {
            // the receiver reads what the sender wrote: pass it on unchanged
            return Outcome.accepted(List.of(new TranslatedDocument(target, envelope.messageType(), document.content(),
                    "unchanged", envelope.controlReference())));
        }
        return stages.translator().translate(document.content(), target, references(identification, target));
    }

    /**
     * Outbound interchange references from the persistent sequence of this sender, receiver and
     * standard: numbered without reuse across restarts, drawn only if the mapping writes an envelope.
     */
    private Supplier<String> references(Identification identification, Format target) {
        ControlNumbers.Standard standard = target == Format.X12 ? ControlNumbers.Standard.X12 : ControlNumbers.Standard.EDIFACT;
        String sender = identification.sender().id();
        String receiver = identification.receiver().id();
        return () -> ControlNumbers.format(stages.controlNumbers().next(sender, receiver, standard), standard);
    }

    private void deliver(Journey journey, Identification identification, List<TranslatedDocument> documents) {
        String messageId = journey.document.messageId();
        int index = 0;
        for (TranslatedDocument translated : documents) {
            index++;
            String name = messageId + "-" + index + "." + extension(translated.format());
            stages.archive().store(messageId, "translated-" + index, translated.content(), extension(translated.format()));
            journey.event(EventType.TRANSLATED, translated.format().id() + " " + translated.messageType()
                    + " via " + translated.mappingId() + " (source message " + translated.sourceReference() + ")");
            byte[] signature = null;
            if (identification.agreement().sign()) {
                signature = stages.signer().signDetached(translated.content(), stages.gatewayKey());
                stages.archive().store(messageId, "signature-" + index, signature, "p7s");
                journey.event(EventType.SIGNED, "CMS detached, " + stages.gatewayKey().certificate().getSubjectX500Principal().getName());
            }
            List<Path> written = stages.outbox().deliver(identification.receiver().id(), name, translated.content(), signature);
            journey.event(EventType.DELIVERED, "directory " + identification.receiver().id() + "/" + written.get(0).getFileName());
        }
    }

    /** The agreement decides whether a signature is required and how it is checked; caveats become events. */
    private List<Rejection> verifySignature(Journey journey, InboundSignatureCheck.Opened opened,
                                            Identification identification) {
        Outcome<Optional<SignatureCheck>> verified = signatures.verify(opened, identification.agreement());
        if (!verified.isAccepted()) {
            return verified.rejections();
        }
        verified.value().ifPresent(check -> {
            journey.event(EventType.CHECKED, "signature valid: CMS by "
                    + check.signerCertificate().getSubjectX500Principal().getName() + " at " + check.signingTime());
            check.warnings().forEach(warning -> journey.event(EventType.SIGNATURE_WARNING, warning));
        });
        return List.of();
    }

    /** A partner authenticated by its channel may only send in its own name. */
    private static List<Rejection> senderMismatch(InboundDocument document, Identification identification) {
        String authenticated = document.metadata(InboundDocument.AUTHENTICATED_PARTNER);
        if (authenticated == null || authenticated.equals(identification.sender().id())) {
            return List.of();
        }
        return List.of(Rejection.of(Reason.NOT_AUTHENTICATED, identification.envelope().positions().sender(),
                "authenticated as " + authenticated + " but the envelope names " + identification.sender().id()));
    }

    /**
     * Claims the interchange for this document, refusing it if an earlier message holds it. Only
     * documents that passed the check claim, so a broken copy can never hold a reference a
     * valid one needs; a claim stays after a gateway failure, so the redelivery is not refused.
     */
    private List<Rejection> claim(InboundDocument document, Identification identification) {
        Envelope envelope = identification.envelope();
        String sender = identification.sender().id();
        if (envelope.controlReference().isEmpty()) {
            return List.of(); // nothing to recognise a resend by
        }
        return stages.duplicates().claim(sender, envelope.controlReference(), document.messageId())
                .map(earlier -> List.of(Rejection.of(Reason.DUPLICATE_INTERCHANGE, envelope.positions().interchange(),
                        "interchange " + envelope.controlReference() + " from " + sender
                                + " was already received as message " + earlier)))
                .orElse(List.of());
    }

    private void reject(Journey journey, List<Rejection> rejections) {
        InboundDocument document = journey.document;
        stages.quarantine().put(document.messageId(), document.content(), document.metadata(), rejections);
        List<TrackingEvent> events = new ArrayList<>(journey.events());
        events.add(TrackingEvent.rejected(document.messageId(), journey.interchangeRef, stages.clock().instant(), rejections));
        stages.tracking().recordAll(events);
    }

    /** Releases the pipeline's own stores (control numbers, duplicate register); the gateway calls it on stop. */
    @Override
    public void close() {
        stages.controlNumbers().close();
        stages.duplicates().close();
    }

    private static String extension(Format format) {
        return switch (format) {
            case EDIFACT -> "edi";
            case X12 -> "x12";
            case UBL -> "xml";
        };
    }

    /** The events of one document, recorded together when it is done. */
    private final class Journey {
        private final InboundDocument document;
        private final List<TrackingEvent> events = new ArrayList<>();
        private String interchangeRef;

        Journey(InboundDocument document) {
            this.document = document;
        }

        void identified(Identification identification) {
            Envelope envelope = identification.envelope();
            interchangeRef = envelope.controlReference();
            event(EventType.IDENTIFIED, envelope.messageType() + " " + envelope.messageVersion() + envelope.messageRelease()
                    + " from " + identification.sender().id() + " to " + identification.receiver().id()
                    + " under " + identification.agreement().id());
        }

        void event(EventType type, String detail) {
            events.add(new TrackingEvent(document.messageId(), interchangeRef, type, stages.clock().instant(), detail));
        }

        List<TrackingEvent> events() {
            return events;
        }
    }
}
