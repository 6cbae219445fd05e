package org.entrepot.check.ack;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads what a partner's acknowledgement says about the interchanges it answers: a CONTRL's UCI
 * (and UCMs), a 997's or 999's AK1 and AK9, a TA1. The acknowledgement has passed the check
 * stage already, so this only picks the values reconciliation needs.
 */
public final class AckReader {

    /** What an acknowledgement says about one interchange (EDIFACT, TA1) or functional group (997/999). */
    public record Verdict(String reference, Outcome outcome, String detail) {
    }

    /** The answer, in the terms tracking keeps. */
    public enum Outcome {
        ACCEPTED,
        /** Accepted with errors noted, or some messages rejected. */
        PARTIALLY_ACCEPTED,
        REJECTED,
        /** Received, not yet checked (CONTRL action 8). */
        RECEIVED
    }

    private static final EDIInputFactory FACTORY = newFactory();

    private static EDIInputFactory newFactory() {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, false);
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_CODE_VALUES, false);
        return factory;
    }

    private AckReader() {
    }

    /** The verdicts in a CONTRL, 997, 999 or TA1 interchange; empty when it holds none. */
    public static List<Verdict> read(byte[] acknowledgement, Charset charset) {
        List<Verdict> verdicts = new ArrayList<>();
        Values values = new Values();
        try (EDIStreamReader reader = FACTORY.createEDIStreamReader(new ByteArrayInputStream(acknowledgement), charset.name())) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                switch (event) {
                    case START_SEGMENT -> values.start(reader.getText());
                    case END_SEGMENT -> values.end(verdicts);
                    case ELEMENT_DATA -> values.element(reader.getLocation().getElementPosition(),
                            reader.getLocation().getComponentPosition(), reader.getText());
                    default -> {
                        // composites and loops carry no values of their own
                    }
                }
            }
        } catch (EDIStreamException | java.io.IOException | RuntimeException e) {
            // a broken acknowledgement reconciles nothing; the check stage has reported it already
            return List.of();
        }
        values.finish(verdicts);
        return verdicts;
    }

    /** The values of the segments that matter, as they stream past. */
    private static final class Values {
        private String tag = "";
        private final List<String> elements = new ArrayList<>();
        private Verdict pendingContrl;
        private boolean messageRejected;
        private String group;

        void start(String segment) {
            tag = segment;
            elements.clear();
        }

        void element(int position, int component, String text) {
            // only the first component of each element is needed (reference, action, status)
            if (component > 1) {
                return;
            }
            while (elements.size() < position) {
                elements.add("");
            }
            if (elements.get(position - 1).isEmpty()) {
                elements.set(position - 1, text == null ? "" : text);
            }
        }

        void end(List<Verdict> verdicts) {
            switch (tag) {
                case "UCI" -> pendingContrl = new Verdict(at(1), contrl(at(4)), "CONTRL UCI action " + at(4)
                        + (at(5).isEmpty() ? "" : ", error " + at(5)));
                case "UCM" -> messageRejected |= "4".equals(at(3));
                case "TA1" -> verdicts.add(new Verdict(at(1), x12(at(4)), "TA1 " + at(4)
                        + (at(5).isEmpty() || "000".equals(at(5)) ? "" : ", note " + at(5))));
                case "AK1" -> group = at(2);
                case "AK9" -> {
                    if (group != null) {
                        verdicts.add(new Verdict(group, x12(at(1)), "AK9 " + at(1) + ", " + at(4) + " of " + at(2)
                                + " transaction sets accepted"));
                        group = null;
                    }
                }
                default -> {
                    // other segments say nothing about the interchange as a whole
                }
            }
        }

        void finish(List<Verdict> verdicts) {
            if (pendingContrl != null) {
                Verdict v = pendingContrl;
                if (messageRejected && v.outcome() == Outcome.ACCEPTED) {
                    v = new Verdict(v.reference(), Outcome.PARTIALLY_ACCEPTED, v.detail() + ", some messages rejected");
                }
                verdicts.add(v);
            }
        }

        private String at(int position) {
            return position <= elements.size() ? elements.get(position - 1).strip() : "";
        }

        private static Outcome contrl(String action) {
            return switch (action) {
                case "7" -> Outcome.ACCEPTED;
                case "8" -> Outcome.RECEIVED;
                default -> Outcome.REJECTED;
            };
        }

        private static Outcome x12(String code) {
            return switch (code) {
                case "A" -> Outcome.ACCEPTED;
                case "E", "P" -> Outcome.PARTIALLY_ACCEPTED;
                default -> Outcome.REJECTED;
            };
        }
    }

    /** Whether {@code messageType} is a functional acknowledgement this reader understands. */
    public static boolean isAcknowledgement(String messageType) {
        return Optional.ofNullable(messageType).map(t -> t.equals("CONTRL") || t.equals("997") || t.equals("999")).orElse(false);
    }
}
