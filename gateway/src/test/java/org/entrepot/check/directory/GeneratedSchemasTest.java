package org.entrepot.check.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.xlate.edi.schema.EDIComplexType;
import io.xlate.edi.schema.EDIReference;
import io.xlate.edi.schema.EDISimpleType;
import io.xlate.edi.schema.EDIType;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;

/**
 * The schemas the build generated from Smooks' directory packs load with StAEDI and carry the
 * directory's rules: lengths, codes, mandatory positions, repeated positions spread out,
 * segment groups with their occurrences.
 */
class GeneratedSchemasTest {

    private static final MessageSchemas SCHEMAS = new MessageSchemas();

    static Stream<String> generatedMessages() {
        return Stream.of("d96a", "d01b")
                .flatMap(directory -> SCHEMAS.messageTypes(directory).stream().map(type -> directory + "/" + type));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generatedMessages")
    void everyGeneratedSchemaLoadsWithStaedi(String message) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/staedi/edifact/" + message + ".xml")) {
            Schema schema = SchemaFactory.newFactory().createSchema(in);

            assertFalse(schema.getStandard().getReferences().isEmpty(), message + " has a message body");
            assertFalse(schema.containsSegment("UNH"), "UNH belongs to StAEDI's control schema");
            assertFalse(schema.containsSegment("UNT"), "UNT belongs to StAEDI's control schema");
        }
    }

    @Test
    void fifteenMessagesAreGeneratedForEachOfTheTwoDirectories() {
        assertEquals(30, generatedMessages().count());
    }

    @Test
    void invoiceBodyStartsWithMandatoryBgmAndDtmUpTo35Times() {
        List<EDIReference> body = invoic().getStandard().getReferences();

        assertOccurs(body.get(0), "BGM", 1, 1);
        assertOccurs(body.get(1), "DTM", 1, 35);
    }

    @Test
    void segmentGroupsNestWithTheirOccurrences() {
        EDIReference sg2 = reference(invoic().getStandard(), "SG2");
        assertOccurs(sg2, "SG2", 0, 99);
        EDIComplexType partyGroup = (EDIComplexType) sg2.getReferencedType();

        assertOccurs(partyGroup.getReferences().get(0), "NAD", 1, 1);
        assertOccurs(reference(partyGroup, "SG3"), "SG3", 0, 9999);
    }

    @Test
    void repeatedComponentsBecomeConsecutivePositionsOnlyTheFirstMandatory() {
        List<EDIReference> partyName = ((EDIComplexType) invoic().getType("C080")).getReferences();

        assertEquals(6, partyName.size(), "3036 five times, then 3045");
        assertEquals(List.of(1, 0, 0, 0, 0, 0), partyName.stream().map(EDIReference::getMinOccurs).toList());
        assertEquals(List.of("3036", "3036", "3036", "3036", "3036", "3045"),
                partyName.stream().map(r -> r.getReferencedType().getCode()).toList());
    }

    @Test
    void repeatedCompositesBecomeConsecutiveSegmentPositions() {
        List<EDIReference> pia = ((EDIComplexType) invoic().getType("PIA")).getReferences();

        assertEquals(List.of("4347", "C212", "C212", "C212", "C212", "C212"),
                pia.stream().map(r -> r.getReferencedType().getCode()).toList());
        assertEquals(List.of(1, 1, 0, 0, 0, 0), pia.stream().map(EDIReference::getMinOccurs).toList());
    }

    @Test
    void dataElementsKeepNumberLengthsAndCodes() {
        EDISimpleType qualifier = (EDISimpleType) invoic().getType("DE3035");
        assertEquals("3035", qualifier.getCode());
        assertEquals(EDISimpleType.Base.STRING, qualifier.getBase());
        assertEquals(1, qualifier.getMinLength());
        assertEquals(3, qualifier.getMaxLength());
        assertTrue(qualifier.getValues().keySet().containsAll(List.of("SU", "BY", "IV", "DP")));

        EDISimpleType amount = (EDISimpleType) invoic().getType("DE5004");
        assertEquals(EDISimpleType.Base.DECIMAL, amount.getBase());
        assertEquals(18, amount.getMaxLength());
        assertTrue(amount.getValues().isEmpty());
    }

    @Test
    void externallyMaintainedCodeListsStayOpen() {
        EDISimpleType currency = (EDISimpleType) invoic().getType("DE6345");

        assertTrue(currency.getValues().isEmpty(), "ISO 4217 is not the directory's to enumerate");
    }

    @Test
    void sectionControlIsDeclaredThoughThePackLeavesItToItsCommonSchema() {
        EDIType uns = invoic().getType("UNS");

        assertEquals(EDIType.Type.SEGMENT, uns.getType());
        EDISimpleType section = (EDISimpleType) ((EDIComplexType) uns).getReferences().get(0).getReferencedType();
        assertEquals(java.util.Set.of("D", "S"), section.getValues().keySet());
    }

    @Test
    void contrlIsNotInTheMessageDirectories() {
        assertTrue(SCHEMAS.schema("D96A", "CONTRL").isEmpty());
        assertNull(getClass().getResource("/staedi/edifact/d96a/CONTRL.xml"));
    }

    private static Schema invoic() {
        return SCHEMAS.schema("D96A", "INVOIC").orElseThrow();
    }

    private static EDIReference reference(EDIComplexType parent, String code) {
        return parent.getReferences().stream()
                .filter(r -> code.equals(r.getReferencedType().getCode()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + parent.getCode()));
    }

    private static void assertOccurs(EDIReference reference, String code, int min, int max) {
        assertEquals(code, reference.getReferencedType().getCode());
        assertEquals(min, reference.getMinOccurs(), code + " minOccurs");
        assertEquals(max, reference.getMaxOccurs(), code + " maxOccurs");
    }
}
