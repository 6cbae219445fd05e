package org.entrepot.sign.autack;

import java.util.Map;

/**
 * The code values our AUTACK messages carry (ISO 9735-6). Where the 2002 code lists name no
 * value for today's algorithms (SHA-256, ECDSA), the values here are bilateral: both partners
 * agree them in their agreement, which is what EDIFACT's security parts expect for algorithms
 * outside the list. The message layout is described in this package's documentation.
 */
final class AutackCodes {

    /** AUTACK message identifier: type, version 4, release 1, agency UN. */
    static final String MESSAGE_TYPE = "AUTACK";
    static final String MESSAGE_VERSION = "4";
    static final String MESSAGE_RELEASE = "1";
    static final String AGENCY = "UN";

    /** 0501 security service: non-repudiation of origin. */
    static final String NON_REPUDIATION_OF_ORIGIN = "1";
    /** 0541 scope: the referenced messages as a whole. */
    static final String SCOPE_REFERENCED_MESSAGES = "3";
    /** 0503 response type: no acknowledgement required. */
    static final String NO_ACKNOWLEDGEMENT = "1";
    /** 0505 filter function: hexadecimal, so binary values fit the UNOA repertoire. */
    static final String HEXADECIMAL_FILTER = "2";
    /** 0509 role of the security provider: issuer. */
    static final String ISSUER = "1";
    /** 0517 date and time qualifier: security timestamp. */
    static final String SECURITY_TIMESTAMP = "1";
    /** 0523 use of algorithm. */
    static final String OWNER_HASHING = "1";
    static final String OWNER_SIGNING = "6";
    /** 0577 security party qualifier: the certificate owner, named by its SHA-256 fingerprint. */
    static final String CERTIFICATE_OWNER = "3";
    /** 0563 validation value qualifier: the hash or signature value itself. */
    static final String VALUE = "1";

    /** 0527 algorithm codes (bilateral) and their JCA names. */
    static final String SHA_256 = "H01";
    static final Map<String, String> HASHES = Map.of(SHA_256, "SHA-256");
    static final String RSA_SHA_256 = "S01";
    static final String ECDSA_SHA_256 = "S02";
    static final Map<String, String> SIGNATURES = Map.of(RSA_SHA_256, "SHA256withRSA", ECDSA_SHA_256, "SHA256withECDSA");

    /** 0560 holds at most 512 characters: 256 bytes in hexadecimal. */
    static final int VALUE_CHARACTERS = 512;

    private AutackCodes() {
    }
}
