package org.entrepot.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.entrepot.document.Syntax;
import org.entrepot.identify.Envelope;
import org.entrepot.identify.XmlDocumentKinds;
import org.entrepot.translate.edi.EdiMessageCursor;
import org.entrepot.translate.edi.MessageHeader;

/**
 * The check stage: the whole document against its syntax rules before anything is translated.
 * EDI is read end to end with the message structures of its directory (control counts and
 * references, mandatory and repeated segments, element lengths and codes); XML is validated
 * against its official schema. Every problem comes back with its position.
 */
public final class InterchangeCheck {

    private final EdiMessageCursor.TransactionSchemas schemas;
    private final ClasspathSchemas xmlSchemas = new ClasspathSchemas();

    /** @param schemas message structures, usually {@code Translator.transactionSchemas(new MessageSchemas())} */
    public InterchangeCheck(EdiMessageCursor.TransactionSchemas schemas) {
        this.schemas = schemas;
    }

    /** Every problem in {@code document}; empty when it may be translated. */
    public List<Rejection> check(byte[] document, Envelope envelope) {
        return switch (envelope.syntax()) {
            case EDIFACT, X12 -> checkEdi(document, envelope);
            case XML -> checkXml(document, envelope);
            case UNKNOWN -> List.of();
        };
    }

    private List<Rejection> checkEdi(byte[] document, Envelope envelope) {
        return report(document, envelope).problems();
    }

    /**
     * The EDI check arranged per message, as acknowledgements need it: each problem belongs to
     * the message whose header precedes it, unless it is on an envelope segment.
     */
    public InterchangeReport report(byte[] document, Envelope envelope) {
        List<MessageHeader> headers = new ArrayList<>();
        List<Rejection> problems;
        try (EdiMessageCursor cursor = new EdiMessageCursor(document, envelope.charset(), schemas)) {
            Optional<MessageHeader> header;
            while ((header = cursor.nextMessage()).isPresent()) {
                headers.add(header.get());
            }
            problems = withRepertoire(cursor.problems(), document, envelope);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Rejection> outside = new ArrayList<>();
        List<List<Rejection>> inside = new ArrayList<>();
        headers.forEach(h -> inside.add(new ArrayList<>()));
        for (Rejection problem : problems) {
            int owner = owner(headers, problem);
            (owner < 0 ? outside : inside.get(owner)).add(problem);
        }
        FunctionalGroups x12 = envelope.syntax() == Syntax.X12
                ? FunctionalGroups.scan(document, envelope.charset(), envelope.delimiters()) : null;
        List<InterchangeReport.Message> messages = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            MessageHeader h = headers.get(i);
            messages.add(new InterchangeReport.Message(h.reference(), h.type(), List.of(h.version()), h.segment(),
                    inside.get(i), x12 == null ? "" : x12.convention(h.segment())));
        }
        return new InterchangeReport(outside, messages, x12 == null ? List.of() : groups(x12, outside, messages));
    }

    /** Each X12 group with the problems of its GS/GE and the transaction sets between them. */
    private static List<InterchangeReport.Group> groups(FunctionalGroups scan, List<Rejection> outside,
                                                        List<InterchangeReport.Message> messages) {
        List<InterchangeReport.Group> groups = new ArrayList<>();
        for (FunctionalGroups.Facts facts : scan.groups()) {
            List<Rejection> problems = outside.stream()
                    .filter(p -> p.position().segmentTag() != null && GROUP_ENVELOPE.contains(p.position().segmentTag())
                            && facts.holds(p.position().segment()))
                    .toList();
            List<InterchangeReport.Message> inside = messages.stream().filter(m -> facts.holds(m.headerSegment())).toList();
            groups.add(new InterchangeReport.Group(facts.functionalId(), facts.controlNumber(), facts.version(),
                    facts.applicationSender(), facts.applicationReceiver(), facts.declaredCount(), problems, inside));
        }
        return groups;
    }

    private static final Set<String> GROUP_ENVELOPE = Set.of("GS", "GE");

    /**
     * Adds the characters outside a UNOA/UNOB repertoire, in segment order. Where one sits in an
     * element StAEDI already found invalid, StAEDI's finding (a wrong type, usually) goes: the
     * character is the cause, and error 21 says so.
     */
    private static List<Rejection> withRepertoire(List<Rejection> problems, byte[] document, Envelope envelope) {
        if (envelope.syntax() != Syntax.EDIFACT || envelope.delimiters() == null) {
            return problems;
        }
        List<Rejection> characters = CharacterRepertoire.of(envelope.syntaxIdentifier())
                .map(r -> r.check(new String(document, envelope.charset()), envelope.delimiters()))
                .orElse(List.of());
        if (characters.isEmpty()) {
            return problems;
        }
        List<Rejection> all = new ArrayList<>(problems);
        all.removeIf(p -> p.reason() == Reason.INVALID_ELEMENT
                && characters.stream().anyMatch(c -> c.position().equals(p.position())));
        all.addAll(characters);
        all.sort(Comparator.comparingInt(p -> p.position().segment()));
        return all;
    }

    private static final Set<String> ENVELOPE = Set.of("UNA", "UNB", "UNG", "UNE", "UNZ", "ISA", "GS", "GE", "IEA");

    private static int owner(List<MessageHeader> headers, Rejection problem) {
        String tag = problem.position().segmentTag();
        if (tag != null && ENVELOPE.contains(tag) || problem.reason() == Reason.TRUNCATED_INTERCHANGE) {
            // an interchange cut short lacks its trailer: the envelope is what is broken
            return -1;
        }
        int owner = -1;
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).segment() <= problem.position().segment()) {
                owner = i;
            }
        }
        return owner;
    }

    private List<Rejection> checkXml(byte[] document, Envelope envelope) {
        return XmlDocumentKinds.packaged().forMessage(envelope.syntaxIdentifier(), envelope.messageType())
                .filter(kind -> !kind.schema().isEmpty())
                .map(kind -> XmlSchemaCheck.validate(document, xmlSchemas.schema(kind.schema())))
                .orElse(List.of());
    }
}
