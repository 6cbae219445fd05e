package org.entrepot.gateway;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.entrepot.check.DuplicateInterchanges;
import org.entrepot.check.InterchangeCheck;
import org.entrepot.check.InterchangeReport;
import org.entrepot.check.OutputCheck;
import org.entrepot.check.ack.Acknowledger;
import org.entrepot.check.directory.MessageSchemas;
import org.entrepot.deliver.OutboxDelivery;
import org.entrepot.deliver.ReplyDelivery;
import org.entrepot.document.DocumentType;
import org.entrepot.document.Outcome;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.entrepot.document.Syntax;
import org.entrepot.identify.Envelope;
import org.entrepot.identify.Identification;
import org.entrepot.identify.Identifier;
import org.entrepot.identify.XmlDocumentKinds;
import org.entrepot.partner.Acknowledgement;
import org.entrepot.partner.Agreement;
import org.entrepot.partner.Partner;
import org.entrepot.partner.PartnerDirectory;
import org.entrepot.receive.DocumentFlow;
import org.entrepot.receive.InboundDocument;
import org.entrepot.sign.CmsSigner;
import org.entrepot.sign.DemoPki;
import org.entrepot.sign.DemoSignatureCheck;
import org.entrepot.sign.DocumentSigner;
import org.entrepot.deliver.Dispatch;
import org.entrepot.sign.GatewayKeys;
import org.entrepot.sign.InboundSignatureCheck;
import org.entrepot.sign.SignatureCheck;
import org.entrepot.track.Archive;
import org.entrepot.track.ControlNumbers;
import org.entrepot.track.EventType;
import org.entrepot.track.OutboundInterchanges;
import org.entrepot.track.Quarantine;
import org.entrepot.track.TrackingEvent;
import org.entrepot.track.TrackingStore;
import org.entrepot.translate.Format;
import org.entrepot.translate.MappingCatalog;
import org.entrepot.translate.Target;
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
                         Translator translator, ControlNumbers controlNumbers, DocumentSigner signer, OutboxDelivery outbox,
                         TrackingStore tracking, Archive archive, Quarantine quarantine, Clock clock,
                         Acknowledger acknowledger, OutboundInterchanges outbound) {
    }

    /** What a mapping writes as its interchange reference before the gateway numbers the envelope. */
    private static final String DRAFT_REFERENCE = "1";

    /** The mapping id of a document delivered as the sender wrote it. */
    static final String UNCHANGED = "unchanged";

    /** Transport message ids share the claims table with control references, under this prefix. */
    private static final String TRANSPORT_PREFIX = "transport-message-id:";

    private final Stages stages;
    private final AcknowledgementStep acknowledgements;
    private final DeliveryStep delivery;
    private final InboundSignatureCheck signatures;
    private final OutputCheck outputs;

    public DocumentPipeline(Stages stages) {
        this(stages, InboundSignatureCheck.withoutTrust());
    }

    public DocumentPipeline(Stages stages, InboundSignatureCheck signatures) {
        this(stages, signatures, Dispatch.NONE);
    }

    /**
     * @param dispatch where documents for network channels are queued
     */
    public DocumentPipeline(Stages stages, InboundSignatureCheck signatures, Dispatch dispatch) {
        this.stages = stages;
        this.signatures = signatures;
        this.outputs = new OutputCheck(stages.check());
        this.acknowledgements = new AcknowledgementStep(stages.acknowledger(),
                new ReplyDelivery(stages.outbox(), stages.archive()), stages.outbound(), stages.controlNumbers(),
                stages.archive(), stages.clock());
        this.delivery = new DeliveryStep(stages.controlNumbers(), stages.signer(), stages.outbox(), stages.archive(),
                acknowledgements, dispatch);
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
        // the signer picks the key active at each signature, so a scheduled rotation takes over on its date
        GatewayKeys gatewayKeys = DemoPki.gatewayKeys(dataDir.resolve("pki"), partners.partners().stream().map(Partner::id).toList());
        EdiMessageCursor.TransactionSchemas schemas = Translator.transactionSchemas(new MessageSchemas());
        InboundSignatureCheck signatures = DemoSignatureCheck.forPartners(dataDir.resolve("pki"), partners, clock);
        return new DocumentPipeline(new Stages(new Identifier(partners), new InterchangeCheck(schemas),
                DuplicateInterchanges.open(dataDir),
                new Translator(mappings, schemas, clock, Translator.timeBasedReferences(clock)),
                ControlNumbers.open(dataDir), new DocumentSigner(new CmsSigner(), gatewayKeys, clock),
                new OutboxDelivery(outbox), evidence.tracking(), evidence.archive(),
                evidence.quarantine(), clock, new Acknowledger(clock),
                OutboundInterchanges.open(dataDir)), signatures, evidence.dispatch());
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

        Envelope envelope = identification.envelope();
        boolean edi = envelope.syntax() == Syntax.EDIFACT || envelope.syntax() == Syntax.X12;
        InterchangeReport report = edi ? stages.check().report(document.content(), envelope) : null;
        List<Rejection> problems = edi ? report.problems() : stages.check().check(document.content(), envelope);
        if (identification.documentType() == DocumentType.FUNCTIONAL_ACKNOWLEDGEMENT) {
            // an acknowledgement is never acknowledged (that would never end), only reconciled
            reconcile(journey, identification, problems);
            return;
        }
        if (!problems.isEmpty()) {
            acknowledgements.functional(document, identification, report, journey::event);
            reject(journey, problems);
            return;
        }
        journey.event(EventType.CHECKED, "syntax and structure valid");
        Optional<Resend> resend = claim(document, identification);
        if (resend.isPresent()) {
            refuseDuplicate(journey, identification, report, resend.get());
            return;
        }
        if (edi) {
            acknowledgements.functional(document, identification, report, journey::event);
        }

        // every receiver's translation first: one that fails refuses the document before anyone gets it
        List<Identification> receivers = receivers(identification);
        List<List<TranslatedDocument>> outputs = new ArrayList<>();
        for (Identification receiver : receivers) {
            Outcome<List<TranslatedDocument>> translated = translate(document, receiver).then(this::checkOutputs);
            if (!translated.isAccepted()) {
                // the interchange was not accepted after all: a corrected resend may use its reference
                release(document, identification);
                acknowledgements.application(document, identification, translated.rejections(), journey::event);
                reject(journey, translated.rejections());
                return;
            }
            outputs.add(translated.value());
        }
        int index = 0;
        for (int i = 0; i < receivers.size(); i++) {
            index = delivery.deliver(journey.document.messageId(), receivers.get(i), outputs.get(i), index, journey::event);
        }
        stages.tracking().recordAll(journey.events());
    }

    /** The agreement's receiver, then each receiver of a copy under the agreement made for it. */
    private List<Identification> receivers(Identification identification) {
        List<Identification> receivers = new ArrayList<>(List.of(identification));
        for (Agreement.Copy copy : identification.agreement().copies()) {
            Partner receiver = stages.identifier().directory().partner(copy.receiver()).orElseThrow();
            receivers.add(new Identification(identification.envelope(), identification.documentType(),
                    identification.sender(), receiver,
                    identification.agreement().forCopy(copy, receiver.identifiers().get(0).scheme())));
        }
        return receivers;
    }

    private void reconcile(Journey journey, Identification identification, List<Rejection> problems) {
        if (!problems.isEmpty()) {
            reject(journey, problems);
            return;
        }
        journey.event(EventType.CHECKED, "syntax and structure valid");
        AcknowledgementStep.Reconciled reconciled = acknowledgements.reconcile(journey.document, identification);
        journey.event(EventType.ACK_RECEIVED, reconciled.summary());
        List<TrackingEvent> events = new ArrayList<>(journey.events());
        events.addAll(reconciled.events());
        stages.tracking().recordAll(events);
    }

    /**
     * A resend of an interchange already accepted: never processed again. The agreement says
     * whether the sender hears the earlier answer again or a rejection naming the earlier copy.
     */
    private void refuseDuplicate(Journey journey, Identification identification, InterchangeReport report, Resend resend) {
        Envelope envelope = identification.envelope();
        String earlier = resend.earlierMessageId();
        String sentence = resend.what() + " from " + identification.sender().id() + " was already received as message " + earlier;
        if (identification.agreement().acknowledge().duplicates() == Acknowledgement.DuplicateAnswer.REPEAT_ACK) {
            acknowledgements.repeat(journey.document, identification, earlier, journey::event);
            journey.event(EventType.DUPLICATE, sentence + "; not processed again");
            stages.tracking().recordAll(journey.events());
            return;
        }
        Rejection duplicate = Rejection.of(Reason.DUPLICATE_INTERCHANGE, envelope.positions().interchange(), sentence);
        if (report != null) {
            acknowledgements.functional(journey.document, identification,
                    new InterchangeReport(List.of(duplicate), report.messages()), journey::event);
        }
        reject(journey, List.of(duplicate));
    }

    private Outcome<List<TranslatedDocument>> translate(InboundDocument document, Identification identification) {
        Agreement agreement = identification.agreement();
        Target target = new Target(Format.byName(agreement.deliverAs()).orElseThrow(), agreement.version(), agreement.message());
        Envelope envelope = identification.envelope();
        Format source = sourceFormat(envelope);
        if (target.format().acceptsOutput(source) && target.acceptsMessage(envelope.messageType()) && (target.version().isEmpty()
                || target.version().equalsIgnoreCase(envelope.messageVersion() + envelope.messageRelease()))) {
            // the receiver reads what the sender wrote: pass it on unchanged
            return Outcome.accepted(List.of(new TranslatedDocument(source, envelope.messageType(), document.content(),
                    UNCHANGED, envelope.controlReference())));
        }
        // the mapping's envelope is a draft: deliver() numbers and addresses it per agreement
        return stages.translator().translate(document.content(), target, () -> DRAFT_REFERENCE);
    }

    /** What a mapping wrote is held to the receiver's standard too; a document passed on unchanged was checked on the way in. */
    private Outcome<List<TranslatedDocument>> checkOutputs(List<TranslatedDocument> documents) {
        List<Rejection> problems = new ArrayList<>();
        for (TranslatedDocument document : documents) {
            if (!UNCHANGED.equals(document.mappingId())) {
                problems.addAll(outputs.check(document));
            }
        }
        return problems.isEmpty() ? Outcome.accepted(documents) : Outcome.rejected(problems);
    }

    /** The agreement decides whether a signature is required and how it is checked; caveats become events. */
    private List<Rejection> verifySignature(Journey journey, InboundSignatureCheck.Opened opened,
                                            Identification identification) {
        Outcome<Optional<SignatureCheck>> verified = signatures.verify(opened, identification.agreement());
        if (!verified.isAccepted()) {
            return verified.rejections();
        }
        verified.value().ifPresent(check -> {
            String kind = check.digestAlgorithm().startsWith("XAdES") || check.digestAlgorithm().startsWith("AUTACK")
                    ? check.digestAlgorithm().substring(0, check.digestAlgorithm().indexOf(' ')) : "CMS";
            journey.event(EventType.CHECKED, "signature valid: " + kind + " by "
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
     * Claims the interchange for this document. Only documents that passed the check claim, so a
     * broken copy can never hold a reference a valid one needs; a claim stays after a gateway
     * failure, so the redelivery is not refused.
     *
     * @return the earlier message, when this one is a resend
     */
    private Optional<Resend> claim(InboundDocument document, Identification identification) {
        Envelope envelope = identification.envelope();
        String sender = identification.sender().id();
        String transportId = document.metadata(InboundDocument.TRANSPORT_MESSAGE_ID);
        if (transportId != null) {
            Optional<String> earlier = stages.duplicates().claim(sender, TRANSPORT_PREFIX + transportId, document.messageId());
            if (earlier.isPresent()) {
                return earlier.map(id -> new Resend(id, "transmission " + transportId));
            }
        }
        if (envelope.controlReference().isEmpty()) {
            return Optional.empty(); // nothing else to recognise a resend by
        }
        return stages.duplicates().claim(sender, envelope.controlReference(), document.messageId())
                .map(id -> new Resend(id, "interchange " + envelope.controlReference()));
    }

    /** A document found to be a resend: the message that came first, and what gave it away. */
    private record Resend(String earlierMessageId, String what) {
    }

    /** Gives up both claims of a document the application refused, so a corrected resend is taken. */
    private void release(InboundDocument document, Identification identification) {
        String sender = identification.sender().id();
        stages.duplicates().release(sender, identification.envelope().controlReference(), document.messageId());
        String transportId = document.metadata(InboundDocument.TRANSPORT_MESSAGE_ID);
        if (transportId != null) {
            stages.duplicates().release(sender, TRANSPORT_PREFIX + transportId, document.messageId());
        }
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
        stages.outbound().close();
    }

    private static Format sourceFormat(Envelope envelope) {
        return switch (envelope.syntax()) {
            case EDIFACT -> Format.EDIFACT;
            case X12 -> Format.X12;
            default -> XmlDocumentKinds.packaged().forMessage(envelope.syntaxIdentifier(), envelope.messageType())
                    .flatMap(kind -> Format.byName(kind.format())).orElse(Format.XML);
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
