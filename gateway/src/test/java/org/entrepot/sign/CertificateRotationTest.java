package org.entrepot.sign;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.entrepot.document.Reason.SIGNER_NOT_REGISTERED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.cms.CMSSignedData;
import org.entrepot.document.Outcome;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A certificate rotation in both directions. A partner's old and new certificates overlap: in
 * the overlap both verify, after the old one's end date only the new one does. The gateway's own
 * signatures switch to the new key at the configured moment, judged by an injected clock.
 */
class CertificateRotationTest {

    private static final byte[] INVOICE = "UNH+1+INVOIC:D:96A:UN'BGM+380+INV-R1+9'UNT+3+1'".getBytes(UTF_8);
    private static final Instant NOW = TestAuthority.NOW;
    private static final Instant NEW_FROM = NOW.plus(Duration.ofDays(10));
    private static final Instant OLD_UNTIL = NOW.plus(Duration.ofDays(20));

    private final TestAuthority authority = TestAuthority.create("Rotation CA");
    private final SigningKey oldKey = authority.issue("acme-2025", "RSA", 2048, NOW.minus(Duration.ofDays(300)),
            NOW.plus(Duration.ofDays(60)));
    private final SigningKey newKey = authority.issue("acme-2026", "EC", 256, NOW.minus(Duration.ofDays(1)),
            NOW.plus(Duration.ofDays(400)));
    // the agreement: old until day 20, new from day 10, a ten-day overlap
    private final PartnerCertificates acme = PartnerCertificates.of("acme", List.of(
            new PartnerCertificates.Registered(oldKey.certificate(), null, OLD_UNTIL),
            new PartnerCertificates.Registered(newKey.certificate(), NEW_FROM, null)));
    private final VerificationRules rules = new VerificationRules(authority.anchors(), RevocationPolicy.NONE, acme);

    @TempDir
    Path pkiDir;

    @Test
    void duringTheOverlapBothThePartnersOldAndNewCertificatesVerify() {
        Instant inOverlap = NOW.plus(Duration.ofDays(15));

        assertTrue(signedAt(oldKey, inOverlap).isAccepted(), () -> signedAt(oldKey, inOverlap).toString());
        assertTrue(signedAt(newKey, inOverlap).isAccepted(), () -> signedAt(newKey, inOverlap).toString());
    }

    @Test
    void beforeTheOverlapOnlyTheOldCertificateVerifies() {
        Instant before = NOW.plus(Duration.ofDays(5));

        assertTrue(signedAt(oldKey, before).isAccepted());
        assertEquals(List.of(SIGNER_NOT_REGISTERED), reasons(signedAt(newKey, before)));
    }

    @Test
    void afterTheOldCertificatesEndDateOnlyTheNewOneVerifies() {
        Instant after = NOW.plus(Duration.ofDays(25));

        Outcome<SignatureCheck> old = signedAt(oldKey, after);
        assertEquals(List.of(SIGNER_NOT_REGISTERED), reasons(old));
        assertTrue(old.rejections().get(0).message().contains("registered for partner acme"), old::toString);
        assertTrue(signedAt(newKey, after).isAccepted());
    }

    @Test
    void aCertificateThePartnerNeverRegisteredIsRefusedEvenFromATrustedCa() {
        SigningKey other = authority.issue("someone-else");

        assertEquals(List.of(SIGNER_NOT_REGISTERED), reasons(signedAt(other, NOW)));
    }

    @Test
    void theGatewaySignsWithTheNewKeyFromTheConfiguredMomentOn() throws Exception {
        SigningKey gatewayOld = authority.issue("gateway-old");
        SigningKey gatewayNew = authority.issue("gateway-new");
        Instant switchAt = NOW.plus(Duration.ofDays(3));
        MovableClock clock = new MovableClock(NOW);
        OutboundSigner outbound = new OutboundSigner(new CmsSigner(clock), GatewayKeys.of(List.of(
                new GatewayKeys.Scheduled(gatewayOld, NOW.minus(Duration.ofDays(1))),
                new GatewayKeys.Scheduled(gatewayNew, switchAt))), clock);

        assertEquals(gatewayOld.certificate(), signerOf(outbound.sign(INVOICE, true).signature()));
        clock.set(switchAt.minusSeconds(1));
        assertEquals(gatewayOld.certificate(), signerOf(outbound.sign(INVOICE, true).signature()));
        clock.set(switchAt);
        assertEquals(gatewayNew.certificate(), signerOf(outbound.sign(INVOICE, true).signature()));
        assertEquals(gatewayNew.certificate(), signerOf(outbound.sign(INVOICE, false).signature()));
    }

    @Test
    void aRotatedDemoGatewayKeyTakesOverOnItsDate() throws Exception {
        DemoPki.ensure(pkiDir, List.of());
        Instant switchAt = Instant.now().plus(Duration.ofDays(7)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        SigningKey rotated = DemoPki.rotateGateway(pkiDir, switchAt);

        GatewayKeys keys = DemoPki.gatewayKeys(pkiDir, List.of());

        assertEquals(2, keys.scheduled().size());
        assertEquals(switchAt, keys.scheduled().get(1).activeFrom());
        SigningKey before = keys.at(switchAt.minusSeconds(1));
        assertNotEquals(rotated.certificate(), before.certificate());
        assertEquals(rotated.certificate(), keys.at(switchAt).certificate());
    }

    private Outcome<SignatureCheck> signedAt(SigningKey key, Instant at) {
        byte[] signature = new CmsSigner(new MovableClock(at)).signDetached(INVOICE, key);
        return new CmsVerifier(new MovableClock(at.plusSeconds(60))).verifyDetached(INVOICE, signature, rules);
    }

    private static java.security.cert.X509Certificate signerOf(byte[] signature) throws Exception {
        CMSSignedData data = new CMSSignedData(signature);
        @SuppressWarnings("unchecked")
        org.bouncycastle.util.Store<org.bouncycastle.cert.X509CertificateHolder> store = data.getCertificates();
        org.bouncycastle.cert.X509CertificateHolder holder = (org.bouncycastle.cert.X509CertificateHolder) store.getMatches(
                data.getSignerInfos().getSigners().iterator().next().getSID()).iterator().next();
        return new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter().getCertificate(holder);
    }

    private static List<Reason> reasons(Outcome<?> outcome) {
        return outcome.rejections().stream().map(Rejection::reason).distinct().toList();
    }
}
