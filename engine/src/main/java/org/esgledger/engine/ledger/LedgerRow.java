package org.esgledger.engine.ledger;

import org.esgledger.engine.fact.ComputedFact;

/**
 * A record of a ledger with where it came from: its import batch and its row in the batch's file.
 * What a ledger kind computes its figures from, so that every figure counts its rows.
 */
public record LedgerRow<R>(long batch, int row, R record) {

    /** The row as a figure's lineage names it. */
    public ComputedFact.SourceRow source() {
        return new ComputedFact.SourceRow(batch, row);
    }
}
