package org.esgledger.app.ledger.internal;

import java.util.Objects;

import org.esgledger.engine.ledger.LedgerKind;

/**
 * A ledger kind as the application keeps it: the engine's rules for the kind and the table its
 * records are stored in. One small class per kind; {@link LedgerKinds} finds them all.
 */
public abstract class KindRecords<R> {

    private final LedgerKind<R> kind;
    private final RecordTable<R> table;

    protected KindRecords(LedgerKind<R> kind, RecordTable<R> table) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.table = Objects.requireNonNull(table, "table");
    }

    public final LedgerKind<R> kind() {
        return kind;
    }

    public final RecordTable<R> table() {
        return table;
    }
}
