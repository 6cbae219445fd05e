package org.entrepot.sign;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * The algorithms a signature may use to be accepted. MD5 and SHA-1 are refused: a signer that
 * still uses them gets a clear rejection instead of a signature that collisions can forge.
 */
final class AlgorithmPolicy {

    private static final Map<ASN1ObjectIdentifier, String> DIGESTS = Map.of(
            NISTObjectIdentifiers.id_sha256, "SHA-256",
            NISTObjectIdentifiers.id_sha384, "SHA-384",
            NISTObjectIdentifiers.id_sha512, "SHA-512",
            NISTObjectIdentifiers.id_sha3_256, "SHA3-256",
            NISTObjectIdentifiers.id_sha3_384, "SHA3-384",
            NISTObjectIdentifiers.id_sha3_512, "SHA3-512");

    // bare key types (rsaEncryption, id-ecPublicKey) take their hash from the digest algorithm above
    private static final Set<ASN1ObjectIdentifier> SIGNATURES = Set.of(
            PKCSObjectIdentifiers.rsaEncryption,
            PKCSObjectIdentifiers.sha256WithRSAEncryption,
            PKCSObjectIdentifiers.sha384WithRSAEncryption,
            PKCSObjectIdentifiers.sha512WithRSAEncryption,
            PKCSObjectIdentifiers.id_RSASSA_PSS,
            X9ObjectIdentifiers.id_ecPublicKey,
            X9ObjectIdentifiers.ecdsa_with_SHA256,
            X9ObjectIdentifiers.ecdsa_with_SHA384,
            X9ObjectIdentifiers.ecdsa_with_SHA512,
            EdECObjectIdentifiers.id_Ed25519);

    private AlgorithmPolicy() {
    }

    /** The name of an accepted digest algorithm, or empty when it is not accepted. */
    static Optional<String> acceptedDigest(String oid) {
        return Optional.ofNullable(DIGESTS.get(new ASN1ObjectIdentifier(oid)));
    }

    static boolean acceptsSignature(String oid) {
        return SIGNATURES.contains(new ASN1ObjectIdentifier(oid));
    }
}
