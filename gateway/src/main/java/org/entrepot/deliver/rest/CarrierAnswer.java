package org.entrepot.deliver.rest;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilder;
import org.entrepot.deliver.DeliveryFailure;
import org.entrepot.deliver.Transmission;
import org.entrepot.document.HardenedXml;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What a carrier's HTTP answer means for the delivery: 2xx delivered, with the carrier's own
 * reference for the document when the body names one; 408, 429 and 5xx a refusal that may pass
 * (busy, restarting); any other status a refusal with the carrier's reason. The body is kept as
 * evidence either way.
 *
 * <p>The carrier's reference is the first of {@link #REFERENCE_NAMES} found as a top-level field
 * of a JSON answer or as an element of an XML answer (DCSA answers a shipping instruction with
 * {@code shippingInstructionReference}, a booking with {@code carrierBookingRequestReference}).
 */
final class CarrierAnswer {

    static final List<String> REFERENCE_NAMES = List.of("shippingInstructionReference",
            "carrierBookingRequestReference", "carrierBookingReference", "reference");
    static final List<String> REASON_NAMES = List.of("message", "reason", "detail", "title", "error");
    private static final int MAX_TEXT = 300;

    private CarrierAnswer() {
    }

    /**
     * @param where  method and URL, for the detail line
     * @param status the HTTP status
     * @param contentType the answer's media type, or null
     * @param body   the answer as read (possibly cut)
     */
    static Transmission judge(String where, int status, String contentType, BoundedBody.Read body)
            throws DeliveryFailure {
        Transmission.Evidence evidence = new Transmission.Evidence("rest-response", extension(contentType),
                body.bytes());
        if (status >= 200 && status < 300) {
            String detail = "rest " + where + " → " + status
                    + field(contentType, body.bytes(), REFERENCE_NAMES).map(ref -> ", carrier reference " + ref).orElse("");
            return new Transmission(Transmission.Status.DELIVERED, detail,
                    body.bytes().length == 0 ? List.of() : List.of(evidence));
        }
        String reason = field(contentType, body.bytes(), REASON_NAMES).orElseGet(() -> plainText(body.bytes()));
        String message = "rest " + where + " → " + status + (reason.isEmpty() ? "" : ": " + reason);
        if (status == 408) {
            throw new DeliveryFailure(DeliveryFailure.Kind.TIMEOUT, message + " (the carrier timed out; tried again)",
                    evidence, null);
        }
        if (status == 429 || status >= 500) {
            throw new DeliveryFailure(DeliveryFailure.Kind.REFUSED, message + " (temporary; tried again)", evidence, null);
        }
        throw new DeliveryFailure(DeliveryFailure.Kind.REFUSED, message, evidence, null);
    }

    /** The first of {@code names} in a JSON or XML body, as plain text cut to a line. */
    static Optional<String> field(String contentType, byte[] body, List<String> names) {
        if (body.length == 0 || contentType == null) {
            return Optional.empty();
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        if (type.contains("json")) {
            return jsonField(body, names);
        }
        if (type.contains("xml")) {
            return xmlElement(body, names);
        }
        return Optional.empty();
    }

    private static Optional<String> jsonField(byte[] body, List<String> names) {
        try {
            JsonObject json = new JsonObject(new String(body, StandardCharsets.UTF_8));
            for (String name : names) {
                Object value = json.getValue(name);
                if (value instanceof String || value instanceof Number) {
                    return Optional.of(line(value.toString()));
                }
            }
        } catch (DecodeException | ClassCastException e) {
            // not a JSON object: no reference to report
        }
        return Optional.empty();
    }

    private static Optional<String> xmlElement(byte[] body, List<String> names) {
        try {
            DocumentBuilder builder = HardenedXml.documentBuilders().newDocumentBuilder();
            builder.setErrorHandler(null);
            Element root = builder.parse(new ByteArrayInputStream(body)).getDocumentElement();
            for (String name : names) {
                Optional<String> found = find(root, name);
                if (found.isPresent()) {
                    return found;
                }
            }
        } catch (Exception e) {
            // not XML we can read (or a DTD, which hardened parsers refuse): no reference to report
        }
        return Optional.empty();
    }

    private static Optional<String> find(Element element, String name) {
        if (name.equalsIgnoreCase(element.getLocalName() == null ? element.getTagName() : element.getLocalName())) {
            String text = element.getTextContent().strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(line(text));
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                Optional<String> found = find(childElement, name);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static String plainText(byte[] body) {
        return line(new String(body, 0, Math.min(body.length, MAX_TEXT), StandardCharsets.UTF_8));
    }

    /** One printable line: the carrier's text goes into tracking and logs, never control characters. */
    static String line(String text) {
        String printable = text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
        return printable.length() > MAX_TEXT ? printable.substring(0, MAX_TEXT) + "…" : printable;
    }

    private static String extension(String contentType) {
        if (contentType == null) {
            return "bin";
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.contains("json") ? "json" : type.contains("xml") ? "xml" : type.startsWith("text/") ? "txt" : "bin";
    }
}
