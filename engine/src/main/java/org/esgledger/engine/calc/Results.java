package org.esgledger.engine.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.Period;

/**
 * The outcomes of a calculation by key, with an index of which entities have a value of an
 * indicator in a period (so a formula knows where its inputs reach).
 */
final class Results {

    private final Map<FactKey, Outcome> outcomes = new HashMap<>();
    /** indicator → period → entities with any value (any breakdown). */
    private final Map<String, Map<Period, Set<String>>> present = new HashMap<>();

    void put(Outcome o) {
        outcomes.put(o.key(), o);
        present.computeIfAbsent(o.key().indicator(), k -> new HashMap<>())
                .computeIfAbsent(o.key().period(), k -> new HashSet<>()).add(o.key().entity());
    }

    void remove(FactKey key) {
        outcomes.remove(key);
    }

    Outcome get(FactKey key) {
        return outcomes.get(key);
    }

    boolean contains(FactKey key) {
        return outcomes.containsKey(key);
    }

    Set<FactKey> keys() {
        return outcomes.keySet();
    }

    int size() {
        return outcomes.size();
    }

    Optional<BigDecimal> value(FactKey key) {
        Outcome o = outcomes.get(key);
        return o instanceof Outcome.Available ? Optional.of(((Outcome.Available) o).value()) : Optional.empty();
    }

    /** Entities with a value of {@code indicator} in {@code period}. */
    Set<String> entities(String indicator, Period period) {
        return present.getOrDefault(indicator, Map.of()).getOrDefault(period, Set.of());
    }

    /** Every outcome, sorted by key. */
    List<Outcome> sorted() {
        List<Map.Entry<String, Outcome>> keyed = new ArrayList<>(outcomes.size());
        outcomes.values().forEach(o -> keyed.add(Map.entry(o.key().canonical(), o)));
        keyed.sort(Map.Entry.comparingByKey());
        List<Outcome> all = new ArrayList<>(keyed.size());
        keyed.forEach(e -> all.add(e.getValue()));
        return all;
    }

    /** Whether two outcomes say the same: equal values, or both not available. */
    static boolean same(Outcome a, Outcome b) {
        if (a instanceof Outcome.Available && b instanceof Outcome.Available) {
            return ((Outcome.Available) a).value().compareTo(((Outcome.Available) b).value()) == 0;
        }
        return a != null && b != null && a.getClass() == b.getClass();
    }
}
