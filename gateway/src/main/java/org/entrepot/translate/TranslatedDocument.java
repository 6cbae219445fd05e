package org.entrepot.translate;

/**
 * One document a translation produced.
 *
 * @param format          what it is written in
 * @param messageType     its message type (INVOIC, 810, Invoice)
 * @param content         the bytes to sign and send, in the format's own encoding
 * @param mappingId       the mapping (or chain of mappings, joined by {@code +}) that wrote it
 * @param sourceReference the source message's reference (UNH 0062, ST02 or the XML document id)
 */
public record TranslatedDocument(Format format, String messageType, byte[] content, String mappingId,
                                 String sourceReference) {
}
