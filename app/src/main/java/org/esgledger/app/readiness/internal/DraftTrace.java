package org.esgledger.app.readiness.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.esgledger.app.calculation.SnapshotValue;
import org.esgledger.engine.calc.Derivation;
import org.esgledger.engine.fact.FactStatus;

/**
 * Whether a figure rests only on draft values: its stored fact is a draft, or every stored fact it
 * is computed from (down the snapshot's lineage, through formulas and roll-ups) is. An input that is
 * no stored fact (a printed figure of an earlier report) counts as not a draft.
 */
public final class DraftTrace {

    private final Map<String, SnapshotValue> values;
    private final Map<String, FactStatus> statuses;

    /**
     * @param values   the snapshot's values by fact id (empty without a snapshot)
     * @param statuses the stored facts' review status by fact id
     */
    public DraftTrace(Map<String, SnapshotValue> values, Map<String, FactStatus> statuses) {
        this.values = values;
        this.statuses = statuses;
    }

    public boolean onlyDraft(String factId) {
        List<Optional<FactStatus>> leaves = leaves(factId);
        return !leaves.isEmpty() && leaves.stream().allMatch(s -> s.equals(Optional.of(FactStatus.DRAFT)));
    }

    /**
     * Whether a figure is backed by approved values: every stored fact it rests on (down the lineage) is approved or locked; an
     * input that is no stored fact (a printed figure of an earlier report, published) counts as approved.
     */
    public boolean approved(String factId) {
        List<Optional<FactStatus>> leaves = factId.isEmpty() ? List.of() : leaves(factId);
        return !leaves.isEmpty() && leaves.stream().allMatch(s -> s.map(DraftTrace::approved).orElse(true));
    }

    private static boolean approved(FactStatus s) {
        return s == FactStatus.APPROVED || s == FactStatus.LOCKED;
    }

    /** The entity of a value of the snapshot, when it is one. */
    public Optional<String> entityOf(String factId) {
        return Optional.ofNullable(values.get(factId)).map(SnapshotValue::entity);
    }

    private List<Optional<FactStatus>> leaves(String factId) {
        List<Optional<FactStatus>> leaves = new ArrayList<>();
        collect(factId, leaves, new HashSet<>());
        return leaves;
    }

    private void collect(String id, List<Optional<FactStatus>> drafts, Set<String> seen) {
        if (!seen.add(id)) {
            return;
        }
        SnapshotValue v = values.get(id);
        if (v == null || v.derivation() == Derivation.Kind.STORED || v.inputs().isEmpty()) {
            drafts.add(Optional.ofNullable(statuses.get(id)));
            return;
        }
        v.inputs().forEach(input -> collect(input, drafts, seen));
    }
}
