package org.esgledger.app.review;

import java.util.List;

import org.esgledger.engine.fact.FactStatus;

/** What a review step changed: the facts and batches (ids) now in status {@code to}. */
public record Reviewed(FactStatus to, List<String> facts, List<Long> batches) {

    public Reviewed {
        facts = List.copyOf(facts);
        batches = List.copyOf(batches);
    }

    public int count() {
        return facts.size() + batches.size();
    }
}
