package org.entrepot.translate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.entrepot.check.InterchangeCheck;
import org.entrepot.check.directory.MessageSchemas;
import org.entrepot.document.Outcome;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.entrepot.identify.Identification;
import org.entrepot.identify.Identifier;
import org.entrepot.partner.PartnerDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One message of every EDIFACT family, broken four ways, as the gateway meets it (identify, check,
 * translate): each is refused with the standard's problem as a coded reason at the segment that
 * shows it, never translated.
 */
class EveryFamilyRefusesBrokenMessagesTest {

    private static MappingCatalog mappings;
    private static Identifier identifier;
    private static InterchangeCheck check;

    @BeforeAll
    static void load() {
        mappings = Samples.mappings();
        identifier = new Identifier(PartnerDirectory.load(Samples.repository().resolve("samples/partners.yaml")));
        check = new InterchangeCheck(Translator.transactionSchemas(new MessageSchemas()));
    }

    @AfterAll
    static void close() {
        mappings.close();
    }

    static Stream<String> samples() {
        return Stream.of("orders/globex-nordwind-orders-d96a.edi", "invoices/nordwind-globex-invoic-d96a.edi",
                "despatch/nordwind-globex-desadv-d96a.edi", "shipping/nordwind-baltica-iftmin-d96a.edi",
                "customs/hanse-zoll-cusdec-d96a.edi", "payments/nordwind-elbufer-paymul-d96a.edi");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void anUnknownMessageTypeIsRefusedAtItsHeader(String sample) {
        String type = text(sample).substring(text(sample).indexOf("UNH+1+") + 6, text(sample).indexOf("UNH+1+") + 12);
        assertRefused(sample, text(sample).replaceAll("(UNH\\+[^+']+\\+)" + type, "$1DELFOR"), Reason.UNKNOWN_DOCUMENT_TYPE, "UNH");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aDirectoryWithoutAMappingIsRefusedAtTheMessageHeader(String sample) {
        assertRefused(sample, text(sample).replace("D:96A", "D:93A"), Reason.NO_MAPPING, "UNH");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aMissingMandatoryBgmIsRefusedWhereItShouldBe(String sample) {
        String text = text(sample);
        int bgm = text.indexOf("BGM+");
        String broken = text.substring(0, bgm) + text.substring(text.indexOf('\'', bgm) + 1).stripLeading();
        assertRefused(sample, broken, Reason.MISSING_SEGMENT, null);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aRepeatedBgmIsRefusedAtTheRepetition(String sample) {
        String text = text(sample);
        int bgm = text.indexOf("BGM+");
        String segment = text.substring(bgm, text.indexOf('\'', bgm) + 1);
        assertRefused(sample, text.replace(segment, segment + segment), Reason.SEGMENT_REPEATED_TOO_OFTEN, "BGM");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aDocumentNumberLongerThan35CharactersIsRefusedAtItsElement(String sample) {
        String text = text(sample);
        int bgm = text.indexOf("BGM+");
        int number = text.indexOf('+', bgm + 4) + 1;
        String broken = text.substring(0, number) + "X".repeat(40) + text.substring(number);
        assertRefused(sample, broken, Reason.ELEMENT_TOO_LONG, "BGM");
    }

    private static void assertRefused(String sample, String broken, Reason reason, String segmentTag) {
        List<Rejection> found = refusals(broken.getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(found.stream().anyMatch(r -> r.reason() == reason && r.position().segment() > 0
                        && (segmentTag == null || segmentTag.equals(r.position().segmentTag()))),
                sample + ": expected " + reason + (segmentTag == null ? "" : " at " + segmentTag) + ", got " + found);
    }

    /** What the gateway says of the bytes: the first stage that refuses them. */
    private static List<Rejection> refusals(byte[] bytes) {
        Outcome<Identification> identified = identifier.identify(bytes);
        if (!identified.isAccepted()) {
            return identified.rejections();
        }
        List<Rejection> problems = check.check(bytes, identified.value().envelope());
        if (!problems.isEmpty()) {
            return problems;
        }
        Outcome<List<TranslatedDocument>> translated = new Translator(mappings).translate(bytes, Format.XML);
        return translated.isAccepted() ? new ArrayList<>() : translated.rejections();
    }

    private static String text(String sample) {
        return new String(Samples.read(sample), StandardCharsets.ISO_8859_1);
    }
}
