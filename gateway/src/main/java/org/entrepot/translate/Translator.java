package org.entrepot.translate;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.entrepot.check.directory.MessageSchemas;
import org.entrepot.check.directory.X12Schemas;
import org.entrepot.document.Outcome;
import org.entrepot.document.Position;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.entrepot.document.Syntax;
import org.entrepot.identify.EdifactCharsets;
import org.entrepot.identify.EdifactEnvelopeReader;
import org.entrepot.identify.Envelope;
import org.entrepot.identify.SyntaxSniffer;
import org.entrepot.identify.X12EnvelopeReader;
import org.entrepot.identify.XmlDocumentKind;
import org.entrepot.identify.XmlDocumentKinds;
import org.entrepot.identify.XmlEnvelopeReader;
import org.entrepot.translate.edi.EdiFunctions;
import org.entrepot.translate.edi.EdiMessageCursor;
import org.entrepot.translate.edi.EdiNode;
import org.entrepot.translate.edi.MessageHeader;
import freemarker.template.TemplateScalarModel;
import org.smooks.api.SmooksException;

/**
 * The translate stage: turns a document into the format a receiver needs, using the mappings
 * in a {@link MappingCatalog}. EDI is read once, message by message; each message becomes one
 * output document. When no mapping goes straight from source to target, UBL is the pivot
 * (EDIFACT → UBL → X12). A document whose envelope or control counts are wrong is not translated:
 * its problems come back as rejections with their positions.
 *
 * <p>The translator follows each message's segment groups without validating the message's
 * structure again: that is the check stage's job ({@code InterchangeCheck}), which runs first in
 * the gateway and in {@code entrepot translate}. Validating twice would cost more than the whole
 * translation.
 */
public final class Translator {

    static {
        // FreeMarker logs through java.util.logging unless told otherwise; send it to SLF4J.
        System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");

    private static final Map<String, Object> EDI_FUNCTIONS = EdiFunctions.all();

    private final MappingCatalog catalog;
    private final EdiMessageCursor.TransactionSchemas schemas;
    private final Clock clock;
    private final Supplier<String> controlReferences;

    public Translator(MappingCatalog catalog) {
        this(catalog, transactionSchemas(new MessageSchemas()), Clock.systemUTC(), timeBasedReferences(Clock.systemUTC()));
    }

    public Translator(MappingCatalog catalog, EdiMessageCursor.TransactionSchemas schemas, Clock clock,
                      Supplier<String> controlReferences) {
        this.catalog = catalog;
        this.schemas = schemas;
        this.clock = clock;
        this.controlReferences = controlReferences;
    }

    /** EDIFACT messages get their directory's generated structure, X12 transaction sets their written one. */
    public static EdiMessageCursor.TransactionSchemas transactionSchemas(MessageSchemas edifact) {
        X12Schemas x12 = new X12Schemas();
        return reader -> "EDIFACT".equals(reader.getStandard()) ? edifact.schema(reader) : x12.schema(reader);
    }

    /**
     * Interchange control references unique within this process (base-36 milliseconds plus a
     * counter, at most 14 characters). Gap-free persistent numbering per partner pair is the
     * envelope stage's job; this keeps the CLI usable without any state.
     */
    public static Supplier<String> timeBasedReferences(Clock clock) {
        AtomicLong last = new AtomicLong();
        return () -> Long.toString(last.updateAndGet(previous -> Math.max(previous + 1, clock.millis())), 36)
                .toUpperCase(java.util.Locale.ROOT);
    }

    /** Translates {@code source} into {@code target}; never throws for a bad document. */
    public Outcome<List<TranslatedDocument>> translate(byte[] source, Format target) {
        return translate(source, Target.of(target), controlReferences);
    }

    /** Translates {@code source} into {@code target}, in the version it names; never throws for a bad document. */
    public Outcome<List<TranslatedDocument>> translate(byte[] source, Target target) {
        return translate(source, target, controlReferences);
    }

    /** As {@link #translate(byte[], Target, Supplier)} in whichever version the catalog offers first. */
    public Outcome<List<TranslatedDocument>> translate(byte[] source, Format target, Supplier<String> references) {
        return translate(source, Target.of(target), references);
    }

    /**
     * As {@link #translate(byte[], Format)}, numbering any interchange the mapping writes from
     * {@code references} (the gateway's persistent sequence for the partner pair). A reference is
     * drawn only when a template reads it, so UBL output consumes none.
     */
    public Outcome<List<TranslatedDocument>> translate(byte[] source, Target target, Supplier<String> references) {
        Syntax syntax = SyntaxSniffer.sniff(source);
        return switch (syntax) {
            case EDIFACT -> new EdifactEnvelopeReader().charset(source)
                    .then(c -> translateEdi(source, c, Format.EDIFACT, target, references));
            case X12 -> new X12EnvelopeReader().read(source)
                    .then(e -> translateEdi(source, e.charset(), Format.X12, target, references));
            case XML -> new XmlEnvelopeReader().read(source).then(e -> translateXml(source, e, target, references));
            case UNKNOWN -> Outcome.rejected(Rejection.of(Reason.UNKNOWN_SYNTAX, Position.offset(0),
                    source.length == 0 ? "the document is empty" : Reason.UNKNOWN_SYNTAX.description()));
        };
    }

    private Outcome<List<TranslatedDocument>> translateEdi(byte[] source, Charset charset, Format format, Target target,
                                                           Supplier<String> references) {
        List<TranslatedDocument> documents = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        try (EdiMessageCursor cursor = new EdiMessageCursor(source, decodingCharset(source, charset), schemas, false)) {
            Optional<MessageHeader> next;
            while ((next = cursor.nextMessage()).isPresent()) {
                MessageHeader header = next.get();
                if (EdifactEnvelopeReader.AUTACK.equals(header.type())) {
                    continue; // verified by the sign stage, not translated
                }
                Position at = Position.segment(header.segment(), format == Format.X12 ? "ST" : "UNH");
                // the content can choose the mapping (source.when: an INVOIC that is a credit note)
                EdiNode.Group message = cursor.readMessage();
                Optional<Route> route = route(format, header.type(), header.directory(), target, new SourceContent.Edi(message));
                if (route.isEmpty()) {
                    rejections.add(noMapping(at, format, header.type() + " " + header.directory(), target));
                    continue;
                }
                try {
                    String first = route.get().first().mapMessage(message, context(false, references));
                    documents.add(finish(route.get(), first, header.reference(), references));
                } catch (SmooksException | MappingConfigException e) {
                    rejections.add(Rejection.of(Reason.MAPPING_FAILED, at, failure(route.get(), e)));
                }
            }
            cursor.finish();
            rejections.addAll(0, cursor.problems());
        } catch (java.io.IOException e) {
            rejections.add(Rejection.of(Reason.INTERNAL_ERROR, e.getMessage()));
        }
        if (documents.isEmpty() && rejections.isEmpty()) {
            rejections.add(Rejection.of(Reason.NO_MESSAGE, Position.segment(1, format == Format.X12 ? "ISA" : "UNB"),
                    Reason.NO_MESSAGE.description()));
        }
        return rejections.isEmpty() ? Outcome.accepted(documents) : Outcome.rejected(rejections);
    }

    /**
     * UTF-8 text that is all ASCII reads the same as ISO-8859-1, which StAEDI decodes at less cost
     * per character; X12 is always read as UTF-8 and most of it is plain ASCII.
     */
    private static Charset decodingCharset(byte[] source, Charset declared) {
        if (!StandardCharsets.UTF_8.equals(declared)) {
            return declared;
        }
        for (byte b : source) {
            if (b < 0) {
                return declared;
            }
        }
        return StandardCharsets.ISO_8859_1;
    }

    private Outcome<List<TranslatedDocument>> translateXml(byte[] source, Envelope envelope, Target target,
                                                           Supplier<String> references) {
        Position at = envelope.positions().message();
        Optional<XmlDocumentKind> kind = XmlDocumentKinds.packaged().forMessage(envelope.syntaxIdentifier(), envelope.messageType());
        if (kind.isEmpty()) {
            return Outcome.rejected(Rejection.of(Reason.UNKNOWN_DOCUMENT_TYPE, at, "root element '" + envelope.messageType()
                    + "' in namespace '" + envelope.syntaxIdentifier() + "' is not a document the gateway knows"));
        }
        Format format = Format.byName(kind.get().format()).orElseThrow();
        // the content can choose the mapping (source.when: a CII whose TypeCode says credit note)
        Optional<Route> route = route(format, envelope.messageType(), envelope.messageVersion(), target,
                new SourceContent.Xml(source));
        if (route.isEmpty()) {
            return Outcome.rejected(noMapping(at, format, envelope.messageType() + " " + envelope.messageVersion(), target));
        }
        try {
            boolean latin1 = StandardCharsets.ISO_8859_1.newEncoder().canEncode(new String(source, envelope.charset()));
            String first = route.get().first().mapXml(source, context(latin1, references));
            return Outcome.accepted(List.of(finish(route.get(), first, envelope.controlReference(), references)));
        } catch (SmooksException | MappingConfigException e) {
            return Outcome.rejected(Rejection.of(Reason.MAPPING_FAILED, at, failure(route.get(), e)));
        }
    }

    /** A direct mapping, or two through UBL. */
    private record Route(SmooksMapping first, SmooksMapping second) {
        String id() {
            return second == null ? first.descriptor().id() : first.descriptor().id() + "+" + second.descriptor().id();
        }

        MappingDescriptor last() {
            return (second == null ? first : second).descriptor();
        }
    }

    /**
     * A mapping straight to the target, else two through an XML pivot: the first leg writes the
     * family's XML (UBL for an invoice, ISO 20022 for a payment), the second reads it.
     */
    private Optional<Route> route(Format source, String messageType, String version, Target target, SourceContent message) {
        if (target.format().acceptsOutput(source) && target.version().isEmpty() && target.acceptsMessage(messageType)) {
            return Optional.empty();
        }
        Optional<SmooksMapping> direct = catalog.find(source, messageType, version, target, message);
        if (direct.isPresent()) {
            return direct.map(m -> new Route(m, null));
        }
        for (SmooksMapping toPivot : catalog.toXml(source, messageType, version, message)) {
            MappingDescriptor pivot = toPivot.descriptor();
            Optional<SmooksMapping> fromPivot = catalog.find(pivot.target(), pivot.targetMessage(), pivot.targetVersion(), target);
            if (fromPivot.isPresent()) {
                return Optional.of(new Route(toPivot, fromPivot.get()));
            }
        }
        return Optional.empty();
    }

    private TranslatedDocument finish(Route route, String firstOutput, String sourceReference, Supplier<String> references) {
        String output = firstOutput;
        if (route.second() != null) {
            // the first leg's template may leave blank lines before the XML declaration, which no parser accepts
            output = route.second().mapXml(firstOutput.strip().getBytes(StandardCharsets.UTF_8),
                    context(isLatin1(firstOutput), references));
        }
        MappingDescriptor last = route.last();
        return new TranslatedDocument(last.target(), last.targetMessage(), encode(output.strip(), last), route.id(), sourceReference);
    }

    private static boolean isLatin1(String text) {
        return StandardCharsets.ISO_8859_1.newEncoder().canEncode(text);
    }

    /** EDIFACT is written in the character set its UNB declares; XML and X12 in UTF-8. */
    private static byte[] encode(String output, MappingDescriptor mapping) {
        Charset charset = StandardCharsets.UTF_8;
        if (mapping.target() == Format.EDIFACT) {
            int unb = output.indexOf("UNB");
            String syntaxId = unb >= 0 && output.length() >= unb + 8 ? output.substring(unb + 4, unb + 8) : "";
            charset = EdifactCharsets.forSyntaxIdentifier(syntaxId).orElseThrow(() -> new MappingConfigException(
                    "mapping " + mapping.id() + " wrote an unknown syntax identifier '" + syntaxId + "'", null));
        }
        // UTF-8 carries any text a template can write; only the EDIFACT character sets can fall short
        if (charset != StandardCharsets.UTF_8 && !charset.newEncoder().canEncode(output)) {
            throw new MappingConfigException("mapping " + mapping.id() + " wrote characters that "
                    + charset + " cannot carry", null);
        }
        return output.getBytes(charset);
    }

    private Map<String, Object> context(boolean latin1, Supplier<String> references) {
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(ZoneOffset.UTC);
        Map<String, Object> context = new HashMap<>();
        context.put("controlReference", new OnDemandReference(references));
        context.put("date", DATE.format(now));
        context.put("shortDate", SHORT_DATE.format(now));
        context.put("time", TIME.format(now));
        context.put("latin1", latin1);
        context.put("edi", EDI_FUNCTIONS);
        return context;
    }

    /** The control reference as a template sees it: drawn from the sequence the first time it is read, then fixed. */
    private static final class OnDemandReference implements TemplateScalarModel {
        private final Supplier<String> references;
        private String value;

        OnDemandReference(Supplier<String> references) {
            this.references = references;
        }

        @Override
        public String getAsString() {
            if (value == null) {
                value = references.get();
            }
            return value;
        }
    }

    private static Rejection noMapping(Position at, Format source, String message, Target target) {
        return Rejection.of(Reason.NO_MAPPING, at, "no mapping from " + source.id() + " " + message + " to " + target);
    }

    private static String failure(Route route, RuntimeException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        int newline = detail.indexOf('\n');
        String summary = newline > 0 ? detail.substring(0, newline) : detail;
        // FreeMarker says where in the template it failed; a mapping author needs that line.
        int failedAt = detail.indexOf("- Failed at:");
        if (failedAt > 0) {
            int end = detail.indexOf('\n', failedAt);
            summary += " (" + detail.substring(failedAt + 2, end > 0 ? end : detail.length()).trim() + ")";
        }
        return "mapping " + route.id() + " failed: " + summary;
    }
}
