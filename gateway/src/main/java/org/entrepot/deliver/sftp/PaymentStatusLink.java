package org.entrepot.deliver.sftp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import org.entrepot.document.HardenedXml;
import org.entrepot.track.TrackingEvent;
import org.entrepot.track.EventType;
import org.entrepot.track.TrackingStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Ties a bank's pain.002 status report to the pain.001 it answers, in tracking: when a pain.001
 * is uploaded, its {@code GrpHdr/MsgId} is registered under the bank with the gateway's id of
 * the document it came from; when the same bank's pain.002 names it in
 * {@code OrgnlGrpInfAndSts/OrgnlMsgId}, an {@link EventType#ACK_RECEIVED} event with the bank's
 * status joins that document's story. Only the bank the payment order went to can answer it.
 *
 * <p>The register is a folder of small files ({@code <data>/sftp/payments/<bank>/<sha-256 of
 * MsgId>}), so it survives restarts; a reference the register does not know is left alone (the
 * pain.002 still flows on as a document of its own).
 */
final class PaymentStatusLink {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentStatusLink.class);
    private static final String PAIN_001 = "pain.001";
    private static final String PAIN_002 = "pain.002";

    private final Path folder;
    private final TrackingStore tracking;
    private final Clock clock;

    PaymentStatusLink(Path dataDir, TrackingStore tracking, Clock clock) {
        this.folder = dataDir.resolve("sftp").resolve("payments");
        this.tracking = tracking;
        this.clock = clock;
    }

    /** Registers an uploaded pain.001; anything else is ignored. Never fails the delivery. */
    void sent(String bank, String messageId, byte[] content) {
        try {
            Optional<Document> pain = parse(content, PAIN_001);
            Optional<String> msgId = pain.flatMap(d -> text(d, "GrpHdr", "MsgId"));
            if (msgId.isPresent()) {
                Path entry = entry(bank, msgId.get());
                Files.createDirectories(entry.getParent());
                Files.writeString(entry, messageId, StandardCharsets.US_ASCII);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("pain.001 of {} for {} uploaded, but not registered for its status reports: {}",
                    messageId, bank, e.getMessage());
        }
    }

    /**
     * Links a pain.002 received from {@code bank} to the payment order it answers.
     *
     * @param receivedAs the gateway's id of the received pain.002
     * @return the id of the document that produced the answered pain.001, when known
     */
    Optional<String> answered(String bank, String receivedAs, byte[] content) {
        try {
            Optional<Document> report = parse(content, PAIN_002);
            if (report.isEmpty()) {
                return Optional.empty();
            }
            Optional<String> original = text(report.get(), "OrgnlGrpInfAndSts", "OrgnlMsgId");
            if (original.isEmpty()) {
                return Optional.empty();
            }
            Path entry = entry(bank, original.get());
            if (!Files.isRegularFile(entry)) {
                return Optional.empty();
            }
            String paymentOrder = Files.readString(entry, StandardCharsets.US_ASCII).strip();
            String reportId = "(pain.002 " + text(report.get(), "GrpHdr", "MsgId").orElse("?") + ",";
            if (tracking.history(paymentOrder).stream()
                    .anyMatch(e -> e.type() == EventType.ACK_RECEIVED && e.detail().contains(reportId))) {
                return Optional.of(paymentOrder); // the same report fetched again: its story has it already
            }
            String detail = "bank status " + statuses(report.get()) + " from " + bank + " for pain.001 "
                    + original.get() + " " + reportId + " received as " + receivedAs + ")";
            tracking.record(new TrackingEvent(paymentOrder, original.get(), EventType.ACK_RECEIVED, clock.instant(), detail));
            return Optional.of(paymentOrder);
        } catch (IOException | RuntimeException e) {
            LOG.warn("pain.002 {} from {} could not be linked to its payment order: {}", receivedAs, bank, e.getMessage());
            return Optional.empty();
        }
    }

    /** The group status, else the distinct payment statuses, e.g. {@code PART} or {@code RJCT/ACCP}. */
    private static String statuses(Document report) {
        Optional<String> group = text(report, "OrgnlGrpInfAndSts", "GrpSts");
        if (group.isPresent()) {
            return group.get();
        }
        Set<String> found = new LinkedHashSet<>();
        for (String name : new String[] {"PmtInfSts", "TxSts"}) {
            NodeList nodes = report.getElementsByTagNameNS("*", name);
            for (int i = 0; i < nodes.getLength(); i++) {
                found.add(nodes.item(i).getTextContent().strip());
            }
        }
        return found.isEmpty() ? "(no status)" : String.join("/", found);
    }

    private Path entry(String bank, String msgId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(msgId.getBytes(StandardCharsets.UTF_8));
            // the bank's id is a partner id ([a-z0-9-]), the reference only ever a hash: neither can climb out
            return folder.resolve(bank).resolve(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The document when it is an ISO 20022 message of {@code kind}; anything else (EDI, CMS, other XML) is empty. */
    private static Optional<Document> parse(byte[] content, String kind) {
        boolean bom = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
                && (content[2] & 0xff) == 0xbf;
        int start = bom ? 3 : 0;
        while (start < content.length && content[start] >= 0 && content[start] <= ' ') {
            start++;
        }
        if (start >= content.length || content[start] != '<') {
            return Optional.empty();
        }
        try {
            Document document = HardenedXml.documentBuilders().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(content));
            String namespace = document.getDocumentElement().getNamespaceURI();
            return namespace != null && namespace.contains(":" + kind + ".") ? Optional.of(document) : Optional.empty();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            return Optional.empty();
        }
    }

    /** The text of the first {@code child} inside the first {@code parent}, by local names. */
    private static Optional<String> text(Document document, String parent, String child) {
        NodeList parents = document.getElementsByTagNameNS("*", parent);
        if (parents.getLength() == 0) {
            return Optional.empty();
        }
        NodeList children = ((Element) parents.item(0)).getElementsByTagNameNS("*", child);
        if (children.getLength() == 0) {
            return Optional.empty();
        }
        String text = children.item(0).getTextContent().strip();
        return text.isEmpty() || text.length() > 35 ? Optional.empty() : Optional.of(text);
    }
}
