package org.entrepot.deliver.as2;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One MIME entity exactly as it travels: its header lines and its body, kept as bytes. AS2
 * signatures and MICs are computed over an entity's bytes, so an entity is never re-encoded:
 * what was parsed is what is hashed, and what is built is written out byte for byte.
 *
 * <p>Parsing is deliberately small (RFC 2045/2046 as AS2 uses it): headers, parameters,
 * multipart bodies split on their boundary. Anything it cannot read is refused by the caller.
 */
public final class MimeEntity {

    private static final byte[] CRLF = {'\r', '\n'};
    private static final int MAX_HEADER_BYTES = 16 * 1024;

    private final Map<String, String> headers;
    private final byte[] body;
    private final byte[] raw;

    private MimeEntity(Map<String, String> headers, byte[] body, byte[] raw) {
        this.headers = headers;
        this.body = body;
        this.raw = raw;
    }

    /** An entity built here; header names keep their case, values must be single lines. */
    public static MimeEntity of(Map<String, String> headers, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 256);
        Map<String, String> kept = new LinkedHashMap<>();
        for (Map.Entry<String, String> header : headers.entrySet()) {
            String value = header.getValue();
            if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("header " + header.getKey() + " spans lines");
            }
            out.writeBytes((header.getKey() + ": " + value).getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(CRLF);
            kept.put(header.getKey().toLowerCase(Locale.ROOT), value);
        }
        out.writeBytes(CRLF);
        out.writeBytes(body);
        return new MimeEntity(kept, body, out.toByteArray());
    }

    /**
     * Reads an entity from its bytes (header lines, an empty line, the body). Bare LF line ends
     * are accepted in headers, since some implementations write them.
     *
     * @throws IllegalArgumentException when there is no header section
     */
    public static MimeEntity parse(byte[] raw) {
        int end = headerEnd(raw);
        if (end < 0) {
            throw new IllegalArgumentException("no MIME header section");
        }
        String text = new String(raw, 0, end, StandardCharsets.ISO_8859_1);
        Map<String, String> headers = new LinkedHashMap<>();
        String name = null;
        StringBuilder value = new StringBuilder();
        for (String line : text.split("\r?\n")) {
            if (line.isEmpty()) {
                break;
            }
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && name != null) {
                value.append(' ').append(line.strip());
                continue;
            }
            if (name != null) {
                headers.putIfAbsent(name, value.toString().strip());
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("malformed MIME header line");
            }
            name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            value = new StringBuilder(line.substring(colon + 1));
        }
        if (name != null) {
            headers.putIfAbsent(name, value.toString().strip());
        }
        int bodyStart = raw[end] == '\r' ? end + 2 : end + 1;
        byte[] body = java.util.Arrays.copyOfRange(raw, Math.min(bodyStart, raw.length), raw.length);
        return new MimeEntity(headers, body, raw);
    }

    /** An entity whose headers came separately (an HTTP request's) and whose body is {@code body}. */
    public static MimeEntity fromHttp(String contentType, String transferEncoding, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType);
        if (transferEncoding != null) {
            headers.put("Content-Transfer-Encoding", transferEncoding);
        }
        return of(headers, body);
    }

    // index of the empty line that ends the headers (points at its CR or LF), or -1
    private static int headerEnd(byte[] raw) {
        int limit = Math.min(raw.length, MAX_HEADER_BYTES);
        if (limit > 0 && (raw[0] == '\n' || raw[0] == '\r')) {
            return 0;
        }
        for (int i = 0; i < limit - 1; i++) {
            if (raw[i] == '\n') {
                if (raw[i + 1] == '\n') {
                    return i + 1;
                }
                if (raw[i + 1] == '\r' && i + 2 < raw.length && raw[i + 2] == '\n') {
                    return i + 1;
                }
            }
        }
        return -1;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The media type, lower case, without parameters; {@code text/plain} when none is given. */
    public String mediaType() {
        String type = header("Content-Type").orElse("text/plain");
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** A parameter of the Content-Type header ({@code boundary}, {@code smime-type}, {@code micalg}). */
    public Optional<String> typeParameter(String parameter) {
        return header("Content-Type").flatMap(type -> parameter(type, parameter));
    }

    /** A parameter of a structured header value such as {@code attachment; filename="a.edi"}. */
    public static Optional<String> parameter(String headerValue, String parameter) {
        for (String part : splitOutsideQuotes(headerValue, ';')) {
            int equals = part.indexOf('=');
            if (equals > 0 && part.substring(0, equals).strip().equalsIgnoreCase(parameter)) {
                String value = part.substring(equals + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
                }
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** Splits on {@code separator} where it is not inside double quotes. */
    static List<String> splitOutsideQuotes(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    public byte[] body() {
        return body.clone();
    }

    /**
     * The body with its Content-Transfer-Encoding undone (base64; binary, 8bit and 7bit as they
     * are).
     *
     * @throws IllegalArgumentException for another encoding or broken base64
     */
    public byte[] decodedBody() {
        String encoding = header("Content-Transfer-Encoding").orElse("binary").strip().toLowerCase(Locale.ROOT);
        return switch (encoding) {
            case "binary", "8bit", "7bit" -> body.clone();
            case "base64" -> java.util.Base64.getMimeDecoder().decode(body);
            default -> throw new IllegalArgumentException("unsupported Content-Transfer-Encoding " + encoding);
        };
    }

    /** The entity as it travels: headers, empty line, body. */
    public byte[] bytes() {
        return raw.clone();
    }

    public boolean isMultipart() {
        return mediaType().startsWith("multipart/");
    }

    /**
     * The parts of a multipart entity, each exactly as it appears between its boundary lines
     * (the CRLF before a boundary belongs to the boundary, RFC 2046 5.1.1).
     *
     * @throws IllegalArgumentException when the entity is not multipart or its boundary is not found
     */
    public List<MimeEntity> parts() {
        String boundary = typeParameter("boundary")
                .orElseThrow(() -> new IllegalArgumentException("multipart entity without boundary"));
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<MimeEntity> parts = new ArrayList<>();
        int position = indexOf(body, delimiter, 0, true);
        while (position >= 0) {
            int lineEnd = lineEnd(body, position + delimiter.length);
            if (startsWith(body, position + delimiter.length, "--".getBytes(StandardCharsets.ISO_8859_1))) {
                return parts;
            }
            if (lineEnd < 0) {
                break;
            }
            int next = indexOf(body, delimiter, lineEnd, true);
            if (next < 0) {
                break;
            }
            int partEnd = next;
            if (partEnd >= 2 && body[partEnd - 2] == '\r' && body[partEnd - 1] == '\n') {
                partEnd -= 2;
            } else if (partEnd >= 1 && body[partEnd - 1] == '\n') {
                partEnd -= 1;
            }
            parts.add(parse(java.util.Arrays.copyOfRange(body, lineEnd, Math.max(lineEnd, partEnd))));
            position = next;
        }
        throw new IllegalArgumentException("multipart entity without closing boundary");
    }

    /** Builds a multipart body with a fresh boundary; returns the entity with its Content-Type. */
    public static MimeEntity multipart(String mediaTypeWithParameters, List<byte[]> parts, Map<String, String> extraHeaders) {
        String boundary = "----=_entrepot_" + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + Long.toHexString(System.nanoTime());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            body.writeBytes(("--" + boundary).getBytes(StandardCharsets.US_ASCII));
            body.writeBytes(CRLF);
            body.writeBytes(part);
            body.writeBytes(CRLF);
        }
        body.writeBytes(("--" + boundary + "--").getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(CRLF);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", mediaTypeWithParameters + "; boundary=\"" + boundary + "\"");
        headers.putAll(extraHeaders);
        return of(headers, body.toByteArray());
    }

    private static int lineEnd(byte[] data, int from) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == '\n') {
                return i + 1;
            }
        }
        return -1;
    }

    // finds the delimiter at the start of a line
    private static int indexOf(byte[] data, byte[] pattern, int from, boolean atLineStart) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            if (atLineStart && i > 0 && data[i - 1] != '\n') {
                continue;
            }
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static boolean startsWith(byte[] data, int at, byte[] prefix) {
        if (at + prefix.length > data.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
