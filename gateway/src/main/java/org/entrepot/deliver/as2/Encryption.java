package org.entrepot.deliver.as2;

import java.util.Locale;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.cms.CMSAlgorithm;

/**
 * How an AS2 message is encrypted to the receiver's certificate, as the partner setting
 * {@code encrypt} names it. CBC goes in a CMS EnvelopedData; GCM, being authenticated
 * encryption, in an AuthEnvelopedData (RFC 5083/5084), which S/MIME labels
 * {@code smime-type=authEnveloped-data}.
 */
public enum Encryption {
    NONE("none", null, false),
    AES128_CBC("aes128-cbc", CMSAlgorithm.AES128_CBC, false),
    AES256_CBC("aes256-cbc", CMSAlgorithm.AES256_CBC, false),
    AES128_GCM("aes128-gcm", CMSAlgorithm.AES128_GCM, true),
    AES256_GCM("aes256-gcm", CMSAlgorithm.AES256_GCM, true);

    private final String setting;
    private final ASN1ObjectIdentifier algorithm;
    private final boolean authenticated;

    Encryption(String setting, ASN1ObjectIdentifier algorithm, boolean authenticated) {
        this.setting = setting;
        this.algorithm = algorithm;
        this.authenticated = authenticated;
    }

    /** The value of the {@code encrypt} setting. */
    public String setting() {
        return setting;
    }

    ASN1ObjectIdentifier algorithm() {
        return algorithm;
    }

    boolean authenticated() {
        return authenticated;
    }

    /** The encryption a setting value names; {@code true}/{@code false} are read as the default and none. */
    public static Optional<Encryption> named(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        if (text.equals("false")) {
            return Optional.of(NONE);
        }
        if (text.equals("true")) {
            return Optional.of(AES256_CBC);
        }
        for (Encryption encryption : values()) {
            if (encryption.setting.equals(text)) {
                return Optional.of(encryption);
            }
        }
        return Optional.empty();
    }
}
