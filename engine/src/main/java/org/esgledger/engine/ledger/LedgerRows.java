package org.esgledger.engine.ledger;

import java.util.List;
import java.util.function.Consumer;

/**
 * The records of a ledger in force, handed over one at a time in batch and row order, so that a
 * ledger of a million rows is computed without holding it: a store streams them, a test lists them.
 */
@FunctionalInterface
public interface LedgerRows<R> {

    void forEach(Consumer<LedgerRow<R>> each);

    static <R> LedgerRows<R> of(List<LedgerRow<R>> rows) {
        return rows::forEach;
    }
}
