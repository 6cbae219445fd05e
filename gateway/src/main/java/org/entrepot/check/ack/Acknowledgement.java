package org.entrepot.check.ack;

import java.nio.charset.Charset;

/**
 * An acknowledgement ready to send: which kind, the control reference it was numbered with (so
 * the partner's answer, or its absence, can be matched to it), and the interchange text.
 *
 * @param type             CONTRL, TA1, 997 or 999
 * @param controlReference UNB 0020 or ISA13 as written
 * @param text             the whole interchange, UNA/UNB..UNZ or ISA..IEA
 * @param charset          how to encode the text: the original interchange's character set
 */
public record Acknowledgement(AckType type, String controlReference, String text, Charset charset) {

    public byte[] bytes() {
        return text.getBytes(charset);
    }
}
