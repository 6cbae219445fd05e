package org.entrepot.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.entrepot.document.DocumentType;
import org.junit.jupiter.api.Test;

class PartnerDirectoryTest {

    private final PartnerDirectory demo = DemoCommunity.directory();

    @Test
    void theSampleFileDefinesTheDemoCommunityInFileOrder() {
        List<String> ids = demo.partners().stream().map(Partner::id).toList();
        assertEquals(List.of("nordwind", "globex", "yuanhang", "meridian", "lakeside", "atlas"), ids.subList(0, 6));
        // each document family appends its own partners and agreements after the invoice community
        assertTrue(ids.containsAll(List.of("baltica", "prairie", "elbufer",
                "hanse-zoll", "zoll-hamburg", "harbor-customs", "cbp-los-angeles", "hansa")), ids::toString);
        // six invoice agreements in the invoice community, and Hansa takes Nordwind's invoices as CII
        assertEquals(7, demo.agreements().stream().filter(a -> a.document() == DocumentType.INVOICE).count());
    }

    @Test
    void aPartnerKeepsItsNameIdentifiersAndHttpPermission() {
        Partner nordwind = demo.partner("nordwind").orElseThrow();
        assertEquals("Nordwind Handel GmbH", nordwind.name());
        assertEquals(List.of(new PartyId(IdScheme.GLN, "4012345000009"), new PartyId(IdScheme.DUNS, "313000001")),
                nordwind.identifiers());
        assertTrue(nordwind.http());
        assertFalse(demo.partner("globex").orElseThrow().http());
    }

    @Test
    void namesInAnyScriptSurviveLoading() {
        assertEquals("上海远航贸易有限公司", demo.partner("yuanhang").orElseThrow().name());
    }

    @Test
    void anEnvelopeIdentifierFindsItsPartner() {
        assertEquals("lakeside", demo.partnerFor(new PartyId(IdScheme.DUNS, "123456789")).orElseThrow().id());
        assertEquals("nordwind", demo.partnerFor(new PartyId(IdScheme.DUNS, "313000001")).orElseThrow().id());
        assertEquals(Optional.empty(), demo.partnerFor(new PartyId(IdScheme.GLN, "123456789")));
    }

    @Test
    void anAgreementIsFoundBySenderReceiverAndDocumentInThatDirectionOnly() {
        Agreement agreement = demo.agreement("meridian", "nordwind", DocumentType.INVOICE).orElseThrow();
        assertEquals("meridian-nordwind-invoice", agreement.id());
        assertEquals("edifact", agreement.deliverAs());
        assertTrue(agreement.sign());
        assertEquals(new Delivery("directory"), agreement.deliver());
        assertEquals(Optional.empty(), demo.agreement("nordwind", "meridian", DocumentType.INVOICE));
    }

    @Test
    void optionalKeysTakeTheirDocumentedDefaults() {
        PartnerDirectory directory = PartnerDirectory.read(new StringReader("""
                partners:
                  - id: a
                    name: A
                    identifiers: [ { scheme: MUTUAL, value: A1 } ]
                  - id: b
                    name: B
                    identifiers: [ { scheme: MUTUAL, value: B1 } ]
                agreements:
                  - { id: a-b, sender: a, receiver: b, document: INVOICE, deliverAs: x12 }
                """), "inline.yaml");
        assertFalse(directory.partner("a").orElseThrow().http());
        Agreement agreement = directory.agreements().get(0);
        assertTrue(agreement.sign());
        assertEquals(new Delivery("directory"), agreement.deliver());
    }

    @Test
    void aFileWithoutAgreementsIsACommunityWhereNothingFlowsYet() {
        PartnerDirectory directory = PartnerDirectory.read(new StringReader("""
                partners:
                  - { id: a, name: A, identifiers: [ { scheme: DUNS, value: "000000001" } ] }
                """), "inline.yaml");
        assertEquals(List.of(), directory.agreements());
    }

    @Test
    void anAgreementMayNameTheMessageItsReceiverReads() {
        assertEquals("315", demo.agreement("baltica", "atlas", DocumentType.TRANSPORT_STATUS).orElseThrow().message());
        assertEquals("", demo.agreement("baltica", "lakeside", DocumentType.TRANSPORT_STATUS).orElseThrow().message(),
                "no message: the catalog's first, the 214");
    }
}
