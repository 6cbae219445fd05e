/**
 * RFC 3161 timestamps: {@link org.entrepot.sign.timestamp.TimestampClient} asks an authority
 * over HTTP and checks the answer against its request; {@link org.entrepot.sign.timestamp.TimestampCheck}
 * checks a token against the data it must cover and the authorities the gateway trusts (the
 * authority's certificate must carry the critical timeStamping extended key usage). Used by
 * XAdES B-T; usable for CMS signature timestamps too.
 */
package org.entrepot.sign.timestamp;
