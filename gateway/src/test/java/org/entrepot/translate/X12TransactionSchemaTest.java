package org.entrepot.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.entrepot.check.directory.X12Schemas;
import org.entrepot.document.Position;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.junit.jupiter.api.Test;

/** The X12 004010 810 schema, as the gateway's reader applies it to whole interchanges. */
class X12TransactionSchemaTest {

    private static final String SAMPLE = "invoices/lakeside-globex-810-4010.edi";

    static byte[] testData(String name) {
        try (InputStream in = X12TransactionSchemaTest.class.getClassLoader().getResourceAsStream("x12/004010/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test data x12/004010/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void lakesidesInvoiceReadsAsLoopsWithoutProblems() {
        X12InvoiceFacts facts = X12InvoiceFacts.read(Samples.read(SAMPLE));

        assertEquals(List.of(), facts.problems());
        assertEquals(3, facts.count("", "H_N1"));
        assertEquals(4, facts.count("", "D_IT1"));
        assertEquals(1, facts.count("D_IT1[1]", "D_PID"));
        assertEquals(1, facts.count("D_IT1[2]", "D_SAC"));
        assertEquals(2, facts.count("", "S_SAC"));
        assertEquals("Globex US Distribution Center", facts.get("H_N1[3]/N1[1]/e02"));
        assertEquals("C310", facts.get("D_IT1[2]/D_SAC[1]/SAC[1]/e02"));
        assertEquals("3.60", facts.get("S_SAC[1]/TXI[1]/e02"));
    }

    @Test
    void aWrongSegmentCountInSeIsReportedOnSe01() {
        List<Rejection> problems = X12InvoiceFacts.read(testData("se-count-wrong/810.edi")).problems();

        assertEquals(1, problems.size(), problems::toString);
        assertEquals(Reason.CONTROL_COUNT_MISMATCH, problems.get(0).reason());
        assertEquals(Position.element(41, "SE", 1, 0), problems.get(0).position());
    }

    @Test
    void aMissingBigIsReportedAsAMissingSegment() {
        List<Rejection> problems = X12InvoiceFacts.read(testData("big-missing/810.edi")).problems();

        assertEquals(1, problems.size(), problems::toString);
        assertEquals(Reason.MISSING_SEGMENT, problems.get(0).reason());
        assertEquals("BIG", problems.get(0).position().segmentTag());
        // StAEDI notices the gap on reading NTE and reports it before NTE starts: at ST, segment 3.
        assertEquals(3, problems.get(0).position().segment(), "reported after the last segment read");
    }

    @Test
    void anInvoiceNumberLongerThan22IsReportedOnBig02() {
        List<Rejection> problems = X12InvoiceFacts.read(testData("element-too-long/810.edi")).problems();

        assertEquals(1, problems.size(), problems::toString);
        assertEquals(Reason.ELEMENT_TOO_LONG, problems.get(0).reason());
        assertEquals(Position.element(4, "BIG", 2, 0), problems.get(0).position());
    }

    @Test
    void schemasAreFoundByVersionAndSetAndSharedOnceParsed() {
        X12Schemas schemas = new X12Schemas();

        assertTrue(schemas.schema("004010", "810").isPresent());
        assertSame(schemas.schema("004010", "810").get(), schemas.schema("004010VICS", "810").get(),
                "an industry suffix reads as its base version, and the parsed schema is shared");
        assertTrue(schemas.schema("005010", "810").isPresent(), "each version has its own schema");
        assertTrue(schemas.schema("003040", "810").isEmpty());
        assertTrue(schemas.schema("004010", "850").isEmpty());
    }

    @Test
    void partnerTextNeverBecomesAResourceName() {
        X12Schemas schemas = new X12Schemas();

        assertTrue(schemas.schema("004010", "810/../../810").isEmpty());
        assertTrue(schemas.schema("004010/../004010", "810").isEmpty());
        assertTrue(schemas.schema("../../staedi/x12/004010", "810").isEmpty());
        assertTrue(schemas.schema(null, "810").isEmpty());
    }
}
