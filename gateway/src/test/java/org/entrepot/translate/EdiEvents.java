package org.entrepot.translate;

import org.entrepot.translate.edi.EdiMessageCursor;
import org.entrepot.translate.edi.EdiNode;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Replays the gateway's message model as SAX events (a segment an element, its data elements
 * attributes, groups as enclosing elements), for the test-side fact extractors, which read an
 * interchange independently of the mapping templates.
 */
final class EdiEvents {

    private static final AttributesImpl NONE = new AttributesImpl();

    private EdiEvents() {
    }

    /** Reads every message of the cursor and sends each to the handler. */
    static void replayAll(EdiMessageCursor cursor, ContentHandler handler) throws SAXException {
        while (replayNext(cursor, handler)) {
            // one document per message
        }
    }

    /** Reads the next message, if there is one, and sends it to the handler as one document. */
    static boolean replayNext(EdiMessageCursor cursor, ContentHandler handler) throws SAXException {
        if (cursor.nextMessage().isEmpty()) {
            return false;
        }
        handler.startDocument();
        replay(cursor.readMessage(), handler);
        handler.endDocument();
        return true;
    }

    private static void replay(EdiNode node, ContentHandler handler) throws SAXException {
        if (node instanceof EdiNode.Segment segment) {
            AttributesImpl attributes = new AttributesImpl();
            for (String key : segment.keys()) {
                attributes.addAttribute("", key, key, "CDATA", segment.value(key));
            }
            handler.startElement("", segment.name(), segment.name(), attributes);
            handler.endElement("", segment.name(), segment.name());
        } else if (node instanceof EdiNode.Group group) {
            handler.startElement("", group.name(), group.name(), NONE);
            for (EdiNode child : group.children()) {
                replay(child, handler);
            }
            handler.endElement("", group.name(), group.name());
        }
    }
}
