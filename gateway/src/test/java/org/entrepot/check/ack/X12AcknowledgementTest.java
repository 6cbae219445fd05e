package org.entrepot.check.ack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.entrepot.check.InterchangeCheck;
import org.entrepot.check.InterchangeReport;
import org.entrepot.check.directory.MessageSchemas;
import org.entrepot.document.Outcome;
import org.entrepot.identify.Envelope;
import org.entrepot.identify.X12EnvelopeReader;
import org.entrepot.translate.Samples;
import org.entrepot.translate.Translator;
import org.junit.jupiter.api.Test;

/**
 * The TA1, 997 and 999 a partner gets back for each rule its X12 interchange breaks, segment by
 * segment, with a fixed clock and control number. Positions in AK3/IK3 are counted from ST = 1
 * (in the Lakeside 810: BIG 2, the seller's N3 6, REF 8, the first SAC 25).
 */
class X12AcknowledgementTest {

    private static final String LAKESIDE_4010 = new String(Samples.read("invoices/lakeside-globex-810-4010.edi"),
            StandardCharsets.ISO_8859_1);
    private static final String LAKESIDE_5010 = resource("x12/005010/valid/810.edi");
    private static final InterchangeCheck CHECK = new InterchangeCheck(Translator.transactionSchemas(new MessageSchemas()));
    private static final Clock NOON = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);

    private static final String ISA_4010 = "ISA*00*          *00*          *01*211000002      *01*123456789      "
            + "*261122*1200*U*00401*000000042*0*P*>";
    private static final String ISA_5010 = "ISA*00*          *00*          *01*211000002      *01*123456789      "
            + "*261122*1200*^*00501*000000042*0*P*>";

    private static String resource(String name) {
        try (InputStream in = X12AcknowledgementTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Checked(Envelope envelope, InterchangeReport report) {
    }

    private static Checked checked(String interchange) {
        byte[] bytes = interchange.getBytes(StandardCharsets.ISO_8859_1);
        Outcome<Envelope> envelope = new X12EnvelopeReader().read(bytes);
        assertTrue(envelope.isAccepted(), envelope::toString);
        return new Checked(envelope.value(), CHECK.report(bytes, envelope.value()));
    }

    /** The acknowledgement the gateway chooses by default. */
    private static List<String> ack(String interchange) {
        Checked checked = checked(interchange);
        return segments(new Acknowledgements(NOON, () -> "42").write(checked.envelope(), checked.report()));
    }

    private static List<String> ack(AckType type, String interchange) {
        Checked checked = checked(interchange);
        return segments(new Acknowledgements(NOON, () -> "42").write(type, checked.envelope(), checked.report()));
    }

    private static List<String> segments(String text) {
        assertTrue(text.endsWith("~\n"), text);
        return List.of(text.split("~\n"));
    }

    /** A whole 997 interchange around the AK segments of one transaction set. */
    private static List<String> fa997(String... ak) {
        List<String> all = new ArrayList<>(List.of(ISA_4010,
                "GS*FA*211000002*123456789*20261122*1200*42*X*004010",
                "ST*997*0001"));
        all.addAll(List.of(ak));
        all.addAll(List.of("SE*" + (ak.length + 2) + "*0001", "GE*1*42", "IEA*1*000000042"));
        return all;
    }

    private static List<String> fa999(String... ak) {
        List<String> all = new ArrayList<>(List.of(ISA_5010,
                "GS*FA*211000002*123456789*20261122*1200*42*X*005010X231A1",
                "ST*999*0001*005010X231A1"));
        all.addAll(List.of(ak));
        all.addAll(List.of("SE*" + (ak.length + 2) + "*0001", "GE*1*42", "IEA*1*000000042"));
        return all;
    }

    private static List<String> ta1(String... ta1) {
        return List.of(ISA_4010, ta1[0], "IEA*0*000000042");
    }

    @Test
    void aValid4010InvoiceIsAcceptedWithA997() {
        assertTrue(checked(LAKESIDE_4010).report().accepted());
        assertEquals(fa997(
                "AK1*IN*1187",
                "AK2*810*0001",
                "AK5*A",
                "AK9*A*1*1*1"), ack(LAKESIDE_4010));
    }

    @Test
    void aWrongSeSegmentCountRejectsTheTransactionSetWithAk5Code4() {
        assertEquals(fa997(
                "AK1*IN*1187",
                "AK2*810*0001",
                "AK5*R*4",
                "AK9*R*1*1*0"), ack(LAKESIDE_4010.replace("SE*39*0001~", "SE*38*0001~")));
    }

    @Test
    void aWrongGeTransactionSetCountRejectsTheGroupWithAk9Code5() {
        assertEquals(fa997(
                "AK1*IN*1187",
                "AK2*810*0001",
                "AK5*A",
                "AK9*R*2*1*1*5"), ack(LAKESIDE_4010.replace("GE*1*1187~", "GE*2*1187~")),
                "the set is sound, the group around it is not: included 2 (as GE01 says), received 1, accepted 1");
    }

    @Test
    void aGeControlNumberThatIsNotTheGsControlNumberRejectsTheGroupWithAk9Code4() {
        assertEquals(fa997(
                "AK1*IN*1187",
                "AK2*810*0001",
                "AK5*A",
                "AK9*R*1*1*1*4"), ack(LAKESIDE_4010.replace("GE*1*1187~", "GE*1*1188~")));
    }

    @Test
    void aWrongIeaGroupCountBreaksTheEnvelopeAndEarnsATa1WithNote021() {
        String broken = LAKESIDE_4010.replace("IEA*1*000001187~", "IEA*2*000001187~");

        assertEquals(AckType.TA1, Acknowledgements.defaultFor(checked(broken).envelope(), checked(broken).report()));
        assertEquals(ta1("TA1*000001187*261120*0930*R*021"), ack(broken));
    }

    @Test
    void anIeaControlNumberThatIsNotTheIsaControlNumberEarnsATa1WithNote001() {
        assertEquals(ta1("TA1*000001187*261120*0930*R*001"),
                ack(LAKESIDE_4010.replace("IEA*1*000001187~", "IEA*1*000001188~")));
    }

    @Test
    void aFunctionalIdentifierOutsideItsListRejectsTheGroupWithAk9Code1() {
        assertEquals(fa997(
                "AK1*Q9*1187",
                "AK2*810*0001",
                "AK5*A",
                "AK9*R*1*1*1*1"), ack(LAKESIDE_4010.replace("GS*IN*", "GS*Q9*")), "GS01 (479) has no code Q9");
    }

    @Test
    void aSoundEnvelopeEarnsAnAcceptingTa1WhenOneIsAskedFor() {
        assertEquals(ta1("TA1*000001187*261120*0930*A*000"), ack(AckType.TA1, LAKESIDE_4010));
    }

    @Test
    void aMissingMandatorySegmentIsReportedInAk3WithCode3WhereItWasDue() {
        String withoutBig = LAKESIDE_4010.replace("BIG*20261120*LS-2026-1187*20261102*PO-77310~\n", "")
                .replace("SE*39*0001~", "SE*38*0001~");

        assertEquals(fa997(
                "AK1*IN*1187",
                "AK2*810*0001",
                "AK3*BIG*2**3",
                "AK5*R*5",
                "AK9*R*1*1*0"), ack(withoutBig), "NTE, now second in the set, is where BIG was due");
    }

    @Test
    void anElementLongerThanTheStandardAllowsIsReportedInAk4WithCode5() {
        String longAddress = LAKESIDE_4010.replace("N3*2200 W Fulton Market*", "N3*" + "X".repeat(56) + "*");

        assertEquals(fa997(
                "AK1*IN*1187",
                "AK2*810*0001",
                "AK3*N3*6**8",
                "AK4*1**5",
                "AK5*R*5",
                "AK9*R*1*1*0"), ack(longAddress), "N301 (166) is AN 1/55");
    }

    @Test
    void aCodeOutsideItsCodeListIsReportedInAk4WithCode7() {
        String unknownIndicator = LAKESIDE_4010.replace("SAC*A*C310***1000*", "SAC*Q*C310***1000*");

        assertEquals(fa997(
                "AK1*IN*1187",
                "AK2*810*0001",
                "AK3*SAC*25**8",
                "AK4*1**7",
                "AK5*R*5",
                "AK9*R*1*1*0"), ack(unknownIndicator), "SAC01 (248) is A, C or N");
    }

    @Test
    void aLetterInANumericElementIsReportedInAk4WithCode6() {
        assertEquals(fa997(
                "AK1*IN*1187",
                "AK2*810*0001",
                "AK3*IT1*19**8",
                "AK4*2**6",
                "AK5*R*5",
                "AK9*R*1*1*0"), ack(LAKESIDE_4010.replace("IT1*1*500*EA*", "IT1*1*5X0*EA*")));
    }

    @Test
    void oneBrokenSetOfTwoMakesTheGroupPartiallyAccepted() {
        String set = LAKESIDE_4010.substring(LAKESIDE_4010.indexOf("ST*810"), LAKESIDE_4010.indexOf("GE*"));
        String two = LAKESIDE_4010.replace("GE*1*1187~", set.replace("ST*810*0001~", "ST*810*0002~")
                .replace("SE*39*0001~", "SE*40*0002~") + "GE*2*1187~");

        assertEquals(fa997(
                "AK1*IN*1187",
                "AK2*810*0001",
                "AK5*A",
                "AK2*810*0002",
                "AK5*R*4",
                "AK9*P*2*2*1"), ack(two));
    }

    @Test
    void eachAcknowledgementTakesTheNextControlNumberFromTheCallersSequence() {
        AtomicLong sequence = new AtomicLong(41);
        Acknowledgements acks = new Acknowledgements(NOON, () -> Long.toString(sequence.incrementAndGet()));
        Checked checked = checked(LAKESIDE_4010);

        Acknowledgement first = acks.acknowledge(checked.envelope(), checked.report());
        Acknowledgement second = acks.acknowledge(AckType.TA1, checked.envelope(), checked.report());

        assertEquals(AckType.FA_997, first.type());
        assertEquals("000000042", first.controlReference());
        assertTrue(first.text().startsWith(ISA_4010 + "~\n"), first.text());
        assertTrue(first.text().endsWith("IEA*1*000000042~\n"), first.text());
        assertEquals("000000043", second.controlReference());
        assertTrue(second.text().endsWith("IEA*0*000000043~\n"), second.text());
    }

    @Test
    void aValid5010InvoiceIsAcceptedWithA999() {
        assertEquals(fa999(
                "AK1*IN*1187*005010",
                "AK2*810*0001",
                "IK5*A",
                "AK9*A*1*1*1"), ack(LAKESIDE_5010));
    }

    @Test
    void a5010InvoiceIsValidatedAgainstThe5010DirectoryAndAnsweredWithIk3AndIk4() {
        String longReference = "R".repeat(40);
        String with40CharacterReference = LAKESIDE_5010.replace("REF*TJ*36-4418207~", "REF*TJ*" + longReference + "~");
        assertTrue(checked(with40CharacterReference).report().accepted(), "REF02 (127) is AN 1/50 in 005010");
        assertFalse(checked(LAKESIDE_4010.replace("REF*TJ*36-4418207~", "REF*TJ*" + longReference + "~")).report().accepted(),
                "but AN 1/30 in 004010");

        String longAddress = LAKESIDE_5010.replace("N3*2200 W Fulton Market*", "N3*" + "X".repeat(56) + "*");
        assertEquals(fa999(
                "AK1*IN*1187*005010",
                "AK2*810*0001",
                "IK3*N3*6**8",
                "IK4*1**5",
                "IK5*R*5",
                "AK9*R*1*1*0"), ack(longAddress));
    }

    @Test
    void a997CanBeAskedForA5010InterchangeAndA999ForA4010One() {
        assertEquals(AckType.FA_999, Acknowledgements.defaultFor(checked(LAKESIDE_5010).envelope(), checked(LAKESIDE_5010).report()));
        List<String> fa997 = ack(AckType.FA_997, LAKESIDE_5010);
        assertEquals("GS*FA*211000002*123456789*20261122*1200*42*X*005010", fa997.get(1));
        assertEquals("AK1*IN*1187", fa997.get(3));

        List<String> fa999 = ack(AckType.FA_999, LAKESIDE_4010);
        assertEquals(ISA_5010, fa999.get(0), "a 999 is a 005010 transaction set, so its envelope is 00501");
        assertEquals("AK1*IN*1187*004010", fa999.get(3));
    }
}
