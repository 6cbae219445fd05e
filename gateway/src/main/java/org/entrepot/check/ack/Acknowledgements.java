package org.entrepot.check.ack;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.function.Supplier;
import org.entrepot.check.InterchangeReport;
import org.entrepot.document.Syntax;
import org.entrepot.identify.Envelope;

/**
 * The acknowledgement an interchange earns, written as a complete interchange addressed back to
 * its sender. Which one by default: CONTRL for EDIFACT; for X12 a TA1 when the interchange
 * envelope (ISA/IEA) itself is broken, otherwise a 999 for 005010 and later, a 997 before.
 *
 * <p>Each acknowledgement draws one control reference from the supplier, so the gateway can
 * number acknowledgements from its persistent sequence per partner pair. X12 needs it numeric
 * (up to nine digits, ISA13); EDIFACT takes up to 14 characters (UNB 0020).
 */
public final class Acknowledgements {

    private final Clock clock;
    private final Supplier<String> controlReferences;

    public Acknowledgements(Clock clock, Supplier<String> controlReferences) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.controlReferences = Objects.requireNonNull(controlReferences, "controlReferences");
    }

    /** The acknowledgement the gateway sends for this interchange unless an agreement says otherwise. */
    public static AckType defaultFor(Envelope original, InterchangeReport report) {
        if (original.syntax() != Syntax.X12) {
            return AckType.CONTRL;
        }
        if (!report.envelope().isEmpty()) {
            return AckType.TA1;
        }
        return implementationVersion(original) ? AckType.FA_999 : AckType.FA_997;
    }

    /** Whether the acknowledgement type can answer an interchange of this syntax. */
    public static boolean answers(AckType type, Envelope original) {
        return (type == AckType.CONTRL) == (original.syntax() == Syntax.EDIFACT);
    }

    /** The default acknowledgement, written. */
    public String write(Envelope original, InterchangeReport report) {
        return write(defaultFor(original, report), original, report);
    }

    /**
     * @throws IllegalArgumentException when the type cannot answer the original's syntax (a
     *     CONTRL for X12), or the supplied control reference does not fit the syntax
     */
    public String write(AckType type, Envelope original, InterchangeReport report) {
        return acknowledge(type, original, report).text();
    }

    /** The default acknowledgement, with the control reference it was given. */
    public Acknowledgement acknowledge(Envelope original, InterchangeReport report) {
        return acknowledge(defaultFor(original, report), original, report);
    }

    /** As {@link #write(AckType, Envelope, InterchangeReport)}, with the control reference it was given. */
    public Acknowledgement acknowledge(AckType type, Envelope original, InterchangeReport report) {
        if (!answers(type, original)) {
            throw new IllegalArgumentException(type.label() + " cannot acknowledge a " + original.syntax() + " interchange");
        }
        ZonedDateTime at = ZonedDateTime.now(clock);
        String reference = controlReferences.get();
        String text = switch (type) {
            case CONTRL -> ContrlWriter.write(original, report, reference, at);
            case TA1 -> Ta1Writer.write(original, report, reference, at);
            case FA_997 -> FunctionalAckWriter.write(original, report, false, reference, at);
            case FA_999 -> FunctionalAckWriter.write(original, report, true, reference, at);
        };
        String written = type == AckType.CONTRL ? reference : "0".repeat(Math.max(0, 9 - reference.length())) + reference;
        return new Acknowledgement(type, written, text, original.charset());
    }

    /** 005010 and later: GS08 when it names a version, otherwise ISA12. */
    private static boolean implementationVersion(Envelope original) {
        String group = original.messageVersion();
        String version = group.matches("[0-9]{6}.*") ? group.substring(0, 6)
                : original.syntaxVersion().matches("[0-9]{5}") ? original.syntaxVersion() + "0" : "";
        return version.compareTo("005010") >= 0;
    }
}
