package org.entrepot.check.ack;

import java.util.Locale;
import java.util.Optional;

/** The acknowledgements the gateway writes, by the name operators use for them. */
public enum AckType {
    /** EDIFACT syntax and service report (ISO 9735). */
    CONTRL("contrl"),
    /** X12 interchange acknowledgement. */
    TA1("ta1"),
    /** X12 functional acknowledgement (004010 and earlier partners). */
    FA_997("997"),
    /** X12 implementation acknowledgement (005010 partners). */
    FA_999("999");

    private final String label;

    AckType(String label) {
        this.label = label;
    }

    /** {@code contrl}, {@code ta1}, {@code 997} or {@code 999}. */
    public String label() {
        return label;
    }

    public static Optional<AckType> ofLabel(String label) {
        String wanted = label == null ? "" : label.toLowerCase(Locale.ROOT);
        for (AckType type : values()) {
            if (type.label.equals(wanted)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
