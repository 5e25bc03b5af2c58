package org.esgledger.app.calculation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.esgledger.app.calculation.Change;
import org.esgledger.app.calculation.ChangeReport;
import org.esgledger.engine.calc.Calculation;
import org.esgledger.engine.calc.Derivation;
import org.esgledger.engine.calc.Outcome;
import org.esgledger.engine.fact.FactKey;

/**
 * Compares a new computation with the year's current snapshot: which inputs changed, which values
 * moved and, for each, which of the changed inputs lie in its lineage (followed down through
 * roll-ups and formulas to the stored facts and printed figures).
 */
public final class ChangeFinder {

    private ChangeFinder() {
    }

    public static ChangeReport compare(long since, Map<String, InputSet.Source> before, Map<String, InputSet.Source> after,
                                       Map<String, SnapshotContent.ValueRow> oldValues, SnapshotContent content, Calculation calc) {
        Map<String, String> changedInputs = changedInputs(before, after);
        Map<String, SnapshotContent.ValueRow> newValues = new HashMap<>();
        content.values().forEach(v -> newValues.put(v.factId(), v));
        Set<String> ids = new TreeSet<>(oldValues.keySet());
        ids.addAll(newValues.keySet());
        Map<FactKey, Set<String>> memo = new HashMap<>();
        List<Change> moved = new ArrayList<>();
        for (String id : ids) {
            SnapshotContent.ValueRow o = oldValues.get(id);
            SnapshotContent.ValueRow n = newValues.get(id);
            if (o != null && n != null && same(o, n)) {
                continue;
            }
            List<String> causes = n == null ? new ArrayList<>() : causes(id, n, changedInputs, calc, memo);
            if (causes.isEmpty()) {
                causes.add(n == null ? "no longer computed: its inputs are gone" : o == null ? "newly computed" : "engine or catalogue");
            }
            String diff = o != null && n != null && o.value() != null && n.value() != null ? n.value().subtract(o.value()).toPlainString() : "";
            moved.add(new Change(id, n != null ? n.key() : o.key(), shown(o), shown(n), diff, causes));
        }
        return new ChangeReport(since, List.copyOf(changedInputs.values()), moved);
    }

    /** The inputs that were added, removed or changed, by {@code kind|key} in key order, each told in words. */
    private static Map<String, String> changedInputs(Map<String, InputSet.Source> before, Map<String, InputSet.Source> after) {
        Map<String, String> changed = new LinkedHashMap<>();
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String k : keys) {
            InputSet.Source b = before.get(k);
            InputSet.Source a = after.get(k);
            if (b != null && a != null && b.digest().equals(a.digest())) {
                continue;
            }
            changed.put(k, b == null ? "added: " + a.description() : a == null ? "removed: " + b.description()
                    : "changed: " + b.description() + " → " + a.description());
        }
        return changed;
    }

    /** The changed inputs in the lineage of a value that is computed now, and a catalogue change for a formula result. */
    private static List<String> causes(String id, SnapshotContent.ValueRow n, Map<String, String> changedInputs, Calculation calc,
                                       Map<FactKey, Set<String>> memo) {
        List<String> causes = new ArrayList<>();
        FactKey key = calc.outcomes().stream().filter(x -> x.key().id().equals(id)).findFirst().map(Outcome::key).orElse(null);
        if (key != null) {
            for (String leaf : leaves(calc, key, memo)) {
                if (changedInputs.containsKey(leaf)) {
                    causes.add(changedInputs.get(leaf));
                } else if (leaf.startsWith("printed-id|")) {
                    String suffix = "/" + leaf.substring("printed-id|".length());
                    changedInputs.forEach((k, text) -> {
                        if (k.startsWith("printed|") && k.endsWith(suffix)) {
                            causes.add(text);
                        }
                    });
                }
            }
        }
        if (!n.formula().isEmpty() && changedInputs.containsKey("catalogue|definitions")) {
            causes.add(changedInputs.get("catalogue|definitions"));
        }
        return causes;
    }

    private static boolean same(SnapshotContent.ValueRow a, SnapshotContent.ValueRow b) {
        if (a.available() != b.available()) {
            return false;
        }
        return a.available() ? a.value().compareTo(b.value()) == 0 && a.unit().equals(b.unit()) : a.reasonEn().equals(b.reasonEn());
    }

    private static String shown(SnapshotContent.ValueRow v) {
        if (v == null) {
            return "-";
        }
        return v.available() ? v.value().stripTrailingZeros().toPlainString() + " " + v.unit() : "n/a";
    }

    /** The stored facts ({@code fact|id}) and printed figures ({@code printed|…/id}) a value depends on. */
    static Set<String> leaves(Calculation calc, FactKey key, Map<FactKey, Set<String>> memo) {
        Set<String> known = memo.get(key);
        if (known != null) {
            return known;
        }
        Set<String> out = new LinkedHashSet<>();
        memo.put(key, out);
        Outcome o = calc.outcome(key).orElse(null);
        if (o == null) {
            out.add("fact|" + key.id());
            return out;
        }
        Derivation d = o.derivation();
        if (d instanceof Derivation.Stored) {
            out.add("fact|" + key.id());
        } else if (d instanceof Derivation.RolledUp) {
            for (FactKey p : ((Derivation.RolledUp) d).parts()) {
                out.addAll(leaves(calc, p, memo));
            }
        } else {
            for (Derivation.Input in : ((Derivation.Derived) d).inputs()) {
                if (in.printed()) {
                    calc.printedFigures().keySet().stream().filter(k -> k.equals(in.key())).findFirst()
                            .ifPresent(k -> out.add("printed-id|" + k.id()));
                } else {
                    out.addAll(leaves(calc, in.key(), memo));
                }
            }
            if (calc.overridden().containsKey(key)) {
                out.add("fact|" + key.id());
            }
        }
        return out;
    }

}
