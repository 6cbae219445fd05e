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
import org.entrepot.check.ContrlWriter;
import org.entrepot.check.InterchangeReport;
import org.entrepot.document.Rejection;
import org.entrepot.document.Syntax;
import org.entrepot.identify.EdifactCharsets;
import org.entrepot.identify.Envelope;
import org.entrepot.partner.Acknowledgement;
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
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");

    private final Clock clock;
    private final X12Acknowledgements x12;

    public Acknowledger(Clock clock, X12Acknowledgements x12) {
        this.clock = clock;
        this.x12 = x12;
    }

    /** The acknowledgement the sender gets for what the check found; empty when the agreement wants none. */
    public Optional<Reply> functional(Agreement agreement, Envelope envelope, InterchangeReport report,
                                      Supplier<String> reference) {
        Acknowledgement.Send send = agreement.acknowledge().send();
        if (send == Acknowledgement.Send.NONE || envelope.syntax() == Syntax.XML || envelope.syntax() == Syntax.UNKNOWN) {
            return Optional.empty();
        }
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(ZoneOffset.UTC);
        if (envelope.syntax() == Syntax.EDIFACT) {
            if (send != Acknowledgement.Send.AUTO && send != Acknowledgement.Send.CONTRL) {
                return Optional.empty();
            }
            String date = ("4".equals(envelope.syntaxVersion()) ? LONG_DATE : SHORT_DATE).format(now);
            String contrl = ContrlWriter.write(envelope, report, reference.get(), date, TIME.format(now));
            return Optional.of(new Reply("CONTRL", contrl.getBytes(charset(envelope)), "edi"));
        }
        return x12.write(send, envelope, report, reference, now).map(ack -> new Reply(ack.type(),
                ack.text().getBytes(StandardCharsets.UTF_8), "x12"));
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

    /**
     * The X12 acknowledgement writers (TA1, 997, 999), chosen by the agreement's {@code send} and,
     * for {@code auto}, by the interchange's version: 997 up to 004010, 999 from 005010.
     */
    public interface X12Acknowledgements {
        /** A written X12 acknowledgement. */
        record Written(String type, String text) {
        }

        Optional<Written> write(Acknowledgement.Send send, Envelope envelope, InterchangeReport report,
                                Supplier<String> reference, ZonedDateTime now);

        /** Until the X12 writers exist: X12 senders get no acknowledgement. */
        X12Acknowledgements NONE = (send, envelope, report, reference, now) -> Optional.empty();
    }
}
