/**
 * EDIFACT in-band security with AUTACK (ISO 9735-6): an outbound interchange gets one more
 * message that secures the others ({@link org.entrepot.sign.autack.AutackWriter}); an inbound
 * one is checked message by message ({@link org.entrepot.sign.autack.AutackVerifier}).
 *
 * <h2>The AUTACK we write</h2>
 * <pre>
 * UNH+AUT3+AUTACK:4:1:UN'
 * USH+1+AUT3+3+1+2++1++++1:20261122:150208'       security header: non-repudiation of origin, reference AUT3,
 *                                                  hexadecimal filter, issuer, security date and time (UTC)
 * USA+1:::H01'                                     hashing algorithm (H01 = SHA-256)
 * USA+6:::S01'                                     signing algorithm (S01 = SHA256withRSA, S02 = SHA256withECDSA)
 * USC+AUT3+3::0FE731…4EAE'                         signer's certificate, by SHA-256 fingerprint
 * USB+1+1:20261122:150208+4012345000009:14+5012345000008:14'   binding: UNB's sender and recipient
 * USX+NW000417++++++1+INVOIC:D:96A:UN:EAN008'      secured message: UNB reference, UNH reference, type
 * USY+AUT3+1:BE8E…8396'                            its SHA-256 hash, hexadecimal
 * … one USX/USY pair per message …
 * UST+AUT3+11'                                     security trailer: segments USH to USR
 * USR+1:4DC5…'                                     signature, hexadecimal, split over two values if needed
 * UNT+13+AUT3'
 * UNZ+3+NW000417'                                  the message count includes the AUTACK
 * </pre>
 * A message's hash covers its bytes as transmitted, from the {@code U} of UNH to UNT's
 * terminator (line breaks between its segments included). The signature covers the bytes from
 * the {@code U} of USH to the last USY's terminator. The AUTACK is written with the
 * interchange's own service characters and segment separator; nothing before UNZ changes.
 *
 * <p>The 2002 code list 0527 has no value for SHA-256 or ECDSA; {@code H01}, {@code S01} and
 * {@code S02} are bilateral codes, to be named in the partners' agreement. Partners exchange
 * certificates out of band: the verifier is given the partner certificates it may accept and
 * the roots they must chain to.
 *
 * <h2>What the verifier refuses</h2>
 * {@code AUTACK_HASH_MISMATCH} (a message differs from its hash, at its USY),
 * {@code AUTACK_SIGNATURE_INVALID} (USR does not verify), {@code AUTACK_INVALID} (layout, a
 * message not secured or named twice, a reference to another interchange, no AUTACK),
 * {@code SIGNER_NOT_TRUSTED} (unknown certificate or no chain to a root) and the certificate
 * validity reasons. Interchanges with functional groups (UNG) are not handled yet.
 */
package org.entrepot.sign.autack;
