package org.entrepot.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.helger.ubl21.UBL21Marshaller;
import java.util.List;
import org.entrepot.check.XmlSchemaCheck;
import org.entrepot.document.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EdifactInvoiceToUblTest {

    private static MappingCatalog mappings;
    private static Translator translator;

    @BeforeAll
    static void loadMappings() {
        mappings = Samples.mappings();
        translator = new Translator(mappings);
    }

    @AfterAll
    static void close() {
        mappings.close();
    }

    private static TranslatedDocument toUbl(String sample) {
        Outcome<List<TranslatedDocument>> outcome = translator.translate(Samples.read(sample), Format.UBL);
        assertTrue(outcome.isAccepted(), () -> outcome.rejections().toString());
        assertEquals(1, outcome.value().size());
        return outcome.value().get(0);
    }

    @Test
    void nordwindsInvoicBecomesASchemaValidUblInvoice() {
        TranslatedDocument ubl = toUbl("invoices/nordwind-globex-invoic-d96a.edi");

        assertEquals(Format.UBL, ubl.format());
        assertEquals("1", ubl.sourceReference());
        assertEquals(List.of(), XmlSchemaCheck.validate(ubl.content(), UBL21Marshaller.invoice().getSchema()));
    }

    @Test
    void theUblInvoiceCarriesNordwindsPartiesLinesTaxAndTotals() {
        UblDocument ubl = UblDocument.parse(toUbl("invoices/nordwind-globex-invoic-d96a.edi").content());

        assertEquals("INV-2026-0417", ubl.text("/inv:Invoice/cbc:ID"));
        assertEquals("2026-11-20", ubl.text("/inv:Invoice/cbc:IssueDate"));
        assertEquals("2026-12-20", ubl.text("/inv:Invoice/cbc:DueDate"));
        assertEquals("EUR", ubl.text("/inv:Invoice/cbc:DocumentCurrencyCode"));
        assertEquals("4012345000009", ubl.text("//cac:AccountingSupplierParty//cbc:EndpointID[@schemeID='0088']"));
        assertEquals("Globex Retail Ltd", ubl.text("//cac:AccountingCustomerParty//cac:PartyName/cbc:Name"));
        assertEquals("DE123456789", ubl.text("//cac:AccountingSupplierParty//cac:PartyTaxScheme/cbc:CompanyID"));
        assertEquals("COBADEFFXXX", ubl.text("//cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cbc:ID"));
        assertEquals(4, ubl.count("//cac:InvoiceLine"));
        assertEquals("1000", ubl.text("//cac:InvoiceLine[cbc:ID='2']/cbc:InvoicedQuantity"));
        assertEquals("H87", ubl.text("//cac:InvoiceLine[cbc:ID='2']/cbc:InvoicedQuantity/@unitCode"));
        assertEquals("10.00", ubl.text("//cac:InvoiceLine[cbc:ID='2']/cac:AllowanceCharge/cbc:Amount"));
        assertEquals("4012345100044", ubl.text("//cac:InvoiceLine[cbc:ID='4']//cac:StandardItemIdentification/cbc:ID"));
        assertEquals("7", ubl.text("//cac:InvoiceLine[cbc:ID='4']//cac:ClassifiedTaxCategory/cbc:Percent"));
        assertEquals("45.00", ubl.text("/inv:Invoice/cac:AllowanceCharge[cbc:ChargeIndicator='true']/cbc:Amount"));
        assertEquals("58.53", ubl.text("/inv:Invoice/cac:TaxTotal/cbc:TaxAmount"));
        assertEquals("3.43", ubl.text("//cac:TaxSubtotal[cac:TaxCategory/cbc:Percent='7']/cbc:TaxAmount"));
        assertEquals("397.53", ubl.text("//cac:LegalMonetaryTotal/cbc:PayableAmount"));
    }

    @Test
    void yuanhangsUtf8InvoiceKeepsItsChineseNames() {
        TranslatedDocument translated = toUbl("invoices/yuanhang-globex-invoic-d96a-utf8.edi");
        UblDocument ubl = UblDocument.parse(translated.content());

        assertEquals(List.of(), XmlSchemaCheck.validate(translated.content(), UBL21Marshaller.invoice().getSchema()));
        assertEquals("上海远航贸易有限公司", ubl.text("//cac:AccountingSupplierParty//cac:PartyName/cbc:Name"));
        assertEquals("浦东新区陆家嘴环路1000号", ubl.text("//cac:AccountingSupplierParty//cbc:StreetName"));
        assertEquals("青花瓷茶杯 六件套", ubl.text("//cac:InvoiceLine[cbc:ID='2']//cbc:Name"));
        assertEquals("USD", ubl.text("/inv:Invoice/cbc:DocumentCurrencyCode"));
        assertEquals("Z", ubl.text("//cac:TaxSubtotal/cac:TaxCategory/cbc:ID"));
    }
}
