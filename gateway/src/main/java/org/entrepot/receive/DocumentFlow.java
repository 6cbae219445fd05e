package org.entrepot.receive;

/**
 * The stages after receive (identify, check, translate, sign, deliver), as the receive side sees
 * them: a document goes in, and the flow records what became of it. Implementations never throw
 * for a bad document; they reject and quarantine it. An exception means the gateway itself
 * failed, and the broker redelivers.
 */
@FunctionalInterface
public interface DocumentFlow {
    void process(InboundDocument document) throws Exception;
}
