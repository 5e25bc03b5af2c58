package org.esgledger.app.web.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.esgledger.app.audit.Actor;
import org.esgledger.app.calculation.ReadableFigures;
import org.esgledger.app.fact.FactView;
import org.esgledger.app.fact.Facts;
import org.esgledger.app.fact.SourceRowView;
import org.esgledger.app.fact.SourceRows;
import org.esgledger.engine.fact.Origin;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A stored fact as the figure explorer shows it, from {@link Facts} as {@code esg explain} reads it: who
 * entered and approved it (and whether the same person did both), the file and row it was read from, and
 * for a fact computed from ledger rows the first rows by batch with the batch's file and SHA-256.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class StoredFacts {

    /** Ledger rows listed per fact, as {@code esg explain} lists them; the total is always given. */
    static final int ROWS_SHOWN = 5;

    private final Facts facts;

    StoredFacts(Facts facts) {
        this.facts = facts;
    }

    /** A ledger batch a fact counts: its kind, file and SHA-256, and the first of its rows the fact counts. */
    record Batch(long id, String kind, String file, String sha256, List<Integer> rows) {
    }

    /** The stored fact, its four-eyes flag, and the ledger rows behind it (none unless computed from ledger rows). */
    record StoredFact(FactView fact, boolean approvedBySamePerson, List<Batch> batches, int rows, int batchesOutsideScope) {

        public boolean computed() {
            return fact.origin() == Origin.COMPUTED;
        }
    }

    /** The stored fact of this id in its fiscal year, if the value is one. */
    @Transactional(readOnly = true)
    Optional<StoredFact> of(Actor reader, String id, int year) {
        return facts.list(Optional.of(year)).stream().filter(f -> f.id().equals(id)).findFirst().map(f -> stored(reader, f));
    }

    /** The fact (which the reader may read: {@link ReadableFigures#explain} checked it), its batches of ledger kinds they may read. */
    private StoredFact stored(Actor reader, FactView f) {
        boolean same = facts.approvedByEntrant(List.of(f.id())).contains(f.id());
        if (f.origin() != Origin.COMPUTED) {
            return new StoredFact(f, same, List.of(), 0, 0);
        }
        SourceRows rows = facts.sourceRows(f.id(), ROWS_SHOWN);
        Map<Long, List<SourceRowView>> byBatch = new LinkedHashMap<>();
        rows.rows().forEach(r -> byBatch.computeIfAbsent(r.batch(), b -> new ArrayList<>()).add(r));
        List<Batch> batches = byBatch.values().stream().map(list -> new Batch(list.get(0).batch(), list.get(0).kind(), list.get(0).file(),
                list.get(0).sha256(), list.stream().map(SourceRowView::row).toList())).toList();
        List<Batch> readable = batches.stream().filter(b -> ReadableFigures.readsLedger(reader, b.kind())).toList();
        return new StoredFact(f, same, readable, rows.total(), batches.size() - readable.size());
    }
}
