package org.entrepot.check.ack;

import java.util.ArrayList;
import java.util.List;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.entrepot.identify.Envelope;

/**
 * Writes the APERAK (application error and acknowledgement, UN/EDIFACT D.96A) a sender gets when
 * an interchange passed the syntax check (its CONTRL said so) but the application could not
 * process it: no mapping to the receiver's format, a mapping that failed on its content.
 *
 * <p>One APERAK per refused message: BGM with function 27 (not accepted) and the APERAK's own
 * number; DTM 137 (document date); RFF ACW naming the refused message (its UNH reference); NAD MS/MR for the parties who exchanged it; then one ERC + FTX per
 * problem. The error codes (ERC 9321) are the gateway's, agency ZZZ (mutually defined), listed
 * in {@link #code(Reason)}; the FTX carries the problem's own sentence.
 */
public final class AperakWriter {

    /** Longest FTX 4440 value; longer sentences are cut. */
    private static final int TEXT = 70;

    private AperakWriter() {
    }

    /**
     * @param original         the refused interchange's envelope (the APERAK goes back the other way)
     * @param messageReference the refused message's UNH reference (or the interchange's reference)
     * @param problems         why the application refused it
     * @param controlReference the APERAK interchange's own reference
     * @param date             CCYYMMDD
     * @param time             HHMM
     */
    public static String write(Envelope original, String messageReference, List<Rejection> problems,
                               String controlReference, String date, String time) {
        List<String> body = new ArrayList<>();
        body.add("UNH+1+APERAK:D:96A:UN");
        body.add("BGM++" + escape(controlReference) + "+27");
        body.add("DTM+137:" + date + time + ":203");
        body.add("RFF+ACW:" + escape(messageReference));
        body.add("NAD+MS+" + escape(original.senderId()) + "::" + agency(original.senderQualifier()));
        body.add("NAD+MR+" + escape(original.receiverId()) + "::" + agency(original.receiverQualifier()));
        for (Rejection problem : problems) {
            body.add("ERC+" + code(problem.reason()) + ":ZZZ:ZZZ");
            body.add("FTX+AAO+++" + escape(cut(problem.message() == null ? problem.reason().description() : problem.message())));
        }
        body.add("UNT+" + (body.size() + 1) + "+1");

        String syntax = original.syntaxIdentifier().isEmpty() ? "UNOC" : original.syntaxIdentifier();
        String version = "4".equals(original.syntaxVersion()) ? "4" : "3";
        StringBuilder out = new StringBuilder("UNA:+.? '\n");
        out.append("UNB+").append(syntax).append(':').append(version)
                .append('+').append(escape(original.receiverId())).append(qualifier(original.receiverQualifier()))
                .append('+').append(escape(original.senderId())).append(qualifier(original.senderQualifier()))
                .append('+').append("4".equals(version) ? date : date.substring(2)).append(':').append(time)
                .append('+').append(controlReference).append("'\n");
        for (String segment : body) {
            out.append(segment).append("'\n");
        }
        out.append("UNZ+1+").append(controlReference).append('\'');
        return out.toString();
    }

    /**
     * The gateway's application error codes (ERC 9321, at most 8 characters), one per reason an
     * application can refuse a syntactically sound message for.
     */
    static String code(Reason reason) {
        return switch (reason) {
            case NO_MAPPING -> "NOMAP";
            case MAPPING_FAILED -> "MAPFAIL";
            case DUPLICATE_INTERCHANGE -> "DUPLIC";
            case NO_AGREEMENT -> "NOAGREE";
            default -> "OTHER";
        };
    }

    /** EDIFACT NAD C082 3055 for the UNB qualifier: 9 = EAN/GS1 for GLN, 16 = DUNS, else ZZZ. */
    private static String agency(String unbQualifier) {
        return switch (unbQualifier.strip()) {
            case "14" -> "9";
            case "16" -> "16";
            default -> "ZZZ";
        };
    }

    private static String qualifier(String qualifier) {
        return qualifier.isEmpty() ? "" : ":" + escape(qualifier);
    }

    private static String cut(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= TEXT ? line : line.substring(0, TEXT - 3) + "...";
    }

    /** Releases the default service characters (UNA :+.? ') with '?'. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            if (c == '?' || c == ':' || c == '+' || c == '\'') {
                out.append('?');
            }
            out.append(c);
        }
        return out.toString();
    }
}
