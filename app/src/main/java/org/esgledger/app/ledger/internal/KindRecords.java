package org.esgledger.app.ledger.internal;

import org.esgledger.engine.ledger.LedgerKind;

/**
 * A ledger kind as the application keeps it: the engine's rules for the kind and the table its
 * records are stored in. One small class per kind; {@link LedgerKinds} finds them all.
 */
public interface KindRecords<R> {

    LedgerKind<R> kind();

    RecordTable<R> table();
}
