package org.entrepot.translate;

/**
 * A mapping's {@code source.when}: what the content of a source must say for the mapping to
 * apply, beyond its format, message type and version. EDI sources name a segment's element
 * ({@link MessageCondition}), XML sources a path of elements ({@link XmlCondition}).
 */
public sealed interface SourceCondition permits MessageCondition, XmlCondition {

    /** Whether the source holds one of the condition's codes where the condition looks. */
    boolean matches(SourceContent source);
}
