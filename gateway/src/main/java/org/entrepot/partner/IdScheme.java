package org.entrepot.partner;

import java.util.Arrays;
import java.util.Optional;
import org.entrepot.document.Syntax;

/**
 * How a party identifier is issued. Each scheme travels under a different qualifier in each
 * syntax, so the same partner can be recognised in an EDIFACT UNB, an X12 ISA and a UBL
 * {@code schemeID}.
 */
public enum IdScheme {
    /** GS1 Global Location Number: 13 digits, the last a GS1 check digit. */
    GLN("14", "14", "0088", "GLN"),
    /** Dun &amp; Bradstreet number: 9 digits. */
    DUNS("16", "01", "0060", "DUNS"),
    /** An identifier the two partners agreed between themselves. */
    MUTUAL("ZZZ", "ZZ", null, null),
    /**
     * A bank's Business Identifier Code (ISO 9362): 8 or 11 characters, 4 for the party, 2 for
     * the country, 2 for the location and an optional 3 for the branch. Neither UNB 0007 nor
     * ISA05 has a code for it: an EDIFACT interchange names the bank without a qualifier (0007 is
     * optional, and an identifier without one is looked up under every scheme); X12 partners of a
     * bank agree a MUTUAL id. Inside messages a BIC is marked by the message's own codes (FII
     * C088 with 3055 = 17 S.W.I.F.T., X12 DFI qualifier 02); in XML by ISO 6523 ICD 0021
     * (SWIFT), or by name where the document fixes it (ISO 20022 BICFI, AnyBIC).
     */
    BIC(null, null, "0021", "BIC");

    /** UNB 0004 and ISA06 are at most 35 and 15 characters; the longer bound keeps both usable. */
    private static final int MUTUAL_MAX_LENGTH = 35;

    /** ISO 9362:2014, as the ISO 20022 schemas state it (BICFIDec2014Identifier). */
    private static final String BIC_PATTERN = "[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?";

    private final String edifactQualifier;
    private final String x12Qualifier;
    private final String ublSchemeId;
    private final String ublSchemeName;

    IdScheme(String edifactQualifier, String x12Qualifier, String ublSchemeId, String ublSchemeName) {
        this.edifactQualifier = edifactQualifier;
        this.x12Qualifier = x12Qualifier;
        this.ublSchemeId = ublSchemeId;
        this.ublSchemeName = ublSchemeName;
    }

    /**
     * The qualifier this scheme is written with in a syntax: UNB 0007 for EDIFACT, ISA05/07 for
     * X12, {@code schemeID} for XML (UBL). Empty when the syntax has no code for the scheme.
     */
    public Optional<String> qualifier(Syntax syntax) {
        return Optional.ofNullable(switch (syntax) {
            case EDIFACT -> edifactQualifier;
            case X12 -> x12Qualifier;
            case XML -> ublSchemeId;
            case UNKNOWN -> null;
        });
    }

    /**
     * The scheme an envelope qualifier stands for. Surrounding padding is ignored (ISA fields are
     * fixed width). EDIFACT also accepts {@code ZZ} for mutually defined, which senders use as
     * often as {@code ZZZ}; UBL also accepts the literal names {@code GLN} and {@code DUNS}.
     */
    public static Optional<IdScheme> forQualifier(Syntax syntax, String qualifier) {
        if (qualifier == null || qualifier.isBlank()) {
            return Optional.empty();
        }
        String code = qualifier.strip();
        if (syntax == Syntax.EDIFACT && code.equals("ZZ")) {
            return Optional.of(MUTUAL);
        }
        return Arrays.stream(values())
                .filter(scheme -> code.equals(scheme.qualifier(syntax).orElse(null))
                        || (syntax == Syntax.XML && code.equals(scheme.ublSchemeName)))
                .findFirst();
    }

    /**
     * What is wrong with a value under this scheme, or empty when it is a valid identifier.
     * The sentence names the scheme so it reads on its own in a configuration error.
     */
    public Optional<String> problemWith(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.of(name() + " must not be empty");
        }
        return switch (this) {
            case GLN -> !isDigits(value, 13) ? Optional.of("GLN must be 13 digits")
                    : !hasValidCheckDigit(value) ? Optional.of("GLN " + value + " has a wrong GS1 check digit")
                    : Optional.empty();
            case DUNS -> isDigits(value, 9) ? Optional.empty() : Optional.of("DUNS must be 9 digits");
            case MUTUAL -> value.length() > MUTUAL_MAX_LENGTH
                    ? Optional.of("MUTUAL identifiers are at most " + MUTUAL_MAX_LENGTH + " characters")
                    : value.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))
                    ? Optional.of("MUTUAL identifiers must not contain spaces or control characters")
                    : Optional.empty();
            case BIC -> value.matches(BIC_PATTERN) ? Optional.empty()
                    : Optional.of("BIC must be 8 or 11 characters: 4 letters or digits, a 2-letter country code,"
                    + " 2 letters or digits and an optional 3-character branch, in capitals");
        };
    }

    private static boolean isDigits(String value, int length) {
        return value.length() == length && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** GS1 mod-10: weights 3 and 1 alternate from the digit left of the check digit. */
    private static boolean hasValidCheckDigit(String digits) {
        int sum = 0;
        int weight = 3;
        for (int i = digits.length() - 2; i >= 0; i--) {
            sum += (digits.charAt(i) - '0') * weight;
            weight = 4 - weight;
        }
        return (10 - sum % 10) % 10 == digits.charAt(digits.length() - 1) - '0';
    }
}
