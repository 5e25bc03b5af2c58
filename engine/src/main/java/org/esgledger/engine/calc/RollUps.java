package org.esgledger.engine.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.esgledger.engine.catalogue.Aggregation;
import org.esgledger.engine.catalogue.Indicator;
import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.Nature;
import org.esgledger.engine.fact.Period;
import org.esgledger.engine.organisation.ReportingEntity;

/**
 * The roll-up phases of a calculation, in order: months into years, breakdown members into
 * totals, entities into their parents ({@link RollUp} has the rules). Works on the calculation's
 * stored values and results. A part that is not available makes what it is part of not available,
 * naming it: a sum of the parts that are there would understate the whole.
 */
final class RollUps {

    private final CalculationModel model;
    private final Map<FactKey, BigDecimal> stored;
    private final Set<FactKey> unavailable;
    private final Results outcomes;
    private final Set<String> rollable;

    RollUps(CalculationModel model, Map<FactKey, BigDecimal> stored, Set<FactKey> unavailable, Results outcomes, Set<String> rollable) {
        this.model = model;
        this.stored = stored;
        this.unavailable = unavailable;
        this.outcomes = outcomes;
        this.rollable = rollable;
    }

    /** Months into years, for additive values recorded by month and not for the year. */
    void months() {
        Map<FactKey, TreeMap<Integer, FactKey>> byYear = new HashMap<>();
        for (FactKey k : storedKeys()) {
            if (k.period() instanceof Period.Month && rollable.contains(k.indicator())) {
                Period.Month m = (Period.Month) k.period();
                FactKey yearKey = new FactKey(k.indicator(), k.entity(), new Period.FiscalYear(m.year()), k.breakdown(), Nature.ACTUAL);
                byYear.computeIfAbsent(yearKey, y -> new TreeMap<>()).put(m.month(), k);
            }
        }
        byYear.forEach((yearKey, months) -> {
            if (!stored.containsKey(yearKey) && !unavailable.contains(yearKey)) {
                List<FactKey> parts = new ArrayList<>(months.values());
                Indicator ind = model.indicators().get(yearKey.indicator());
                Optional<FactKey> missing = parts.stream().filter(unavailable::contains).findFirst();
                if (missing.isPresent()) {
                    outcomes.put(RollUp.partNotAvailable(ind, yearKey, parts, List.of(), outcomes.get(missing.get())));
                    return;
                }
                List<BigDecimal> values = new ArrayList<>();
                parts.forEach(p -> values.add(stored.get(p)));
                outcomes.put(RollUp.months(ind, yearKey, parts, values));
            }
        });
    }

    /**
     * An additive value recorded only by the members of one breakdown dimension (waste by type)
     * gets its total as their sum: everything recorded is in some member.
     */
    void breakdowns(boolean hasMonths) {
        Map<FactKey, List<FactKey>> parts = new HashMap<>();
        Map<FactKey, Set<String>> dimensions = new HashMap<>();
        for (FactKey k : hasMonths ? outcomes.keys() : storedKeys()) {
            Breakdown b = k.breakdown();
            if (b.isTotal() || b.members().size() != 1 || !rollable.contains(k.indicator())) {
                continue;
            }
            FactKey total = new FactKey(k.indicator(), k.entity(), k.period(), Breakdown.TOTAL, Nature.ACTUAL);
            if (outcomes.contains(total)) {
                continue;
            }
            parts.computeIfAbsent(total, t -> new ArrayList<>()).add(k);
            dimensions.computeIfAbsent(total, t -> new TreeSet<>()).add(b.members().firstKey());
        }
        parts.forEach((total, members) -> {
            if (!outcomes.contains(total) && dimensions.get(total).size() == 1) {
                members.sort(Comparator.comparing(FactKey::canonical));
                Indicator ind = model.indicators().get(total.indicator());
                Optional<FactKey> missing = members.stream().filter(m -> outcomes.value(m).isEmpty()).findFirst();
                if (missing.isPresent()) {
                    outcomes.put(RollUp.partNotAvailable(ind, total, members, List.of(), outcomes.get(missing.get())));
                    return;
                }
                List<BigDecimal> values = new ArrayList<>();
                members.forEach(m -> values.add(outcomes.value(m).orElseThrow()));
                BigDecimal sum = RollUp.combine(Aggregation.SUM, values, false);
                outcomes.put(new Outcome.Available(total, sum, ind.unit(),
                        new Derivation.RolledUp(Aggregation.SUM, members, List.of())));
            }
        });
    }

    /**
     * Entities bottom-up: every parent gets, for each value any of its children (inside the
     * boundary) has, the roll-up of its children, unless it has a stored value of its own.
     */
    void entities() {
        Map<String, List<FactKey>> byEntity = new HashMap<>();
        for (FactKey k : outcomes.keys()) {
            if (rollable.contains(k.indicator())) {
                byEntity.computeIfAbsent(k.entity(), e -> new ArrayList<>()).add(k);
            }
        }
        Map<String, Integer> postOrder = RollUp.postOrder(model.tree());
        List<String> entities = new ArrayList<>(postOrder.keySet());
        entities.sort(Comparator.comparing(postOrder::get));
        for (String parent : entities) {
            List<ReportingEntity> children = model.tree().children(parent);
            if (children.isEmpty()) {
                continue;
            }
            Set<FactKey> keys = new LinkedHashSet<>();
            for (ReportingEntity child : children) {
                if (child.inBoundary()) {
                    for (FactKey k : byEntity.getOrDefault(child.code(), List.of())) {
                        keys.add(new FactKey(k.indicator(), parent, k.period(), k.breakdown(), Nature.ACTUAL));
                    }
                }
            }
            List<FactKey> own = byEntity.computeIfAbsent(parent, e -> new ArrayList<>());
            for (FactKey key : keys) {
                if (!outcomes.contains(key) && entity(key, parent)) {
                    own.add(key);
                }
            }
        }
    }

    /** Keys of the stored values, available or not. */
    private Set<FactKey> storedKeys() {
        if (unavailable.isEmpty()) {
            return stored.keySet();
        }
        Set<FactKey> all = new HashSet<>(stored.keySet());
        all.addAll(unavailable);
        return all;
    }

    /** Rolls one entity up from its children unless it has a stored value; true if it has a value now. */
    boolean entity(FactKey group, String entity) {
        FactKey key = new FactKey(group.indicator(), entity, group.period(), group.breakdown(), Nature.ACTUAL);
        if (stored.containsKey(key) || unavailable.contains(key)) {
            return true;
        }
        Indicator ind = model.indicators().get(group.indicator());
        Optional<Outcome> up = RollUp.entity(ind, model.equityShare().contains(ind.code()), model.tree(), entity,
                group.period(), group.breakdown(), k -> Optional.ofNullable(outcomes.get(k)));
        if (up.isPresent()) {
            outcomes.put(up.get());
            return true;
        }
        outcomes.remove(key);
        return false;
    }
}
