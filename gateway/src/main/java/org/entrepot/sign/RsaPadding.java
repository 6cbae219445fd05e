package org.entrepot.sign;

/**
 * How an RSA key signs. PKCS#1 v1.5 is what every CMS implementation reads; PSS has a security
 * proof and is what newer agreements ask for. Keys of other types ignore the choice.
 */
public enum RsaPadding {
    PKCS1_V1_5,
    PSS
}
