package org.entrepot.gateway;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import org.entrepot.receive.DocumentFlow;
import org.entrepot.receive.InboundDocument;

/**
 * A flow for tests: remembers every delivery it gets and fails the ones the test asks it to,
 * counting deliveries from 1 across all documents.
 */
public final class RecordingFlow implements DocumentFlow {

    private final List<InboundDocument> deliveries = new CopyOnWriteArrayList<>();
    private final List<InboundDocument> completed = new CopyOnWriteArrayList<>();
    private final AtomicInteger count = new AtomicInteger();
    private final IntPredicate failOn;

    private RecordingFlow(IntPredicate failOn) {
        this.failOn = failOn;
    }

    /** @return a flow that accepts everything */
    public static RecordingFlow accepting() {
        return new RecordingFlow(delivery -> false);
    }

    /** @return a flow that fails the first delivery it gets and accepts the rest */
    public static RecordingFlow failingFirst() {
        return new RecordingFlow(delivery -> delivery == 1);
    }

    /** @param failing which deliveries (1-based, across documents) throw */
    public static RecordingFlow failing(IntPredicate failing) {
        return new RecordingFlow(failing);
    }

    @Override
    public void process(InboundDocument document) {
        deliveries.add(document);
        if (failOn.test(count.incrementAndGet())) {
            throw new IllegalStateException("the flow failed on purpose (delivery " + count.get() + ")");
        }
        completed.add(document);
    }

    /** @return every delivery, failed or not, in order */
    public List<InboundDocument> deliveries() {
        return deliveries;
    }

    /** @return the deliveries the flow accepted */
    public List<InboundDocument> completed() {
        return completed;
    }
}
