package org.esgledger.app.calculation;

import java.util.Optional;

import org.esgledger.app.calculation.internal.InputSet;
import org.esgledger.app.calculation.internal.SnapshotStore;
import org.esgledger.app.catalogue.Catalogue;
import org.esgledger.app.fact.Facts;
import org.esgledger.app.ledger.Ledgers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a year needs computing: the fingerprint of its inputs now (gathered as {@code esg compute} gathers them, without running
 * the engine) against that of its current snapshot.
 */
@Service
public class YearInputs {

    private final SnapshotStore snapshots;
    private final Facts facts;
    private final Ledgers ledgers;
    private final Catalogue catalogue;

    YearInputs(SnapshotStore snapshots, Facts facts, Ledgers ledgers, Catalogue catalogue) {
        this.snapshots = snapshots;
        this.facts = facts;
        this.ledgers = ledgers;
        this.catalogue = catalogue;
    }

    /** Whether the year's inputs differ from its current snapshot's; empty without a snapshot. */
    @Transactional(readOnly = true)
    public Optional<Boolean> changedSinceSnapshot(int year) {
        return snapshots.current(year)
                .map(s -> !s.fingerprint().equals(InputSet.read(year, facts.list(Optional.empty()), facts, ledgers, catalogue).fingerprint()));
    }
}
