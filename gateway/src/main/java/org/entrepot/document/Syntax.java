package org.entrepot.document;

/** The syntax families the gateway reads and writes. */
public enum Syntax {
    EDIFACT,
    X12,
    XML,
    UNKNOWN
}
