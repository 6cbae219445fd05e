package org.entrepot.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** source.when in mapping.properties, for EDI and XML sources: what it says, and how a wrong one stops start-up. */
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
    void anXmlConditionNamesAPathOfElementsBelowTheRootAndTheCodesThatSelect() {
        XmlCondition condition = XmlCondition.parse("ExchangedDocument/TypeCode in 381, 81 ,532");

        assertEquals(List.of("ExchangedDocument", "TypeCode"), condition.path());
        assertEquals(Set.of("381", "81", "532"), condition.codes());
    }

    @Test
    void anXmlConditionReadsTheElementWhateverItsNamespacePrefixAndOnlyAtThatPath() {
        XmlCondition creditNote = XmlCondition.parse("ExchangedDocument/TypeCode in 381");
        String cii = "<?xml version=\"1.0\"?><rsm:Doc xmlns:rsm=\"urn:r\" xmlns:ram=\"urn:a\">"
                + "<rsm:Other><ram:TypeCode>381</ram:TypeCode></rsm:Other>"
                + "<rsm:ExchangedDocument><ram:ID>1</ram:ID><ram:TypeCode> %s </ram:TypeCode></rsm:ExchangedDocument>"
                + "<rsm:ExchangedDocument><ram:TypeCode>381</ram:TypeCode></rsm:ExchangedDocument></rsm:Doc>";

        assertTrue(creditNote.matches(new SourceContent.Xml(cii.formatted("381").getBytes(StandardCharsets.UTF_8))));
        assertFalse(creditNote.matches(new SourceContent.Xml(cii.formatted("380").getBytes(StandardCharsets.UTF_8))),
                "the first element at the path decides, not one elsewhere or a later one");
        assertFalse(creditNote.matches(new SourceContent.Edi(null)), "an XML condition never holds for an EDI message");
    }

    @Test
    void anXmlConditionNeverReadsADocumentWithADoctype() {
        XmlCondition creditNote = XmlCondition.parse("ExchangedDocument/TypeCode in 381");
        String withEntity = "<?xml version=\"1.0\"?><!DOCTYPE Doc [<!ENTITY code \"381\">]>"
                + "<Doc><ExchangedDocument><TypeCode>&code;</TypeCode></ExchangedDocument></Doc>";

        assertFalse(creditNote.matches(new SourceContent.Xml(withEntity.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aMalformedXmlConditionStopsTheCatalogSayingWhatIsExpected() throws Exception {
        Path file = descriptor("cii", "rsm:ExchangedDocument/ram:TypeCode = 381");

        MappingConfigException problem = assertThrows(MappingConfigException.class, () -> MappingCatalog.load(mappings));
        assertTrue(problem.getMessage().contains(file.toString()), problem.getMessage());
        assertTrue(problem.getMessage().contains("source.when"), problem.getMessage());
        assertTrue(problem.getMessage().contains("Element/Element in CODE"), problem.getMessage());
    }

    @Test
    void anEdiConditionOnAnXmlSourceIsRefusedAsAnXmlPath() throws Exception {
        descriptor("ubl", "BGM.e01_01 in 381");

        MappingConfigException problem = assertThrows(MappingConfigException.class, () -> MappingCatalog.load(mappings));
        assertTrue(problem.getMessage().contains("for an XML source"), problem.getMessage());
    }

    @Test
    void anXmlConditionWithoutCodesIsRefused() throws Exception {
        descriptor("cii", "ExchangedDocument/TypeCode in , ,");

        MappingConfigException problem = assertThrows(MappingConfigException.class, () -> MappingCatalog.load(mappings));
        assertTrue(problem.getMessage().contains("names no code"), problem.getMessage());
    }

    @Test
    void theRepositoryCreditNoteMappingsCarryTheirConditions() {
        try (MappingCatalog catalog = Samples.mappings()) {
            MappingDescriptor creditNote = catalog.descriptors().stream()
                    .filter(d -> d.id().equals("x12-4010-810_to_ubl-2.1-creditnote")).findFirst().orElseThrow();
            assertEquals(new MessageCondition("BIG", "e07", Set.of("CR")), creditNote.when().orElseThrow());
            assertTrue(catalog.descriptors().stream().filter(d -> d.id().contains("invoic_to_ubl-2.1-invoice"))
                    .allMatch(d -> d.when().isEmpty()), "the invoice mappings take whatever the credit-note ones do not");
            MappingDescriptor ciiCreditNote = catalog.descriptors().stream()
                    .filter(d -> d.id().equals("cii-d16b-crossindustryinvoice_to_ubl-2.1-creditnote")).findFirst().orElseThrow();
            assertEquals(new XmlCondition(List.of("ExchangedDocument", "TypeCode"),
                    Set.of("381", "81", "83", "261", "262", "296", "308", "396", "420", "458", "532")), ciiCreditNote.when().orElseThrow());
        }
    }
}
