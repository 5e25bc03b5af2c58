package org.esgledger.app.report.internal;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.esgledger.app.calculation.SnapshotValue;
import org.esgledger.engine.calc.Derivation;
import org.esgledger.engine.fact.FactStatus;

/**
 * The stored facts a printed figure rests on that a question picks out (not approved; approved by
 * the person who entered them): its own stored fact, or every stored fact it is computed from, down
 * the snapshot's lineage through formulas and roll-ups (the walk {@code esg status} makes for "only
 * draft", readiness' DraftTrace). An input that is no stored fact (a printed figure of an earlier
 * report) is not a value anyone approved.
 */
public final class ApprovalTrace {

    private final Map<String, SnapshotValue> values;
    private final Predicate<String> picked;

    /**
     * @param values the snapshots' values by fact id
     * @param picked which stored facts (by id) the trace collects
     */
    public ApprovalTrace(Map<String, SnapshotValue> values, Predicate<String> picked) {
        this.values = values;
        this.picked = picked;
    }

    /** The trace of the stored facts that are not approved (nor locked), from their review status by fact id. */
    public static ApprovalTrace notApproved(Map<String, SnapshotValue> values, Map<String, FactStatus> statuses) {
        return new ApprovalTrace(values, id -> {
            FactStatus s = statuses.get(id);
            return s != null && s != FactStatus.APPROVED && s != FactStatus.LOCKED;
        });
    }

    /** The stored facts under this one the trace picks out, by id. */
    public SortedSet<String> under(String factId) {
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
            if (picked.test(id)) {
                out.add(id);
            }
            return;
        }
        v.inputs().forEach(input -> collect(input, out, seen));
    }
}
