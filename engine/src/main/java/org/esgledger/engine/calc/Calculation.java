package org.esgledger.engine.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.esgledger.engine.catalogue.Indicator;
import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.Nature;
import org.esgledger.engine.fact.Period;
import org.esgledger.engine.formula.Formula;
import org.esgledger.engine.formula.Reference;
import org.esgledger.engine.organisation.ReportingEntity;
import org.esgledger.engine.unit.Quantity;

/**
 * One computation over a set of stored values: months rolled into years, entities into their
 * parents, then every formula for every entity and year its inputs reach, in dependency order
 * (earlier years first, so {@code @prev} is ready). Keeps its state so that a changed value can be
 * pushed through {@link #update(InputValue)}, which recomputes only what depends on it.
 *
 * <p>Stored values are converted to their indicator's unit on the way in. A stored value for a
 * derived indicator is replaced by the formula's result when the formula can be evaluated (the
 * difference is left for the consistency checks, see {@link #overridden()}), and kept when it
 * cannot.
 */
public final class Calculation {

    private final CalculationModel model;
    private final FormulaCells cells;
    private final Map<FactKey, BigDecimal> stored = new HashMap<>();
    private final Map<FactKey, BigDecimal> printed = new HashMap<>();
    private final Map<FactKey, InputValue> printedGiven = new HashMap<>();
    private final Map<FactKey, Outcome> outcomes = new HashMap<>();
    private final Map<FactKey, BigDecimal> overridden = new HashMap<>();
    /** indicator → period → entities with any value (any breakdown). */
    private final Map<String, Map<Period, Set<String>>> present = new HashMap<>();
    private final Map<String, Integer> formulaOrder = new HashMap<>();
    private final Set<Integer> years = new TreeSet<>();
    /** Indicators whose values roll up over entities, months and breakdown members (additive, not derived). */
    private final Set<String> rollable = new HashSet<>();
    private boolean hasMonths;

    private Calculation(CalculationModel model) {
        this.model = model;
        this.cells = new FormulaCells(model.indicators(), model.units());
        model.indicators().values().forEach(i -> {
            if (RollUp.acrossEntities(i.aggregation()) && !model.formulas().isDerived(i.code())) {
                rollable.add(i.code());
            }
        });
        List<Formula> ordered = model.formulas().ordered();
        for (int i = 0; i < ordered.size(); i++) {
            formulaOrder.put(ordered.get(i).indicator(), i);
        }
    }

    /**
     * Computes everything from {@code inputs} (stored facts) and {@code published} (what a report
     * printed, used only by formulas that refer to {@code printed:}).
     */
    public static Calculation run(CalculationModel model, Collection<InputValue> inputs, Collection<InputValue> published) {
        Calculation c = new Calculation(model);
        for (InputValue v : published) {
            if (v.key().nature() != Nature.ACTUAL) {
                continue;
            }
            c.toIndicatorUnit(v).ifPresent(x -> {
                c.printed.put(v.key(), x);
                c.printedGiven.put(v.key(), v);
            });
        }
        for (InputValue v : inputs) {
            if (v.key().nature() != Nature.ACTUAL) {
                continue;
            }
            c.toIndicatorUnit(v).ifPresent(x -> {
                c.stored.put(v.key(), x);
                c.put(new Outcome.Available(v.key(), x, c.unitOf(v.key()), Derivation.STORED));
            });
        }
        c.rollUpMonths();
        c.rollUpBreakdowns();
        c.rollUpEntities();
        c.deriveAll();
        return c;
    }

    private Optional<BigDecimal> toIndicatorUnit(InputValue v) {
        Indicator ind = model.indicators().get(v.key().indicator());
        if (ind == null || !ind.valueType().numeric()) {
            return Optional.empty();
        }
        if (v.key().period() instanceof Period.FiscalYear) {
            years.add(((Period.FiscalYear) v.key().period()).year());
        } else if (v.key().period() instanceof Period.Month) {
            years.add(((Period.Month) v.key().period()).year());
            hasMonths = true;
        }
        if (v.unit().equals(ind.unit()) || ind.unit().isEmpty()) {
            return Optional.of(v.value());
        }
        return Optional.of(model.units().convert(new Quantity(v.value(), model.units().unit(v.unit()).orElseThrow()), ind.unit()).value());
    }

    private String unitOf(FactKey key) {
        return model.indicators().get(key.indicator()).unit();
    }

    private void put(Outcome o) {
        outcomes.put(o.key(), o);
        present.computeIfAbsent(o.key().indicator(), k -> new HashMap<>())
                .computeIfAbsent(o.key().period(), k -> new HashSet<>()).add(o.key().entity());
    }

    private Optional<BigDecimal> value(FactKey key) {
        Outcome o = outcomes.get(key);
        return o instanceof Outcome.Available ? Optional.of(((Outcome.Available) o).value()) : Optional.empty();
    }

    private void rollUpMonths() {
        Map<FactKey, TreeMap<Integer, FactKey>> byYear = new HashMap<>();
        if (!hasMonths) {
            return;
        }
        for (FactKey k : stored.keySet()) {
            if (k.period() instanceof Period.Month && rollable.contains(k.indicator())) {
                Period.Month m = (Period.Month) k.period();
                FactKey yearKey = new FactKey(k.indicator(), k.entity(), new Period.FiscalYear(m.year()), k.breakdown(), Nature.ACTUAL);
                byYear.computeIfAbsent(yearKey, y -> new TreeMap<>()).put(m.month(), k);
            }
        }
        byYear.forEach((yearKey, months) -> {
            if (!stored.containsKey(yearKey)) {
                List<FactKey> parts = new ArrayList<>(months.values());
                List<BigDecimal> values = new ArrayList<>();
                parts.forEach(p -> values.add(stored.get(p)));
                put(RollUp.months(model.indicators().get(yearKey.indicator()), yearKey, parts, values));
            }
        });
    }

    /**
     * An additive value recorded only by the members of one breakdown dimension (waste by type)
     * gets its total as their sum: everything recorded is in some member.
     */
    private void rollUpBreakdowns() {
        Map<FactKey, List<FactKey>> parts = new HashMap<>();
        Map<FactKey, Set<String>> dimensions = new HashMap<>();
        for (FactKey k : hasMonths ? outcomes.keySet() : stored.keySet()) {
            Breakdown b = k.breakdown();
            if (b.isTotal() || b.members().size() != 1 || !rollable.contains(k.indicator())) {
                continue;
            }
            FactKey total = new FactKey(k.indicator(), k.entity(), k.period(), Breakdown.TOTAL, Nature.ACTUAL);
            if (outcomes.containsKey(total)) {
                continue;
            }
            parts.computeIfAbsent(total, t -> new ArrayList<>()).add(k);
            dimensions.computeIfAbsent(total, t -> new TreeSet<>()).add(b.members().firstKey());
        }
        parts.forEach((total, members) -> {
            if (!outcomes.containsKey(total) && dimensions.get(total).size() == 1) {
                members.sort(Comparator.comparing(FactKey::canonical));
                List<BigDecimal> values = new ArrayList<>();
                members.forEach(m -> values.add(value(m).orElseThrow()));
                Indicator ind = model.indicators().get(total.indicator());
                BigDecimal sum = RollUp.combine(org.esgledger.engine.catalogue.Aggregation.SUM, values, false);
                put(new Outcome.Available(total, sum, ind.unit(),
                        new Derivation.RolledUp(org.esgledger.engine.catalogue.Aggregation.SUM, members, List.of())));
            }
        });
    }

    /**
     * Entities bottom-up: every parent gets, for each value any of its children (inside the
     * boundary) has, the roll-up of its children, unless it has a stored value of its own.
     */
    private void rollUpEntities() {
        Map<String, List<FactKey>> byEntity = new HashMap<>();
        for (FactKey k : outcomes.keySet()) {
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
            Set<FactKey> keys = new java.util.LinkedHashSet<>();
            for (ReportingEntity child : children) {
                if (child.inBoundary()) {
                    for (FactKey k : byEntity.getOrDefault(child.code(), List.of())) {
                        keys.add(new FactKey(k.indicator(), parent, k.period(), k.breakdown(), Nature.ACTUAL));
                    }
                }
            }
            List<FactKey> own = byEntity.computeIfAbsent(parent, e -> new ArrayList<>());
            for (FactKey key : keys) {
                if (!outcomes.containsKey(key) && rollUp(key, parent)) {
                    own.add(key);
                }
            }
        }
    }

    /** Rolls one entity up from its children unless it has a stored value; true if it has a value now. */
    private boolean rollUp(FactKey group, String entity) {
        FactKey key = new FactKey(group.indicator(), entity, group.period(), group.breakdown(), Nature.ACTUAL);
        if (stored.containsKey(key)) {
            return true;
        }
        Indicator ind = model.indicators().get(group.indicator());
        Optional<Outcome.Available> up = RollUp.entity(ind, model.equityShare().contains(ind.code()), model.tree(), entity,
                group.period(), group.breakdown(), this::value);
        if (up.isPresent()) {
            put(up.get());
            return true;
        }
        outcomes.remove(key);
        return false;
    }

    private void deriveAll() {
        for (int year : years) {
            for (Formula f : model.formulas().ordered()) {
                for (String entity : candidates(f, year)) {
                    derive(f, entity, year);
                }
            }
        }
    }

    private Set<String> candidates(Formula f, int year) {
        Set<String> entities = new TreeSet<>();
        for (Reference r : f.references()) {
            if (!r.printed()) {
                entities.addAll(present.getOrDefault(r.indicator(), Map.of()).getOrDefault(new Period.FiscalYear(year - r.periodsBack()), Set.of()));
            }
        }
        Period p = new Period.FiscalYear(year);
        printed.keySet().stream().filter(k -> k.indicator().equals(f.indicator()) && k.period().equals(p) && k.breakdown().isTotal())
                .forEach(k -> entities.add(k.entity()));
        return entities;
    }

    /** Evaluates one cell and stores it; returns true if its outcome changed. */
    private boolean derive(Formula f, String entity, int year) {
        Outcome o = cells.evaluate(f, entity, year, this::value, k -> Optional.ofNullable(printed.get(k)));
        FactKey key = o.key();
        BigDecimal own = stored.get(key);
        if (own != null) {
            if (o instanceof Outcome.NotAvailable) {
                o = new Outcome.Available(key, own, o.unit(), Derivation.STORED);
                overridden.remove(key);
            } else {
                overridden.put(key, own);
            }
        }
        Outcome before = outcomes.get(key);
        put(o);
        return !same(before, o);
    }

    private static boolean same(Outcome a, Outcome b) {
        if (a instanceof Outcome.Available && b instanceof Outcome.Available) {
            return ((Outcome.Available) a).value().compareTo(((Outcome.Available) b).value()) == 0;
        }
        return a != null && b != null && a.getClass() == b.getClass();
    }

    /**
     * Pushes one changed stored value through: its roll-ups up the tree, then every formula cell
     * that depends on it, directly or through others, in dependency order.
     *
     * @return the outcomes that changed (the value itself included)
     */
    public List<Outcome> update(InputValue changed) {
        FactKey key = changed.key();
        BigDecimal v = toIndicatorUnit(changed).orElseThrow(() -> new IllegalArgumentException("not numeric: " + key));
        List<Outcome> out = new ArrayList<>();
        stored.put(key, v);
        Outcome before = outcomes.get(key);
        Outcome now = new Outcome.Available(key, v, unitOf(key), Derivation.STORED);
        put(now);
        if (same(before, now)) {
            return out;
        }
        out.add(now);
        List<FactKey> moved = new ArrayList<>(List.of(key));
        if (rollable.contains(key.indicator())) {
            Optional<String> up = model.tree().entity(key.entity()).flatMap(e -> e.parent());
            while (up.isPresent() && !stored.containsKey(new FactKey(key.indicator(), up.get(), key.period(), key.breakdown(), Nature.ACTUAL))) {
                rollUp(key, up.get());
                FactKey parent = new FactKey(key.indicator(), up.get(), key.period(), key.breakdown(), Nature.ACTUAL);
                Optional.ofNullable(outcomes.get(parent)).ifPresent(out::add);
                moved.add(parent);
                up = model.tree().entity(up.get()).flatMap(e -> e.parent());
            }
        }
        PriorityQueue<Cell> queue = new PriorityQueue<>();
        Set<Cell> queued = new HashSet<>();
        moved.forEach(k -> enqueueDependents(k, queue, queued));
        while (!queue.isEmpty()) {
            Cell c = queue.poll();
            queued.remove(c);
            Formula f = model.formulas().formula(c.indicator()).orElseThrow();
            if (derive(f, c.entity(), c.year())) {
                Outcome o = outcomes.get(new FactKey(c.indicator(), c.entity(), new Period.FiscalYear(c.year()), Breakdown.TOTAL, Nature.ACTUAL));
                out.add(o);
                enqueueDependents(o.key(), queue, queued);
            }
        }
        return out;
    }

    private void enqueueDependents(FactKey k, PriorityQueue<Cell> queue, Set<Cell> queued) {
        if (!(k.period() instanceof Period.FiscalYear)) {
            return;
        }
        int year = ((Period.FiscalYear) k.period()).year();
        for (String dependent : model.formulas().dependents(k.indicator())) {
            Formula f = model.formulas().formula(dependent).orElseThrow();
            for (Reference r : f.references()) {
                if (!r.printed() && r.indicator().equals(k.indicator()) && r.breakdown().equals(k.breakdown())) {
                    Cell c = new Cell(year + r.periodsBack(), formulaOrder.get(dependent), dependent, k.entity());
                    if (years.contains(c.year()) && queued.add(c)) {
                        queue.add(c);
                    }
                }
            }
        }
    }

    /** A formula cell waiting to be recomputed, ordered by year, then formula order. */
    private record Cell(int year, int order, String indicator, String entity) implements Comparable<Cell> {
        @Override
        public int compareTo(Cell o) {
            int c = Integer.compare(year, o.year);
            c = c != 0 ? c : Integer.compare(order, o.order);
            return c != 0 ? c : entity.compareTo(o.entity);
        }
    }

    /**
     * Evaluates an expression that is not an indicator's formula (a consistency rule's side) for
     * one entity and year, over this calculation's values and published figures.
     *
     * @return the value in the reference units of its dimension, or empty with the missing
     *         references (or the evaluation failure) in {@link Evaluation#missing()}
     */
    public Evaluation evaluate(Formula expression, String entity, int year) {
        FormulaCells.Raw raw = cells.raw(expression, entity, year, this::value, k -> Optional.ofNullable(printed.get(k)));
        if (!raw.missing().isEmpty()) {
            return new Evaluation(Optional.empty(), raw.inputs(), raw.missing());
        }
        try {
            return new Evaluation(Optional.of(expression.evaluate(raw.values())), raw.inputs(), List.of());
        } catch (org.esgledger.engine.formula.FormulaEvaluationException e) {
            return new Evaluation(Optional.empty(), raw.inputs(), List.of(e.problem().en()));
        }
    }

    /** An expression's value for one entity and year, with what it was computed from. */
    public record Evaluation(Optional<BigDecimal> value, List<Derivation.Input> inputs, List<String> missing) {
    }

    /** Fiscal years the inputs cover. */
    public Set<Integer> years() {
        return java.util.Collections.unmodifiableSet(years);
    }

    /** Factor of a unit to its group's reference unit. */
    public BigDecimal factor(String unit) {
        return cells.factor(unit);
    }

    /** A published figure as it was printed (value and unit before conversion). */
    public Optional<InputValue> printedAsGiven(FactKey key) {
        return Optional.ofNullable(printedGiven.get(key));
    }

    /** Every outcome, sorted by key, for storing and comparing. */
    public List<Outcome> outcomes() {
        List<Map.Entry<String, Outcome>> keyed = new ArrayList<>(outcomes.size());
        outcomes.values().forEach(o -> keyed.add(Map.entry(o.key().canonical(), o)));
        keyed.sort(Map.Entry.comparingByKey());
        List<Outcome> all = new ArrayList<>(keyed.size());
        keyed.forEach(e -> all.add(e.getValue()));
        return all;
    }

    public Optional<Outcome> outcome(FactKey key) {
        return Optional.ofNullable(outcomes.get(key));
    }

    /** A published figure, in its indicator's unit. */
    public Optional<BigDecimal> printed(FactKey key) {
        return Optional.ofNullable(printed.get(key));
    }

    public Map<FactKey, BigDecimal> printedFigures() {
        return java.util.Collections.unmodifiableMap(printed);
    }

    /** Stored values of derived indicators that the formula's result replaced, by key. */
    public Map<FactKey, BigDecimal> overridden() {
        return java.util.Collections.unmodifiableMap(overridden);
    }

    public CalculationModel model() {
        return model;
    }

    public int size() {
        return outcomes.size();
    }
}
