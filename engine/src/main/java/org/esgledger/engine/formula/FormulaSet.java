package org.esgledger.engine.formula;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.esgledger.engine.catalogue.Dimension;
import org.esgledger.engine.catalogue.Indicator;
import org.esgledger.engine.i18n.Message;

/**
 * The formulas of a catalogue, checked together: every reference names a numeric indicator and
 * allowed breakdown members, every formula's dimension is its indicator's, and no indicator
 * depends on itself in the same period (a reference to a prior period is not a cycle). Gives the
 * order to evaluate them in and, for incremental recomputation, who depends on whom.
 */
public final class FormulaSet {

    private final Map<String, Formula> byIndicator;
    private final List<Formula> ordered;
    private final Map<String, Set<String>> dependents;

    private FormulaSet(Map<String, Formula> byIndicator, List<Formula> ordered, Map<String, Set<String>> dependents) {
        this.byIndicator = byIndicator;
        this.ordered = ordered;
        this.dependents = dependents;
    }

    public static FormulaSet empty() {
        return new FormulaSet(Map.of(), List.of(), Map.of());
    }

    /**
     * Checks every formula and orders them.
     *
     * @throws FormulaSetException listing every problem found, each with its indicator and position
     */
    public static FormulaSet of(Collection<Formula> formulas, Map<String, Indicator> indicators, Map<String, Dimension> dimensions) {
        List<FormulaException> problems = new ArrayList<>();
        Map<String, Formula> byIndicator = new LinkedHashMap<>();
        for (Formula f : formulas) {
            if (byIndicator.put(f.indicator(), f) != null) {
                problems.add(new FormulaException(f.indicator(), -1, Message.of("formula.twice", f.indicator())));
            }
            try {
                check(f, indicators, dimensions);
            } catch (FormulaException e) {
                problems.add(e);
            }
        }
        Map<String, Set<String>> inputs = new TreeMap<>();
        byIndicator.values().forEach(f -> {
            Set<String> same = new LinkedHashSet<>();
            f.references().stream().filter(r -> r.periodsBack() == 0 && !r.printed()).forEach(r -> same.add(r.indicator()));
            inputs.put(f.indicator(), same);
        });
        List<Formula> ordered = new ArrayList<>();
        Map<String, Integer> state = new TreeMap<>();
        for (String code : inputs.keySet()) {
            visit(code, inputs, state, new ArrayList<>(), byIndicator, ordered, problems);
        }
        if (!problems.isEmpty()) {
            throw new FormulaSetException(problems);
        }
        Map<String, Set<String>> dependents = new TreeMap<>();
        byIndicator.values().forEach(f -> f.references().stream().filter(r -> !r.printed())
                .forEach(r -> dependents.computeIfAbsent(r.indicator(), k -> new LinkedHashSet<>()).add(f.indicator())));
        return new FormulaSet(Map.copyOf(byIndicator), List.copyOf(ordered), dependents);
    }

    /** Depth-first: 1 = on the current path, 2 = done. A node met again on the path closes a cycle. */
    private static void visit(String code, Map<String, Set<String>> inputs, Map<String, Integer> state, List<String> path,
                              Map<String, Formula> byIndicator, List<Formula> ordered, List<FormulaException> problems) {
        Integer s = state.get(code);
        if (s != null && s == 2) {
            return;
        }
        if (s != null && s == 1) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(code), path.size()));
            cycle.add(code);
            problems.add(new FormulaException(code, -1, Message.of("formula.cycle", code, String.join(" → ", cycle))));
            return;
        }
        state.put(code, 1);
        path.add(code);
        for (String input : inputs.getOrDefault(code, Set.of())) {
            if (inputs.containsKey(input)) {
                visit(input, inputs, state, path, byIndicator, ordered, problems);
            }
        }
        path.remove(path.size() - 1);
        state.put(code, 2);
        ordered.add(byIndicator.get(code));
    }

    private static void check(Formula f, Map<String, Indicator> indicators, Map<String, Dimension> dimensions) {
        Indicator target = indicators.get(f.indicator());
        if (target == null) {
            throw new FormulaException(f.indicator(), -1, Message.of("formula.unknownIndicator", f.indicator()));
        }
        if (!target.valueType().numeric()) {
            throw new FormulaException(f.indicator(), -1, Message.of("formula.notNumeric", f.indicator(), f.indicator()));
        }
        for (Reference r : f.references()) {
            Indicator input = indicators.get(r.indicator());
            if (input == null) {
                throw new FormulaException(f.indicator(), r.position(),
                        Message.of("formula.unknownReference", f.indicator(), r.indicator(), r.position() + 1, f.text()));
            }
            if (!input.valueType().numeric()) {
                throw new FormulaException(f.indicator(), r.position(), Message.of("formula.notNumeric", f.indicator(), r.indicator()));
            }
            r.breakdown().members().forEach((dim, member) -> {
                Dimension d = dimensions.get(dim);
                if (!input.allows(dim) || d == null || d.member(member).isEmpty()) {
                    throw new FormulaException(f.indicator(), r.position(), Message.of("formula.member",
                            f.indicator(), r.indicator(), dim + "=" + member, r.position() + 1, f.text()));
                }
            });
        }
        if (UnitAlgebra.dividesByZero(f)) {
            throw new FormulaException(f.indicator(), -1, Message.of("formula.divisionByZero", f.indicator(), f.text()));
        }
        UnitDimension result = UnitAlgebra.dimension(f, r -> UnitDimension.ofGroup(indicators.get(r.indicator()).unitGroup()));
        UnitDimension expected = UnitDimension.ofGroup(target.unitGroup());
        boolean fits = result.kind() == UnitDimension.Kind.NUMBER ? expected.isDimensionless()
                : result.kind() == UnitDimension.Kind.QUANTITY && result.powers().equals(expected.powers());
        if (fits && expected.isDimensionless() && UnitAlgebra.scalesByHand(f)) {
            throw new FormulaException(f.indicator(), -1, Message.of("formula.byHand", f.indicator(), target.unit()));
        }
        if (!fits) {
            throw new FormulaException(f.indicator(), -1, Message.of("formula.resultUnit", f.indicator(), result.toString(),
                    expected.toString(), target.unit()));
        }
    }

    /** Formulas in evaluation order: each after the formulas it needs for the same period. */
    public List<Formula> ordered() {
        return ordered;
    }

    public Optional<Formula> formula(String indicator) {
        return Optional.ofNullable(byIndicator.get(indicator));
    }

    public boolean isDerived(String indicator) {
        return byIndicator.containsKey(indicator);
    }

    /** Indicators whose formulas refer to {@code indicator} directly (any period). */
    public Set<String> dependents(String indicator) {
        return dependents.getOrDefault(indicator, Set.of());
    }

    public int size() {
        return ordered.size();
    }
}
