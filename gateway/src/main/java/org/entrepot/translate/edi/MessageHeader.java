package org.entrepot.translate.edi;

/**
 * The header of one message inside an interchange, as read from UNH or ST.
 *
 * @param standard      {@code EDIFACT} or {@code X12}
 * @param type          message type ({@code INVOIC}) or transaction set ({@code 810})
 * @param version       StAEDI's version parts: EDIFACT {agency, version, release, association}, X12 {version}
 * @param reference     the message reference (UNH 0062) or transaction set control number (ST02)
 * @param segment       the header's segment number in the interchange
 */
public record MessageHeader(String standard, String type, String[] version, String reference, int segment) {

    /** Directory or version as mappings name it: {@code D96A} for EDIFACT, {@code 004010} for X12. */
    public String directory() {
        if ("EDIFACT".equals(standard) && version.length >= 3) {
            return (version[1] + version[2]).toUpperCase(java.util.Locale.ROOT);
        }
        return version.length > 0 ? version[version.length - 1] : "";
    }
}
