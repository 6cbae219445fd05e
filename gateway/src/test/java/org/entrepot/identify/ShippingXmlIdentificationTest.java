package org.entrepot.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.entrepot.document.DocumentType;
import org.entrepot.translate.Samples;
import org.junit.jupiter.api.Test;

/** Our shipping and transport XML is recognised from its root and its Sender/Receiver, like UBL. */
class ShippingXmlIdentificationTest {

    @Test
    void aShippingInstructionNamesItsShipperAndCarrierAsSenderAndReceiver() {
        var envelope = new XmlEnvelopeReader().read(Samples.read("shipping/meridian-baltica-shipping-instruction.xml"));
        assertTrue(envelope.isAccepted(), envelope::toString);
        assertEquals("ShippingInstruction", envelope.value().messageType());
        assertEquals("8712345000004", envelope.value().senderId());
        assertEquals("5790001234560", envelope.value().receiverId());
        assertEquals("MF-SI-2026-0488", envelope.value().controlReference());
        assertEquals(DocumentType.SHIPPING_INSTRUCTION, XmlDocumentKinds.packaged()
                .forMessage(envelope.value().syntaxIdentifier(), envelope.value().messageType()).orElseThrow().document());
    }

    @Test
    void transportEventsAreATransportStatusFromTheCarrier() {
        var envelope = new XmlEnvelopeReader().read(Samples.read("transport/baltica-nordwind-transport-events.xml"));
        assertTrue(envelope.isAccepted(), envelope::toString);
        assertEquals("5790001234560", envelope.value().senderId());
        assertEquals("4012345000009", envelope.value().receiverId());
        assertEquals(DocumentType.TRANSPORT_STATUS, XmlDocumentKinds.packaged()
                .forMessage(envelope.value().syntaxIdentifier(), envelope.value().messageType()).orElseThrow().document());
    }
}
