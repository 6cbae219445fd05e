package org.entrepot.deliver;

import java.nio.file.Path;
import java.util.List;
import org.entrepot.receive.InboundDocument;
import org.entrepot.track.Archive;

/**
 * Sends an acknowledgement back to the partner who sent a document, over the channel the
 * document came in on: a document dropped into the inbox is answered in the sender's pickup
 * folder ({@code <outbox>/<sender>/acknowledgements/}); a document posted over HTTP is answered
 * where the sender already looks for its status ({@code GET /api/v1/documents/{id}/acknowledgements}).
 * Either way the acknowledgement is archived with the document's evidence first, so what was
 * answered can always be shown.
 */
public final class ReplyDelivery {

    /** Folder inside a partner's outbox folder that holds the acknowledgements it is sent. */
    public static final String FOLDER = "acknowledgements";
    /** Archive step names start with this; the HTTP channel serves them from the archive. */
    public static final String ARCHIVE_STEP = "acknowledgement-";

    private final OutboxDelivery outbox;
    private final Archive archive;

    public ReplyDelivery(OutboxDelivery outbox, Archive archive) {
        this.outbox = outbox;
        this.archive = archive;
    }

    /**
     * Sends one acknowledgement.
     *
     * @param document  the document being answered
     * @param senderId  the partner who sent it (and gets the answer)
     * @param type      CONTRL, 997, 999, TA1, APERAK
     * @param content   the acknowledgement's bytes
     * @param extension file extension (edi, x12)
     * @return where it went, for the tracking event
     */
    public String reply(InboundDocument document, String senderId, String type, byte[] content, String extension) {
        String step = ARCHIVE_STEP + type.toLowerCase(java.util.Locale.ROOT);
        archive.store(document.messageId(), step, content, extension);
        if ("http".equals(document.metadata(InboundDocument.CHANNEL))) {
            return "http GET /api/v1/documents/" + document.messageId() + "/acknowledgements";
        }
        String name = document.messageId() + "-" + type.toLowerCase(java.util.Locale.ROOT) + "." + extension;
        List<Path> written = outbox.deliverReply(senderId, FOLDER, name, content);
        return "directory " + senderId + "/" + FOLDER + "/" + written.get(0).getFileName();
    }
}
