package org.entrepot.sign.autack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.security.MessageDigest;
import org.entrepot.document.Outcome;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.entrepot.sign.DemoPki;
import org.entrepot.sign.SigningKey;
import org.entrepot.sign.timestamp.TestCa;
import org.entrepot.translate.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nordwind secures the invoices of an interchange with an AUTACK; Globex verifies it. Every
 * tampering is caught with its own reason at the segment concerned.
 */
class AutackTest {

    private static final Charset LATIN_1 = StandardCharsets.ISO_8859_1;

    @TempDir
    static Path pkiDirectory;
    @TempDir
    static Path strangerDirectory;
    private static DemoPki pki;
    private static SigningKey nordwind;
    private static SigningKey impostor;

    @BeforeAll
    static void keys() {
        pki = DemoPki.ensure(pkiDirectory, List.of("nordwind"));
        nordwind = pki.partnerKey("nordwind").orElseThrow();
        impostor = DemoPki.ensure(strangerDirectory, List.of("nordwind")).partnerKey("nordwind").orElseThrow();
    }

    @Test
    void twoInvoicesSecuredByAnAutackInTheSameInterchangeVerifyMessageByMessage() {
        byte[] interchange = twoInvoices();

        byte[] secured = new AutackWriter().secure(interchange, nordwind).value();

        VerifiedAutack verified = verifier().verify(secured).value();
        assertEquals(List.of("1", "2"), verified.securedReferences());
        assertEquals(nordwind.certificate(), verified.signer());
        String text = new String(secured, LATIN_1);
        int unz = new String(interchange, LATIN_1).lastIndexOf("UNZ+");
        assertArrayEquals(Arrays.copyOf(interchange, unz), Arrays.copyOf(secured, unz), "the invoices are sent as they were");
        assertTrue(text.contains("UNH+AUT3+AUTACK:4:1:UN'"), text);
        assertTrue(text.contains("USX+NW000417++++++1+INVOIC:D:96A:UN:EAN008'"), text);
        assertTrue(text.endsWith("UNZ+3+NW000417'\n") || text.endsWith("UNZ+3+NW000417'"), text);
    }

    @Test
    void anInvoiceAlteredAfterSecuringIsRejectedAsAHashMismatchAtItsUsy() {
        byte[] secured = new AutackWriter().secure(twoInvoices(), nordwind).value();
        byte[] altered = replaceFirst(secured, "INV-2026-0417", "INV-2026-0418");

        Outcome<VerifiedAutack> outcome = verifier().verify(altered);

        Rejection rejection = only(Reason.AUTACK_HASH_MISMATCH, outcome);
        assertEquals("USY", rejection.position().segmentTag());
        assertTrue(rejection.message().contains("message '1'"), rejection.message());
    }

    @Test
    void aHashRecomputedByWhoeverAlteredTheInvoiceBreaksTheSignature() {
        byte[] secured = new AutackWriter().secure(twoInvoices(), nordwind).value();
        String text = new String(secured, LATIN_1);
        String original = hash(text.substring(text.indexOf("UNH+1+"), text.indexOf("UNH+2+")).stripTrailing());
        String altered = text.replaceFirst("INV-2026-0417", "INV-2026-0418");
        String forgedHash = hash(altered.substring(altered.indexOf("UNH+1+"), altered.indexOf("UNH+2+")).stripTrailing());
        byte[] forged = altered.replace(original, forgedHash).getBytes(LATIN_1);

        Rejection rejection = only(Reason.AUTACK_SIGNATURE_INVALID, verifier().verify(forged));

        assertEquals("USR", rejection.position().segmentTag());
    }

    @Test
    void anAutackSignedWithAKeyFromAnotherAuthorityIsNotTrusted() {
        byte[] secured = new AutackWriter().secure(twoInvoices(), impostor).value();
        AutackVerifier knowsTheKeyButNotItsAuthority = new AutackVerifier(List.of(impostor.certificate()), pki.trustAnchors());

        only(Reason.SIGNER_NOT_TRUSTED, knowsTheKeyButNotItsAuthority.verify(secured));
    }

    @Test
    void aMessageSlippedInAfterSecuringIsRejectedAsNotSecured() {
        byte[] secured = new AutackWriter().secure(oneInvoice(), nordwind).value();
        String text = new String(secured, LATIN_1);
        String message = text.substring(text.indexOf("UNH+1+"), text.indexOf("UNH+AUT"));
        byte[] smuggled = text.replace("UNH+AUT", message.replace("UNH+1+", "UNH+9+").replaceFirst("UNT\\+(\\d+)\\+1'", "UNT+$1+9'")
                + "UNH+AUT").getBytes(LATIN_1);

        Rejection rejection = only(Reason.AUTACK_INVALID, verifier().verify(smuggled));

        assertTrue(rejection.message().contains("message '9' is not secured"), rejection.message());
    }

    @Test
    void anInterchangeWithItsOwnServiceCharactersAndNoLineBreaksGetsAnAutackWrittenTheSameWay() {
        String interchange = "UNA|*.\\ ~UNB*UNOC|3*NORD\\*WIND|ZZZ*GLOBEX|ZZZ*261120|0930*REF9~"
                + "UNH*7*INVOIC|D|96A|UN~BGM*380*INV\\~1*9~UNT*3*7~UNZ*1*REF9~";

        byte[] secured = new AutackWriter().secure(interchange.getBytes(LATIN_1), nordwind).value();

        String text = new String(secured, LATIN_1);
        assertTrue(text.contains("~USB*1*1|") && text.contains("*NORD\\*WIND|ZZZ*GLOBEX|ZZZ~"), text);
        assertTrue(text.contains("~USX*REF9******7*INVOIC|D|96A|UN~"), text);
        assertTrue(text.endsWith("~UNZ*2*REF9~"), text);
        assertEquals(List.of("7"), verifier().verify(secured).value().securedReferences());
    }

    @Test
    void anEcKeySignsTheAutackWithEcdsa() {
        TestCa ca = TestCa.create("EDI EC CA");
        SigningKey ec = ca.signer("nordwind-ec", "EC");

        byte[] secured = new AutackWriter().secure(twoInvoices(), ec).value();

        assertTrue(new String(secured, LATIN_1).contains("USA+6:::S02'"));
        assertEquals(ec.certificate(), new AutackVerifier(List.of(ec.certificate()), ca.anchors()).verify(secured).value().signer());
    }

    @Test
    void anInterchangeWithoutAutackIsRejectedWhenOneIsExpected() {
        only(Reason.AUTACK_INVALID, verifier().verify(oneInvoice()));
    }

    private static AutackVerifier verifier() {
        return new AutackVerifier(List.of(nordwind.certificate()), pki.trustAnchors());
    }

    private static Rejection only(Reason expected, Outcome<?> outcome) {
        assertEquals(List.of(expected), outcome.rejections().stream().map(Rejection::reason).toList(),
                outcome.rejections().toString());
        return outcome.rejections().get(0);
    }

    static byte[] oneInvoice() {
        return Samples.read("invoices/nordwind-globex-invoic-d96a.edi");
    }

    /** The sample interchange with its invoice twice, the second as message 2. */
    static byte[] twoInvoices() {
        String text = new String(oneInvoice(), LATIN_1);
        int start = text.indexOf("UNH+1+");
        int unz = text.indexOf("UNZ+");
        String message = text.substring(start, unz);
        String second = message.replace("UNH+1+", "UNH+2+").replaceFirst("UNT\\+(\\d+)\\+1'", "UNT+$1+2'");
        return (text.substring(0, unz) + second + text.substring(unz).replace("UNZ+1+", "UNZ+2+")).getBytes(LATIN_1);
    }

    private static byte[] replaceFirst(byte[] data, String from, String to) {
        return new String(data, LATIN_1).replaceFirst(from, to).getBytes(LATIN_1);
    }

    private static String hash(String message) {
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(message.getBytes(LATIN_1)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
