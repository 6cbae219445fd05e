package org.entrepot.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** source.when in mapping.properties: what it says, and how a wrong one stops start-up. */
class MappingConditionTest {

    @TempDir
    Path mappings;

    private Path descriptor(String sourceFormat, String when) throws Exception {
        Path folder = Files.createDirectories(mappings.resolve("invoice/some-pair"));
        Files.writeString(folder.resolve("mapping.properties"), String.join("\n",
                "source.format=" + sourceFormat, "source.message=INVOIC", "target.format=ubl", "target.message=CreditNote",
                "target.version=2.1", "document=INVOICE", "smooks=smooks-config.xml", "source.when=" + when));
        return folder.resolve("mapping.properties");
    }

    @Test
    void aConditionNamesASegmentAnElementAndTheCodesThatSelect() {
        MessageCondition condition = MessageCondition.parse("BGM.e01_01 in 381, 83 ,532");

        assertEquals("BGM", condition.segment());
        assertEquals("e01_01", condition.element());
        assertEquals(Set.of("381", "83", "532"), condition.codes());
    }

    @Test
    void aMalformedConditionStopsTheCatalogNamingFileAndKey() throws Exception {
        Path file = descriptor("edifact", "BGM 381");

        MappingConfigException problem = assertThrows(MappingConfigException.class, () -> MappingCatalog.load(mappings));
        assertTrue(problem.getMessage().contains(file.toString()) || problem.getMessage().contains("mapping.properties"), problem.getMessage());
        assertTrue(problem.getMessage().contains("source.when"), problem.getMessage());
    }

    @Test
    void anXmlSourceCannotHaveAConditionBecauseItsRootAlreadySaysWhatItIs() throws Exception {
        descriptor("ubl", "BGM.e01_01 in 381");

        MappingConfigException problem = assertThrows(MappingConfigException.class, () -> MappingCatalog.load(mappings));
        assertTrue(problem.getMessage().contains("EDIFACT and X12 sources only"), problem.getMessage());
    }

    @Test
    void theRepositoryCreditNoteMappingsCarryTheirConditions() {
        try (MappingCatalog catalog = Samples.mappings()) {
            MappingDescriptor creditNote = catalog.descriptors().stream()
                    .filter(d -> d.id().equals("x12-4010-810_to_ubl-2.1-creditnote")).findFirst().orElseThrow();
            assertEquals(new MessageCondition("BIG", "e07", Set.of("CR")), creditNote.when().orElseThrow());
            assertTrue(catalog.descriptors().stream().filter(d -> d.id().contains("invoic_to_ubl-2.1-invoice"))
                    .allMatch(d -> d.when().isEmpty()), "the invoice mappings take whatever the credit-note ones do not");
        }
    }
}
