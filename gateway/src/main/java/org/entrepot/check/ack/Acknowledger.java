package org.entrepot.check.ack;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.entrepot.check.InterchangeReport;
import org.entrepot.document.Rejection;
import org.entrepot.document.Syntax;
import org.entrepot.identify.EdifactCharsets;
import org.entrepot.identify.Envelope;
import org.entrepot.partner.Agreement;

/**
 * Decides, per agreement, which acknowledgement an interchange earns and writes it: the
 * functional one after the check (CONTRL for EDIFACT; 997 or 999 for X12), and an APERAK when
 * the application refuses a message the check passed. XML documents get none: their channels
 * (AS2 MDN, HTTP status) answer for them.
 */
public final class Acknowledger {

    /** An acknowledgement ready to send back: what it is, its bytes and a file extension. */
    public record Reply(String type, byte[] content, String extension) {
    }

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");

    private final Clock clock;

    public Acknowledger(Clock clock) {
        this.clock = clock;
    }

    /** The acknowledgement the sender gets for what the check found; empty when the agreement wants none. */
    public Optional<Reply> functional(Agreement agreement, Envelope envelope, InterchangeReport report,
                                      Supplier<String> reference) {
        if (envelope.syntax() == Syntax.XML || envelope.syntax() == Syntax.UNKNOWN) {
            return Optional.empty();
        }
        Optional<AckType> type = switch (agreement.acknowledge().send()) {
            case NONE -> Optional.empty();
            case AUTO -> Optional.of(Acknowledgements.defaultFor(envelope, report));
            case CONTRL -> Optional.of(AckType.CONTRL);
            case X997 -> Optional.of(AckType.FA_997);
            case X999 -> Optional.of(AckType.FA_999);
            case TA1 -> Optional.of(AckType.TA1);
        };
        return type.filter(t -> Acknowledgements.answers(t, envelope)).map(t -> {
            Acknowledgement written = new Acknowledgements(clock, reference).acknowledge(t, envelope, report);
            return new Reply(t == AckType.CONTRL ? "CONTRL" : t.label().toUpperCase(java.util.Locale.ROOT),
                    written.bytes(), t == AckType.CONTRL ? "edi" : "x12");
        });
    }

    /** The APERAK for a message the application refused; empty unless the agreement asks and the sender speaks EDIFACT. */
    public Optional<Reply> application(Agreement agreement, Envelope envelope, String messageReference,
                                       List<Rejection> problems, Supplier<String> reference) {
        if (!agreement.acknowledge().aperak() || envelope.syntax() != Syntax.EDIFACT) {
            return Optional.empty();
        }
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(ZoneOffset.UTC);
        String aperak = AperakWriter.write(envelope, messageReference, problems, reference.get(),
                LONG_DATE.format(now), TIME.format(now));
        return Optional.of(new Reply("APERAK", aperak.getBytes(charset(envelope)), "edi"));
    }

    private static Charset charset(Envelope envelope) {
        return EdifactCharsets.forSyntaxIdentifier(envelope.syntaxIdentifier()).orElse(StandardCharsets.ISO_8859_1);
    }

}
