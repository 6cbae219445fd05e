package org.entrepot.identify;

import org.entrepot.document.Outcome;

/**
 * Reads the envelope of one syntax. Implementations never throw for a bad document: any input,
 * however hostile, yields an accepted envelope or coded rejections with positions.
 */
public interface EnvelopeReader {

    Outcome<Envelope> read(byte[] document);
}
