package org.entrepot.sign;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The one Bouncy Castle provider instance this package passes to JCA and BC builders. It is
 * never registered with {@code Security.addProvider}: a global registration would change
 * algorithm lookup for every other library in the JVM (Camel, Artemis, CXF).
 */
final class CryptoProvider {

    // creating the provider loads hundreds of algorithm mappings; do it once
    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private CryptoProvider() {
    }

    static Provider bouncyCastle() {
        return BOUNCY_CASTLE;
    }
}
