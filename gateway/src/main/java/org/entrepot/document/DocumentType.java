package org.entrepot.document;

/** Business document families. Agreements and mappings are keyed by these. */
public enum DocumentType {
    INVOICE
}
