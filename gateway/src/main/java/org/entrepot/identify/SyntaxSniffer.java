package org.entrepot.identify;

import org.entrepot.document.Syntax;

/**
 * Tells EDIFACT, X12 and XML apart from the first bytes, the way an operator would: EDIFACT
 * opens with {@code UNA} or {@code UNB}, X12 with {@code ISA}, XML with {@code <}.
 */
public final class SyntaxSniffer {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private SyntaxSniffer() {
    }

    /** The syntax of a document, after any UTF-8 byte order mark and leading whitespace. */
    public static Syntax sniff(byte[] document) {
        if (document == null) {
            return Syntax.UNKNOWN;
        }
        int start = contentStart(document);
        if (startsWith(document, start, "UNA") || startsWith(document, start, "UNB")) {
            return Syntax.EDIFACT;
        }
        if (startsWith(document, start, "ISA")) {
            return Syntax.X12;
        }
        if (start < document.length && document[start] == '<' || isUtf16Xml(document)) {
            return Syntax.XML;
        }
        return Syntax.UNKNOWN;
    }

    /**
     * Index of the first byte after a UTF-8 byte order mark and whitespace (space, tab, CR, LF);
     * the document's length when nothing else is there.
     */
    static int contentStart(byte[] document) {
        int index = startsWith(document, 0, UTF8_BOM) ? UTF8_BOM.length : 0;
        while (index < document.length && isWhitespace(document[index])) {
            index++;
        }
        return index;
    }

    static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    static boolean startsWith(byte[] document, int offset, String ascii) {
        if (offset + ascii.length() > document.length) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (document[offset + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] document, int offset, byte[] prefix) {
        if (offset + prefix.length > document.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (document[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** UTF-16 XML is rare in trade but legal; its byte order mark is followed by a 16-bit '<'. */
    private static boolean isUtf16Xml(byte[] d) {
        return d.length >= 4 && (d[0] == (byte) 0xFE && d[1] == (byte) 0xFF && d[2] == 0 && d[3] == '<'
                || d[0] == (byte) 0xFF && d[1] == (byte) 0xFE && d[2] == '<' && d[3] == 0);
    }
}
