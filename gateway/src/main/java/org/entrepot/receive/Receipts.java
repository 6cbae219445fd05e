package org.entrepot.receive;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entrepot.document.Rejection;
import org.entrepot.track.EventType;
import org.entrepot.track.TrackingEvent;
import org.entrepot.track.TrackingException;
import org.entrepot.track.TrackingStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tracking evidence of the receive step: a RECEIVED event once a document is safe on the
 * queue, a REJECTED event when a channel refuses one it had to take in (an inbox file that is
 * empty or too large).
 *
 * <p>The RECEIVED detail is a short line that starts with the channel and, for an authenticating
 * channel, the partner: {@code http from partner nordwind, 1834 bytes} or
 * {@code inbox, 1834 bytes, file "INV-0001.edi"}. The partner comes right after the channel,
 * before anything a sender chose, so {@link #sender} can read it back without a file name ever
 * being able to pose as a partner.
 */
public final class Receipts {

    private static final Logger LOG = LoggerFactory.getLogger(Receipts.class);
    private static final Pattern SENDER = Pattern.compile("^[a-z0-9-]+ from partner (" + ApiTokens.PARTNER_ID + "),");
    private static final int MAX_FILE_NAME_SHOWN = 200;

    private final TrackingStore tracking;
    private final Clock clock;

    /**
     * @param tracking where events go
     * @param clock dates the events
     */
    public Receipts(TrackingStore tracking, Clock clock) {
        this.tracking = tracking;
        this.clock = clock;
    }

    /**
     * Records that a document is safe on the queue. A tracking failure is logged, not thrown:
     * the document is already queued and will be processed, and failing here would make the
     * channel send it again as a second document.
     *
     * @param document the queued document
     */
    public void received(InboundDocument document) {
        try {
            tracking.record(new TrackingEvent(document.messageId(), null, EventType.RECEIVED, receivedAt(document),
                    detail(document)));
        } catch (TrackingException | IllegalStateException e) {
            LOG.error("document {} is queued but its RECEIVED event could not be recorded: {}",
                    document.messageId(), e.getMessage());
        }
    }

    /**
     * Records that a channel refused a document it had already taken in.
     *
     * @param messageId the id given to the refused document
     * @param rejections why
     */
    public void refused(String messageId, List<Rejection> rejections) {
        tracking.record(TrackingEvent.rejected(messageId, null, clock.instant(), rejections));
    }

    /**
     * The partner an authenticating channel received a document from.
     *
     * @param messageId the gateway's id of the document
     * @return the partner, or empty if the document is unknown or came over a channel without
     *     authentication
     */
    public Optional<String> sender(String messageId) {
        return tracking.history(messageId).stream()
                .filter(event -> event.messageId().equals(messageId) && event.type() == EventType.RECEIVED)
                .map(event -> SENDER.matcher(event.detail()))
                .filter(Matcher::find)
                .map(found -> found.group(1))
                .findFirst();
    }

    // Dated when the channel took the document, not when the queue confirmed it: a consumer may
    // already be recording the next steps by then, and the story must still start with RECEIVED.
    private Instant receivedAt(InboundDocument document) {
        String taken = document.metadata(InboundDocument.RECEIVED_AT);
        if (taken != null) {
            try {
                return Instant.parse(taken);
            } catch (DateTimeParseException e) {
                LOG.warn("document {} has an unreadable receive time {}", document.messageId(), taken);
            }
        }
        return clock.instant();
    }

    static String detail(InboundDocument document) {
        StringBuilder detail = new StringBuilder(String.valueOf(document.metadata(InboundDocument.CHANNEL)));
        String partner = document.metadata(InboundDocument.AUTHENTICATED_PARTNER);
        if (partner != null) {
            detail.append(" from partner ").append(partner);
        }
        detail.append(", ").append(document.content().length).append(" bytes");
        String fileName = document.metadata(InboundDocument.FILE_NAME);
        if (fileName != null) {
            detail.append(", file \"").append(shown(fileName)).append('"');
        }
        return detail.toString();
    }

    // a file name is the sender's text: one line, bounded, in an event meant to be read at a glance
    private static String shown(String fileName) {
        String line = fileName.replaceAll("\\p{Cntrl}", "?");
        return line.length() > MAX_FILE_NAME_SHOWN ? line.substring(0, MAX_FILE_NAME_SHOWN) + "…" : line;
    }
}
