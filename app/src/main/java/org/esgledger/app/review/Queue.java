package org.esgledger.app.review;

import java.util.List;

/** The facts and ledger batches of a review queue. */
public record Queue(List<QueuedFact> facts, List<QueuedBatch> batches) {

    public Queue {
        facts = List.copyOf(facts);
        batches = List.copyOf(batches);
    }

    public boolean isEmpty() {
        return facts.isEmpty() && batches.isEmpty();
    }

    public int size() {
        return facts.size() + batches.size();
    }
}
