package org.entrepot.translate;

import java.util.Locale;
import java.util.Optional;
import org.entrepot.document.Syntax;

/** The document formats the gateway translates between, by the names agreements and the CLI use. */
public enum Format {
    EDIFACT(Syntax.EDIFACT),
    X12(Syntax.X12),
    /** OASIS UBL 2.1 (orders, despatch advices, invoices, credit notes). */
    UBL(Syntax.XML),
    /** UN/CEFACT Cross Industry Invoice (EN 16931). */
    CII(Syntax.XML),
    /** ISO 20022 (pain.001, pain.002, camt.054). */
    ISO20022(Syntax.XML),
    /** Our own XML schemas where no standard XML exists (shipping, transport events, customs). */
    ENTREPOT(Syntax.XML),
    /**
     * Not a format of its own: "the XML format of the document's family" (UBL for an order, ISO
     * 20022 for a payment, ours for a customs declaration). Agreements and the CLI may ask for
     * it; mappings never write it.
     */
    XML(Syntax.XML);

    private final Syntax syntax;

    Format(Syntax syntax) {
        this.syntax = syntax;
    }

    public Syntax syntax() {
        return syntax;
    }

    /** The lower-case name used in agreements, mapping descriptors and on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a mapping writing {@code written} satisfies a request for this format. */
    public boolean acceptsOutput(Format written) {
        // CII is asked for by name: the family XML of an invoice is UBL
        return written == this || (this == XML && written.syntax == Syntax.XML && written != CII);
    }

    public static Optional<Format> byName(String name) {
        for (Format format : values()) {
            if (format.id().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
