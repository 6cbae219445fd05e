package org.entrepot.check.directory;

/**
 * One position inside a segment or composite: which data element or composite sits there and
 * whether the directory makes it mandatory.
 *
 * @param id        {@code E3035} for a simple element, {@code C082} for a composite
 * @param mandatory true when the position must be present (status M)
 */
record ElementPosition(String id, boolean mandatory) {
}
