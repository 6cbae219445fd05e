package org.entrepot.identify;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entrepot.document.Outcome;
import org.entrepot.document.Position;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;

/**
 * Turns XML bytes into text before any parser sees them, in the encoding the document states
 * (byte order mark, else the XML declaration, else UTF-8, per XML 1.0 appendix F). Decoding is
 * strict: a malformed byte sequence is a rejection with its byte offset. This also keeps the
 * JDK's parser from decoding, which would print every encoding error to standard error, a
 * channel a sender could flood.
 */
final class XmlTextDecoder {

    /** A declaration is short; looking further would only read content as if it were one. */
    private static final int DECLARATION_WINDOW = 256;
    private static final Pattern ENCODING =
            Pattern.compile("^<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._-]{0,39})[\"']");

    private XmlTextDecoder() {
    }

    /** The decoded text and the charset it was decoded with. */
    record XmlText(Charset charset, CharBuffer text) {
    }

    /** Decodes {@code document} from {@code start}, where a UTF-8 byte order mark is already skipped. */
    static Outcome<XmlText> decode(byte[] document, int start) {
        Charset charset;
        int offset = start;
        if (startsWith(document, 0xFE, 0xFF) || startsWith(document, 0x00, 0x3C)) {
            charset = StandardCharsets.UTF_16BE;
            offset = startsWith(document, 0xFE, 0xFF) ? 2 : 0;
        } else if (startsWith(document, 0xFF, 0xFE) || startsWith(document, 0x3C, 0x00)) {
            charset = StandardCharsets.UTF_16LE;
            offset = startsWith(document, 0xFF, 0xFE) ? 2 : 0;
        } else {
            Outcome<Charset> declared = declaredCharset(document, start);
            if (!declared.isAccepted()) {
                return Outcome.rejected(declared.rejections());
            }
            charset = declared.value();
        }
        return strictlyDecode(document, offset, charset);
    }

    private static Outcome<Charset> declaredCharset(byte[] document, int start) {
        String head = new String(document, start, Math.min(DECLARATION_WINDOW, document.length - start),
                StandardCharsets.ISO_8859_1);
        Matcher declaration = ENCODING.matcher(head);
        if (!declaration.find()) {
            return Outcome.accepted(StandardCharsets.UTF_8);
        }
        String name = declaration.group(1);
        try {
            return Outcome.accepted(Charset.forName(name));
        } catch (IllegalArgumentException e) {
            return Outcome.rejected(Rejection.of(Reason.MALFORMED_XML, Position.xml("/", 1),
                    "the declared encoding " + Excerpt.quoted(name) + " is not supported"));
        }
    }

    private static Outcome<XmlText> strictlyDecode(byte[] document, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(document, offset, document.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil((document.length - offset) * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return Outcome.rejected(Rejection.of(Reason.MALFORMED_XML, Position.offset(in.position()),
                    "the document is not valid " + charset.name() + ": malformed bytes at byte " + in.position()));
        }
        return Outcome.accepted(new XmlText(charset, out.flip()));
    }

    private static boolean startsWith(byte[] document, int first, int second) {
        return document.length >= 2 && (document[0] & 0xFF) == first && (document[1] & 0xFF) == second;
    }
}
