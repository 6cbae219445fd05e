package org.entrepot.identify;

import static org.entrepot.identify.TestDocuments.accepted;
import static org.entrepot.identify.TestDocuments.at;
import static org.entrepot.identify.TestDocuments.rejected;
import static org.entrepot.identify.TestDocuments.sample;
import static org.entrepot.identify.TestDocuments.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.entrepot.document.Outcome;
import org.entrepot.document.Position;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.entrepot.document.Syntax;
import org.junit.jupiter.api.Test;

class X12EnvelopeReaderTest {

    /** A valid 4010 ISA; tests change one field at a time. Exactly 106 characters. */
    private static final String ISA =
            "ISA*00*          *00*          *01*313000001      *01*987654321      *260115*1030*U*00401*000000101*0*P*>~";
    private static final String BODY = "GS*IN*313000001*987654321*20260115*1030*101*X*004010~ST*810*0001~SE*2*0001~"
            + "GE*1*101~IEA*1*000000101~";

    private final X12EnvelopeReader reader = new X12EnvelopeReader();

    private Outcome<Envelope> read(String text) {
        return reader.read(utf8(text));
    }

    @Test
    void theFixtureIsaIsExactly106Characters() {
        assertEquals(106, ISA.length());
    }

    @Test
    void anX12_4010InterchangeDeclaresItsDelimitersInIsa() {
        Envelope envelope = accepted(reader.read(sample("x12/004010/810-nordwind-atlas.x12")));
        assertEquals(Syntax.X12, envelope.syntax());
        assertEquals(new Delimiters('~', '*', '>', Delimiters.NONE, Delimiters.NONE, '.'), envelope.delimiters());
        assertEquals("01", envelope.senderQualifier());
        assertEquals("313000001", envelope.senderId(), "fixed-width padding is removed");
        assertEquals("01", envelope.receiverQualifier());
        assertEquals("987654321", envelope.receiverId());
        assertEquals("000000101", envelope.controlReference());
        assertEquals("260115:1030", envelope.preparedAt());
        assertEquals("IN", envelope.functionalGroup());
        assertEquals("810", envelope.messageType());
        assertEquals("004010", envelope.messageVersion());
        assertEquals("00401", envelope.syntaxVersion());
        assertEquals(List.of("0001"), envelope.messageReferences());
        assertFalse(envelope.test());
    }

    @Test
    void anX12_5010InterchangeWithCrLfAndARepetitionSeparatorIsRead() {
        Envelope envelope = accepted(reader.read(sample("x12/005010/810-meridian-atlas.x12")));
        assertEquals(new Delimiters('~', '|', ':', '^', Delimiters.NONE, '.'), envelope.delimiters());
        assertEquals("14", envelope.senderQualifier());
        assertEquals("8712345000004", envelope.senderId());
        assertEquals("005010", envelope.messageVersion());
        assertEquals("00501", envelope.syntaxVersion());
        assertEquals(List.of("0001", "0002"), envelope.messageReferences());
        assertTrue(envelope.test(), "ISA15 = T");
    }

    @Test
    void positionsPointAtIsaAndSt() {
        EnvelopePositions positions = accepted(reader.read(sample("x12/004010/810-nordwind-atlas.x12"))).positions();
        assertEquals(Position.segment(1, "ISA"), positions.interchange());
        assertEquals(at(1, "ISA", 6, 0), positions.sender());
        assertEquals(at(1, "ISA", 8, 0), positions.receiver());
        assertEquals(at(3, "ST", 1, 0), positions.message());
    }

    @Test
    void aNewlineMayBeTheSegmentTerminator() {
        String isa = ISA.replace('~', '\n');
        Envelope envelope = accepted(read(isa + BODY.replace('~', '\n')));
        assertEquals('\n', envelope.delimiters().segmentTerminator());
        assertEquals("810", envelope.messageType());
    }

    @Test
    void aVersion4010IsaElevenIsAStandardsCodeNotARepetitionSeparator() {
        Envelope envelope = accepted(read(ISA.replace("*U*00401*", "*^*00401*") + BODY));
        assertEquals(Delimiters.NONE, envelope.delimiters().repetitionSeparator());
    }

    @Test
    void aShortIsaIsRejectedAtTheElementWhereItEnds() {
        Rejection rejection = rejected(read(ISA.substring(0, 60)), Reason.BAD_INTERCHANGE_HEADER, at(1, "ISA", 8, 0));
        assertEquals("the ISA segment is cut short in ISA08; ISA is always 106 characters", rejection.message());
        rejected(read("ISA"), Reason.BAD_INTERCHANGE_HEADER, at(1, "ISA", 1, 0));
        rejected(read(ISA.substring(0, 105)), Reason.BAD_INTERCHANGE_HEADER, at(1, "ISA", 16, 0));
    }

    @Test
    void anIsaFieldOfTheWrongWidthIsRejectedAtThatField() {
        Rejection rejection = rejected(read(ISA.replace("313000001      ", "313000001     ") + BODY),
                Reason.BAD_INTERCHANGE_HEADER, at(1, "ISA", 6, 0));
        assertEquals("ISA06 must be 15 characters wide, followed by the element separator", rejection.message());
    }

    @Test
    void aBlankSenderIsRejectedAtIsa06() {
        rejected(read(ISA.replace("313000001      ", " ".repeat(15)) + BODY), Reason.BAD_INTERCHANGE_HEADER,
                at(1, "ISA", 6, 0));
    }

    @Test
    void everyBadIsaFieldIsReported() {
        Outcome<Envelope> outcome = read(ISA.replace("000000101*0*P", "00000010A*0*X") + BODY);
        assertEquals(List.of(at(1, "ISA", 13, 0), at(1, "ISA", 15, 0)),
                outcome.rejections().stream().map(Rejection::position).toList());
    }

    @Test
    void anUnknownControlVersionIsUnsupported() {
        rejected(read(ISA.replace("00401", "0040A") + BODY), Reason.UNSUPPORTED_SYNTAX_VERSION, at(1, "ISA", 12, 0));
    }

    @Test
    void delimitersThatCollideOrAreLettersAreRejected() {
        rejected(read(ISA.replace("*>~", "*>*") + BODY), Reason.BAD_INTERCHANGE_HEADER, at(1, "ISA", 16, 0));
        rejected(read(ISA.replace("*>~", "*A~") + BODY), Reason.BAD_INTERCHANGE_HEADER, at(1, "ISA", 16, 0));
        rejected(read(ISA.replace('*', 'X')), Reason.BAD_INTERCHANGE_HEADER, at(1, "ISA", 1, 0));
        rejected(read(ISA.replace("*U*00401*", "*>*00501*") + BODY), Reason.BAD_INTERCHANGE_HEADER, at(1, "ISA", 11, 0));
    }

    @Test
    void somethingOtherThanIsaIsRejectedAtSegmentOne() {
        rejected(read("GS*IN~"), Reason.BAD_INTERCHANGE_HEADER, Position.segment(1, null));
    }

    @Test
    void aTransactionSetOutsideAFunctionalGroupIsRejected() {
        Rejection rejection = rejected(read(ISA + "ST*810*0001~SE*2*0001~IEA*1*000000101~"),
                Reason.BAD_INTERCHANGE_HEADER, Position.segment(2, "ST"));
        assertEquals("expected the functional group header GS, found segment 'ST'", rejection.message());
    }

    @Test
    void anInterchangeWithoutTransactionSetsSaysSo() {
        rejected(read(ISA + "IEA*0*000000101~"), Reason.NO_MESSAGE, Position.segment(2, "IEA"));
        rejected(read(ISA + "GS*IN*A*B*20260115*1030*1*X*004010~GE*0*1~IEA*1*000000101~"), Reason.NO_MESSAGE,
                Position.segment(4, "IEA"));
    }

    @Test
    void anInterchangeThatStopsAfterIsaOrInsideGsOrStIsTruncated() {
        rejected(read(ISA), Reason.TRUNCATED_INTERCHANGE, Position.segment(1, "ISA"));
        rejected(read(ISA + "GS*IN*313"), Reason.TRUNCATED_INTERCHANGE, Position.segment(2, "GS"));
        rejected(read(ISA + "GS*IN*A*B*20260115*1030*1*X*004010~ST*81"), Reason.TRUNCATED_INTERCHANGE,
                Position.segment(3, "ST"));
    }

    @Test
    void aTransactionSetHeaderWithoutIdentifierIsRejectedAtSt01() {
        rejected(read(ISA + "GS*IN*A*B*20260115*1030*1*X*004010~ST**0001~SE*2*0001~"), Reason.BAD_INTERCHANGE_HEADER,
                at(3, "ST", 1, 0));
    }

    @Test
    void emptyInputIsAnEmptyDocument() {
        rejected(reader.read(new byte[0]), Reason.EMPTY_DOCUMENT, Position.NONE);
    }
}
