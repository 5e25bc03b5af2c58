package org.esgledger.app.fact;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.esgledger.engine.fact.FactKey;

/**
 * A value computed from ledger rows, with the rows it counts (lineage down to the row).
 *
 * @param source what it was computed from, in words ("employees ledger: batches 3, 4")
 */
public record ComputedFact(FactKey key, BigDecimal value, String unit, String source, List<SourceRow> rows) {

    public ComputedFact {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        rows = List.copyOf(rows);
    }

    /** A ledger row: its batch and its row number in the batch's file. */
    public record SourceRow(long batch, int row) {
    }
}
