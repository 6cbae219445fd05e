package org.entrepot.check.directory;

import static org.entrepot.check.directory.InterchangeEvents.errors;
import static org.entrepot.check.directory.InterchangeEvents.loopsOpened;
import static org.entrepot.check.directory.InterchangeEvents.read;
import static org.entrepot.check.directory.InterchangeEvents.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.entrepot.check.directory.InterchangeEvents.Reported;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamValidationError;

/**
 * Generated schemas put StAEDI to work on real interchanges: segment groups are reported and
 * each kind of structural fault comes out as StAEDI's error code at the faulty position.
 * Segment positions count from the start of the interchange (UNA is 1, UNB 2, UNH 3).
 */
class MessageValidationTest {

    private static MessageSchemas schemas;

    @BeforeAll
    static void loadSchemas() {
        schemas = new MessageSchemas();
    }

    @Test
    void validD96aInvoiceOpensItsSegmentGroupsWithoutErrors() {
        List<Reported> events = read(resource("/edifact/d96a/invoic-valid.edi"), schemas);

        assertEquals(List.of(), errors(events));
        assertEquals(List.of(
                "SG1", "SG2", "SG3", "SG2", "SG3", "SG7", "SG8",
                "SG25", "SG26", "SG28", "SG29", "SG33", "SG38", "SG41",
                "SG25", "SG26", "SG28", "SG33",
                "SG48", "SG48", "SG48", "SG48", "SG50"), loopsOpened(events));
    }

    @Test
    void invoiceWithoutBeginningOfMessageReportsTheMissingBgmWhereTheBodyStarts() {
        List<Reported> events = read(resource("/edifact/d96a/invoic-missing-bgm.edi"), schemas);

        assertEquals(List.of(segmentError(EDIStreamValidationError.MANDATORY_SEGMENT_MISSING, "BGM", "DTM", 4)),
                errors(events));
    }

    @Test
    void partyIdentifierOfFortyCharactersIsTooLongForC082() {
        List<Reported> events = read(resource("/edifact/d96a/invoic-party-id-too-long.edi"), schemas);

        Reported tooLong = new Reported(EDIStreamEvent.ELEMENT_DATA_ERROR,
                EDIStreamValidationError.DATA_ELEMENT_TOO_LONG, "SUPPLIER-5412345000013-DEPOT-NORTH-0001X", "NAD", 9, 2, 1);
        assertEquals(List.of(tooLong), errors(events), "NAD element 2 (C082), component 1 (3039, an..35)");
    }

    @Test
    void secondItemDescriptionInTheHeaderExceedsItsMaximumUseOfOne() {
        List<Reported> events = read(resource("/edifact/d96a/invoic-imd-over-maximum.edi"), schemas);

        assertEquals(List.of(segmentError(EDIStreamValidationError.SEGMENT_EXCEEDS_MAXIMUM_USE, "IMD", "IMD", 8)),
                errors(events));
    }

    /** SG28/SG32 are D01B's numbering for line items and prices (D96A's ORDERS has SG25/SG28). */
    @Test
    void validD01bOrderParsesWithTheD01bSchema() {
        List<Reported> events = read(resource("/edifact/d01b/orders-valid.edi"), schemas);

        assertEquals(List.of(), errors(events));
        assertEquals(List.of("SG1", "SG2", "SG3", "SG2", "SG7", "SG28", "SG32", "SG28", "SG32"), loopsOpened(events));
    }

    private static Reported segmentError(EDIStreamValidationError error, String text, String tag, int segment) {
        return new Reported(EDIStreamEvent.SEGMENT_ERROR, error, text, tag, segment, -1, -1);
    }
}
