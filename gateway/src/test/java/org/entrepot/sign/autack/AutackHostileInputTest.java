package org.entrepot.sign.autack;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.entrepot.document.Outcome;
import org.entrepot.sign.DemoPki;
import org.entrepot.sign.SigningKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged interchanges get rejections, never exceptions, from both the writer and the verifier. */
class AutackHostileInputTest {

    @TempDir
    static Path pkiDirectory;
    private static DemoPki pki;
    private static SigningKey nordwind;

    @BeforeAll
    static void keys() {
        pki = DemoPki.ensure(pkiDirectory, List.of("nordwind"));
        nordwind = pki.partnerKey("nordwind").orElseThrow();
    }

    @Test
    void everyTruncationOfASecuredInterchangeIsRejectedNotThrown() {
        byte[] secured = new AutackWriter().secure(AutackTest.twoInvoices(), nordwind).value();
        AutackVerifier verifier = new AutackVerifier(List.of(nordwind.certificate()), pki.trustAnchors());
        for (int length = 0; length < secured.length - 20; length += 7) {
            byte[] truncated = Arrays.copyOf(secured, length);

            Outcome<VerifiedAutack> outcome = assertDoesNotThrow(() -> verifier.verify(truncated), "length " + length);

            assertFalse(outcome.isAccepted(), "accepted at length " + length);
        }
    }

    @Test
    void theWriterRefusesWhatIsNotAWholeInterchange() {
        for (String input : List.of("", "UNB'", "UNB+UNOC:3'UNZ'", "UNA:+.? 'UNB+UNOC:3+A+B+261120:0930+R'UNH+1+X'UNZ+1+R'",
                "garbage without any structure", "UNB+UNOC:3+A+B+1:1+R'UNG+X'UNH+1+X'UNT+2+1'UNE+1'UNZ+1+R'")) {
            Outcome<byte[]> outcome = assertDoesNotThrow(() -> new AutackWriter().secure(input.getBytes(StandardCharsets.ISO_8859_1), nordwind), input);

            assertFalse(outcome.isAccepted(), input);
        }
    }
}
