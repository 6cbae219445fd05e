package org.entrepot.identify;

import static org.entrepot.identify.TestDocuments.accepted;
import static org.entrepot.identify.TestDocuments.at;
import static org.entrepot.identify.TestDocuments.rejected;
import static org.entrepot.identify.TestDocuments.sample;
import static org.entrepot.identify.TestDocuments.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.entrepot.document.Outcome;
import org.entrepot.document.Position;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.entrepot.document.Syntax;
import org.junit.jupiter.api.Test;

class EdifactEnvelopeReaderTest {

    private static final String UNB = "UNB+UNOC:3+4012345000009:14+5012345000008:14+260115:1030+REF1'";
    private static final String MESSAGE = "UNH+1+INVOIC:D:96A:UN'BGM+380+X+9'UNT+3+1'UNZ+1+REF1'";

    private final EdifactEnvelopeReader reader = new EdifactEnvelopeReader();

    private Outcome<Envelope> read(String text) {
        return reader.read(utf8(text));
    }

    @Test
    void anEdifactInterchangeWithoutUnaUsesTheDefaultSeparators() {
        Envelope envelope = accepted(reader.read(sample("edifact/d96a/invoic-meridian-nordwind.edi")));
        assertEquals(Syntax.EDIFACT, envelope.syntax());
        assertEquals(Delimiters.EDIFACT_DEFAULT, envelope.delimiters());
        assertEquals("14", envelope.senderQualifier());
        assertEquals("8712345000004", envelope.senderId());
        assertEquals("14", envelope.receiverQualifier());
        assertEquals("4012345000009", envelope.receiverId());
        assertEquals("MER0001", envelope.controlReference());
        assertEquals("260115:1030", envelope.preparedAt());
        assertEquals("UNOC", envelope.syntaxIdentifier());
        assertEquals("3", envelope.syntaxVersion());
        assertEquals(StandardCharsets.ISO_8859_1, envelope.charset());
        assertEquals("INVOIC", envelope.messageType());
        assertEquals("D", envelope.messageVersion());
        assertEquals("96A", envelope.messageRelease());
        assertFalse(envelope.test());
    }

    @Test
    void everyMessageReferenceIsCollectedAcrossCrLfLineEnds() {
        Envelope envelope = accepted(reader.read(sample("edifact/d96a/invoic-meridian-nordwind.edi")));
        assertEquals(List.of("1", "2"), envelope.messageReferences());
    }

    @Test
    void positionsPointAtTheUnbAndUnhElements() {
        EnvelopePositions positions = accepted(reader.read(sample("edifact/d96a/invoic-meridian-nordwind.edi"))).positions();
        assertEquals(Position.segment(1, "UNB"), positions.interchange());
        assertEquals(at(1, "UNB", 2, 1), positions.sender());
        assertEquals(at(1, "UNB", 3, 1), positions.receiver());
        assertEquals(at(2, "UNH", 2, 1), positions.message());
    }

    @Test
    void aUnaWithUnusualSeparatorsAndAReleaseCharacterIsHonoured() {
        Envelope envelope = accepted(reader.read(sample("edifact/d96a/invoic-una-unusual-separators.edi")));
        assertEquals(new Delimiters('~', '|', '^', Delimiters.NONE, '!', ','), envelope.delimiters());
        assertEquals("8712345000004", envelope.senderId());
        assertEquals("4012345000009", envelope.receiverId());
        assertEquals("MER|0002", envelope.controlReference(), "a released element separator is data");
        assertEquals("INVOIC", envelope.messageType());
        assertEquals(at(2, "UNB", 2, 1), envelope.positions().sender(), "UNA counts as segment 1");
    }

    @Test
    void aReleasedReleaseCharacterAndReleasedSeparatorsAreData() {
        Envelope envelope = accepted(read("UNB+UNOC:3+AB??CD?+EF?:G:ZZZ+5012345000008:14+260115:1030+R?'1'" + MESSAGE));
        assertEquals("AB?CD+EF:G", envelope.senderId());
        assertEquals("ZZZ", envelope.senderQualifier());
        assertEquals("R'1", envelope.controlReference());
    }

    @Test
    void aUnowInterchangeIsDecodedAsUtf8() {
        Envelope envelope = accepted(reader.read(sample("edifact/d96a/invoic-unow-yuanhang-globex.edi")));
        assertEquals(StandardCharsets.UTF_8, envelope.charset());
        assertEquals("UNOW", envelope.syntaxIdentifier());
        assertEquals("4", envelope.syntaxVersion());
        assertEquals("6901234000009", envelope.senderId());
        assertEquals("5012345000008", envelope.receiverId());
        assertEquals("20260115:1030", envelope.preparedAt());
        assertEquals(List.of("1"), envelope.messageReferences());
    }

    @Test
    void chineseTextInTheUnbIsDecodedNotMangled() {
        Envelope envelope = accepted(read("UNB+UNOW:4+上海远航:ZZZ+环球零售:ZZZ+20260115:1030+远航001'" + MESSAGE));
        assertEquals("上海远航", envelope.senderId());
        assertEquals("环球零售", envelope.receiverId());
        assertEquals("远航001", envelope.controlReference());
    }

    @Test
    void unoyIsReadAsUtf8Too() {
        Envelope envelope = accepted(read("UNB+UNOY:4+Åsa:ZZZ+B:ZZZ+20260115:1030+R'" + MESSAGE));
        assertEquals("Åsa", envelope.senderId());
    }

    @Test
    void aLatin1InterchangeDecodesItsHeaderAsLatin1() {
        byte[] latin1 = ("UNB+UNOC:3+MÜLLER:ZZZ+B:ZZZ+260115:1030+R'" + MESSAGE).getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("MÜLLER", accepted(reader.read(latin1)).senderId());
    }

    @Test
    void unodIsLatin2() {
        Charset latin2 = Charset.forName("ISO-8859-2");
        byte[] document = ("UNB+UNOD:3+ŁÓDŹ:ZZZ+B:ZZZ+260115:1030+R'" + MESSAGE).getBytes(latin2);
        Envelope envelope = accepted(reader.read(document));
        assertEquals(latin2, envelope.charset());
        assertEquals("ŁÓDŹ", envelope.senderId());
    }

    @Test
    void syntaxVersionFourWithoutUnaRepeatsWithAnAsterisk() {
        Envelope envelope = accepted(read("UNB+UNOC:4+A:ZZZ+B:ZZZ+20260115:1030+R'" + MESSAGE));
        assertEquals('*', envelope.delimiters().repetitionSeparator());
    }

    @Test
    void theTestIndicatorMarksATestInterchange() {
        assertTrue(accepted(read("UNB+UNOC:3+A:ZZZ+B:ZZZ+260115:1030+R++INVOIC++++1'" + MESSAGE)).test());
    }

    @Test
    void aSegmentTerminatorFollowedByLineBreaksIsTolerated() {
        Envelope envelope = accepted(read("\r\n" + UNB + "\r\n\r\nUNH+7+INVOIC:D:96A:UN'\nUNT+2+7'\r\nUNZ+1+REF1'\r\n"));
        assertEquals(List.of("7"), envelope.messageReferences());
    }

    @Test
    void anInterchangeWithoutUnbIsRejectedAtSegmentOne() {
        Rejection rejection = rejected(read("UNH+1+INVOIC:D:96A:UN'"), Reason.BAD_INTERCHANGE_HEADER,
                Position.segment(1, "UNH"));
        assertEquals("expected the interchange header UNB, found segment 'UNH'", rejection.message());
    }

    @Test
    void aUnaFollowedByAnythingButUnbIsRejectedAtSegmentTwo() {
        rejected(read("UNA:+.? 'UNH+1'"), Reason.BAD_INTERCHANGE_HEADER, Position.segment(2, "UNH"));
        rejected(read("UNA:+.? '"), Reason.BAD_INTERCHANGE_HEADER, Position.segment(2, null));
    }

    @Test
    void aUnaWithASeventhCharacterShiftsTheTerminatorAndTheRejectionSaysSo() {
        Rejection rejection = rejected(read("UNA:+.? *'\nUNB+UNOW:4+A:ZZZ+B:ZZZ+20260115:1030+R'"),
                Reason.BAD_INTERCHANGE_HEADER, Position.segment(2, "'\\u000AUNB"));
        assertEquals("expected the interchange header UNB, found segment ''\\u000AUNB' (the UNA declares segment"
                + " terminator '*'; a UNA has exactly six service characters)", rejection.message());
    }

    @Test
    void aUnaShorterThanSixCharactersIsRejected() {
        rejected(read("UNA:+."), Reason.BAD_INTERCHANGE_HEADER, Position.segment(1, "UNA"));
    }

    @Test
    void aUnaThatReusesACharacterOrUsesALetterIsRejected() {
        rejected(read("UNA++.? 'UNB+UNOC:3'"), Reason.BAD_INTERCHANGE_HEADER, Position.segment(1, "UNA"));
        rejected(read("UNA:X.? 'UNB+UNOC:3'"), Reason.BAD_INTERCHANGE_HEADER, Position.segment(1, "UNA"));
        rejected(read("UNA:+;? 'UNB+UNOC:3'"), Reason.BAD_INTERCHANGE_HEADER, Position.segment(1, "UNA"));
    }

    @Test
    void aUnbWithoutSenderIsRejectedAtTheSenderElement() {
        Rejection rejection = rejected(read("UNB+UNOC:3++5012345000008:14+260115:1030+REF1'" + MESSAGE),
                Reason.BAD_INTERCHANGE_HEADER, at(1, "UNB", 2, 1));
        assertEquals("UNB has no sender identification (S002/0004)", rejection.message());
    }

    @Test
    void everyMissingHeaderElementIsReported() {
        Outcome<Envelope> outcome = read("UNB+UNOC:3+4012345000009:14++260115:1030'" + MESSAGE);
        assertEquals(List.of(at(1, "UNB", 3, 1), at(1, "UNB", 5, 1)),
                outcome.rejections().stream().map(Rejection::position).toList());
        assertTrue(outcome.rejections().stream().allMatch(r -> r.reason() == Reason.BAD_INTERCHANGE_HEADER));
    }

    @Test
    void aTruncatedUnbIsRejectedAtTheFirstMissingElement() {
        Outcome<Envelope> outcome = read("UNB+UNOC:3+4012345000009:14+50123");
        assertEquals(List.of(at(1, "UNB", 4, 1), at(1, "UNB", 4, 2), at(1, "UNB", 5, 1)),
                outcome.rejections().stream().map(Rejection::position).toList());
    }

    @Test
    void aCompleteUnbCutBeforeItsTerminatorIsATruncatedInterchange() {
        rejected(read("UNB+UNOC:3+4012345000009:14+5012345000008:14+260115:1030+REF1"),
                Reason.TRUNCATED_INTERCHANGE, Position.segment(1, "UNB"));
    }

    @Test
    void anUnknownSyntaxIdentifierIsUnsupported() {
        Rejection rejection = rejected(read("UNB+UNOX:3+A:ZZZ+B:ZZZ+260115:1030+R'" + MESSAGE),
                Reason.UNSUPPORTED_SYNTAX_VERSION, at(1, "UNB", 1, 1));
        assertTrue(rejection.message().startsWith("syntax identifier 'UNOX' is not supported"), rejection.message());
    }

    @Test
    void anUnknownSyntaxVersionIsUnsupported() {
        rejected(read("UNB+UNOC:5+A:ZZZ+B:ZZZ+260115:1030+R'" + MESSAGE), Reason.UNSUPPORTED_SYNTAX_VERSION,
                at(1, "UNB", 1, 2));
        rejected(read("UNB+UNOC+A:ZZZ+B:ZZZ+260115:1030+R'" + MESSAGE), Reason.BAD_INTERCHANGE_HEADER,
                at(1, "UNB", 1, 2));
    }

    @Test
    void anInterchangeWithoutMessagesSaysSo() {
        rejected(read(UNB + "UNZ+0+REF1'"), Reason.NO_MESSAGE, Position.segment(2, "UNZ"));
        rejected(read(UNB), Reason.NO_MESSAGE, Position.segment(1, "UNB"));
    }

    @Test
    void aMessageHeaderWithoutTypeIsRejectedAtTheTypeElement() {
        rejected(read(UNB + "UNH+1'UNT+2+1'UNZ+1+REF1'"), Reason.BAD_INTERCHANGE_HEADER, at(2, "UNH", 2, 1));
    }

    @Test
    void anInterchangeCutInsideTheFirstUnhIsTruncated() {
        rejected(read(UNB + "UNH+1+INV"), Reason.TRUNCATED_INTERCHANGE, Position.segment(2, "UNH"));
    }

    @Test
    void segmentsAfterUnzAreRefusedRatherThanLeftUnidentified() {
        var outcome = read(UNB + MESSAGE + "UNH+99+INVOIC:D:96A:UN'");
        assertEquals(Reason.DATA_AFTER_INTERCHANGE, outcome.rejections().get(0).reason(), outcome::toString);
        assertEquals("UNH", outcome.rejections().get(0).position().segmentTag());
    }

    @Test
    void emptyInputIsAnEmptyDocument() {
        rejected(reader.read(new byte[0]), Reason.EMPTY_DOCUMENT, Position.NONE);
        rejected(read(" \r\n"), Reason.EMPTY_DOCUMENT, Position.NONE);
    }
}
