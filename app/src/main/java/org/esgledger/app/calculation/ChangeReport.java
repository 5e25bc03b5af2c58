package org.esgledger.app.calculation;

import java.util.List;

/**
 * What changed since the year's current snapshot: the inputs (facts, published figures, ledger
 * batches, catalogue) that differ, and the values that moved because of them.
 */
public record ChangeReport(long since, List<String> inputs, List<Change> values) {

    public ChangeReport {
        inputs = List.copyOf(inputs);
        values = List.copyOf(values);
    }

    public boolean isEmpty() {
        return inputs.isEmpty() && values.isEmpty();
    }
}
