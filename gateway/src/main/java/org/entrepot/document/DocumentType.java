package org.entrepot.document;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Business document types. Agreements and mappings are keyed by these; each names the EDIFACT
 * messages and X12 transaction sets that carry it. (XML documents name their type in
 * {@code identify/xml-documents.properties}.)
 */
public enum DocumentType {
    ORDER(List.of("ORDERS"), List.of("850")),
    ORDER_RESPONSE(List.of("ORDRSP"), List.of("855")),
    ORDER_CHANGE(List.of("ORDCHG"), List.of("860")),
    /** Invoices and credit notes: EDIFACT and X12 carry both in one message type. */
    INVOICE(List.of("INVOIC"), List.of("810")),
    DESPATCH_ADVICE(List.of("DESADV"), List.of("856")),
    SHIPPING_INSTRUCTION(List.of("IFTMIN"), List.of("204")),
    BOOKING(List.of("IFTMBF"), List.of("300")),
    BOOKING_CONFIRMATION(List.of("IFTMBC"), List.of("301")),
    TRANSPORT_STATUS(List.of("IFTSTA"), List.of("214", "315")),
    CUSTOMS_DECLARATION(List.of("CUSDEC"), List.of("309")),
    CUSTOMS_RESPONSE(List.of("CUSRES"), List.of("350")),
    /** Settlement instructions to a bank: one payment (PAYEXT) or many (PAYMUL, 820, pain.001). */
    PAYMENT_ORDER(List.of("PAYMUL", "PAYEXT"), List.of("820")),
    /** A bank's status for an earlier payment order (BANSTA, pain.002). */
    PAYMENT_STATUS(List.of("BANSTA"), List.of()),
    /** A bank's debit or credit notification (camt.054). */
    BANK_NOTIFICATION(List.of(), List.of()),
    /**
     * A partner's acknowledgement of an interchange the gateway sent. Reconciled into tracking,
     * never delivered on; no agreement of its own is needed (the one it was sent under covers it).
     */
    FUNCTIONAL_ACKNOWLEDGEMENT(List.of("CONTRL"), List.of("997", "999"));

    private final List<String> edifactMessages;
    private final List<String> x12Sets;

    DocumentType(List<String> edifactMessages, List<String> x12Sets) {
        this.edifactMessages = edifactMessages;
        this.x12Sets = x12Sets;
    }

    public List<String> edifactMessages() {
        return edifactMessages;
    }

    public List<String> x12Sets() {
        return x12Sets;
    }

    /** The type an EDIFACT message type (UNH S009/0065) carries. */
    public static Optional<DocumentType> forEdifact(String messageType) {
        return Arrays.stream(values()).filter(t -> t.edifactMessages.contains(messageType)).findFirst();
    }

    /** The type an X12 transaction set (ST01) carries. */
    public static Optional<DocumentType> forX12(String transactionSet) {
        return Arrays.stream(values()).filter(t -> t.x12Sets.contains(transactionSet)).findFirst();
    }

    /** Every EDIFACT message or X12 set name the gateway knows, for "supported:" sentences. */
    public static String supported(Syntax syntax) {
        return String.join(", ", Arrays.stream(values())
                .flatMap(t -> (syntax == Syntax.X12 ? t.x12Sets : t.edifactMessages).stream()).sorted().toList());
    }
}
