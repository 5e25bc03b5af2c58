package org.esgledger.app.report.internal;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.esgledger.app.calculation.SnapshotValue;
import org.esgledger.engine.calc.Derivation;
import org.esgledger.engine.fact.FactStatus;

/**
 * The stored facts a printed figure rests on that are not approved: its own stored fact, or every
 * stored fact it is computed from, down the snapshot's lineage through formulas and roll-ups (the
 * walk {@code esg status} makes for "only draft", readiness' DraftTrace). An input that is no stored
 * fact (a printed figure of an earlier report) is not a value to approve.
 */
public final class ApprovalTrace {

    private final Map<String, SnapshotValue> values;
    private final Map<String, FactStatus> statuses;

    /**
     * @param values   the snapshot's values by fact id
     * @param statuses the stored facts' review status by fact id
     */
    public ApprovalTrace(Map<String, SnapshotValue> values, Map<String, FactStatus> statuses) {
        this.values = values;
        this.statuses = statuses;
    }

    /** The stored facts under this one that are not approved (nor locked), by id. */
    public SortedSet<String> notApproved(String factId) {
        SortedSet<String> out = new TreeSet<>();
        collect(factId, out, new HashSet<>());
        return out;
    }

    private void collect(String id, Set<String> out, Set<String> seen) {
        if (!seen.add(id)) {
            return;
        }
        SnapshotValue v = values.get(id);
        if (v == null || v.derivation() == Derivation.Kind.STORED || v.inputs().isEmpty()) {
            FactStatus s = statuses.get(id);
            if (s != null && s != FactStatus.APPROVED && s != FactStatus.LOCKED) {
                out.add(id);
            }
            return;
        }
        v.inputs().forEach(input -> collect(input, out, seen));
    }
}
