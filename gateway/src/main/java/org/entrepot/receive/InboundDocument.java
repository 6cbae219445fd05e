package org.entrepot.receive;

import java.util.Map;
import java.util.Objects;

/**
 * What every receiving channel turns its input into: the raw bytes exactly as received, a
 * gateway message id, and channel metadata (channel name, original file name, remote address,
 * authenticated partner…). Metadata values come from outside and are data, never paths or
 * headers.
 */
public record InboundDocument(String messageId, byte[] content, Map<String, String> metadata) {

    /** Metadata key: the channel that received the document ({@code inbox}, {@code http}). */
    public static final String CHANNEL = "channel";
    /** Metadata key: the file name the sender used, if any. */
    public static final String FILE_NAME = "fileName";
    /** Metadata key: the partner the channel authenticated, if it authenticates. */
    public static final String AUTHENTICATED_PARTNER = "authenticatedPartner";
    /** Metadata key: the remote address of a network channel. */
    public static final String REMOTE_ADDRESS = "remoteAddress";
    /** Metadata key: when the channel received the document, as an ISO-8601 instant. */
    public static final String RECEIVED_AT = "receivedAt";
    /** Metadata key: the media type the sender declared, if the channel has one. */
    public static final String CONTENT_TYPE = "contentType";
    /**
     * The id the channel itself gave the transmission (HTTP {@code Message-ID}, AS2 Message-ID):
     * a sender retrying a transmission sends the same one, so it identifies a resend even when the
     * document inside carries no control reference.
     */
    public static final String TRANSPORT_MESSAGE_ID = "transportMessageId";

    public InboundDocument {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(content, "content");
        metadata = Map.copyOf(metadata);
    }

    public String metadata(String key) {
        return metadata.get(key);
    }
}
