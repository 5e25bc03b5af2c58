package org.esgledger.engine.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

import org.esgledger.engine.catalogue.Indicator;
import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.Nature;
import org.esgledger.engine.fact.Period;
import org.esgledger.engine.formula.Formula;
import org.esgledger.engine.formula.FormulaEvaluationException;
import org.esgledger.engine.formula.Reference;
import org.esgledger.engine.i18n.Message;
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
    /** Stored values known not to be available ({@link UnavailableInput}). */
    private final Set<FactKey> unavailable = new HashSet<>();
    private final Map<FactKey, BigDecimal> printed = new HashMap<>();
    private final Map<FactKey, InputValue> printedGiven = new HashMap<>();
    private final Results outcomes = new Results();
    private final Map<FactKey, BigDecimal> overridden = new HashMap<>();
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
        return run(model, inputs, List.of(), published);
    }

    /**
     * Computes everything from {@code inputs}, with the stored values of {@code unavailable}
     * carried as not available (with their reasons): the roll-ups they are part of and the
     * formulas that read them are not available either.
     */
    public static Calculation run(CalculationModel model, Collection<InputValue> inputs, Collection<UnavailableInput> unavailable,
                                  Collection<InputValue> published) {
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
        for (UnavailableInput u : unavailable) {
            c.putUnavailable(u);
        }
        RollUps rollUps = c.rollUps();
        if (c.hasMonths) {
            rollUps.months();
        }
        rollUps.breakdowns(c.hasMonths);
        rollUps.entities();
        c.deriveAll();
        return c;
    }

    private void putUnavailable(UnavailableInput u) {
        FactKey key = u.key();
        Indicator ind = model.indicators().get(key.indicator());
        if (key.nature() != Nature.ACTUAL || ind == null || !ind.valueType().numeric() || stored.containsKey(key)) {
            return;
        }
        noteYear(key);
        unavailable.add(key);
        put(new Outcome.NotAvailable(key, ind.unit(), Message.of("calc.notAvailable", key.toString(),
                u.reason().en(), u.reason().zh()), Derivation.STORED));
    }

    private void noteYear(FactKey key) {
        if (key.period() instanceof Period.FiscalYear) {
            years.add(((Period.FiscalYear) key.period()).year());
        } else if (key.period() instanceof Period.Month) {
            years.add(((Period.Month) key.period()).year());
            hasMonths = true;
        }
    }

    private Optional<BigDecimal> toIndicatorUnit(InputValue v) {
        Indicator ind = model.indicators().get(v.key().indicator());
        if (ind == null || !ind.valueType().numeric()) {
            return Optional.empty();
        }
        noteYear(v.key());
        if (v.unit().equals(ind.unit()) || ind.unit().isEmpty()) {
            return Optional.of(v.value());
        }
        return Optional.of(model.units().convert(new Quantity(v.value(), model.units().unit(v.unit()).orElseThrow()), ind.unit()).value());
    }

    private String unitOf(FactKey key) {
        return model.indicators().get(key.indicator()).unit();
    }

    private void put(Outcome o) {
        outcomes.put(o);
    }

    private Optional<BigDecimal> value(FactKey key) {
        return outcomes.value(key);
    }

    private RollUps rollUps() {
        return new RollUps(model, stored, unavailable, outcomes, rollable);
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
                entities.addAll(outcomes.entities(r.indicator(), new Period.FiscalYear(year - r.periodsBack())));
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
        return !Results.same(before, o);
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
        unavailable.remove(key);
        Outcome before = outcomes.get(key);
        Outcome now = new Outcome.Available(key, v, unitOf(key), Derivation.STORED);
        put(now);
        if (Results.same(before, now)) {
            return out;
        }
        out.add(now);
        List<FactKey> moved = new ArrayList<>(List.of(key));
        if (rollable.contains(key.indicator())) {
            Optional<String> up = model.tree().entity(key.entity()).flatMap(e -> e.parent());
            while (up.isPresent() && !stored.containsKey(new FactKey(key.indicator(), up.get(), key.period(), key.breakdown(), Nature.ACTUAL))
                    && !unavailable.contains(new FactKey(key.indicator(), up.get(), key.period(), key.breakdown(), Nature.ACTUAL))) {
                rollUps().entity(key, up.get());
                FactKey parent = new FactKey(key.indicator(), up.get(), key.period(), key.breakdown(), Nature.ACTUAL);
                Optional.ofNullable(outcomes.get(parent)).ifPresent(out::add);
                moved.add(parent);
                up = model.tree().entity(up.get()).flatMap(e -> e.parent());
            }
        }
        PriorityQueue<PendingCell> queue = new PriorityQueue<>();
        Set<PendingCell> queued = new HashSet<>();
        moved.forEach(k -> enqueueDependents(k, queue, queued));
        while (!queue.isEmpty()) {
            PendingCell c = queue.poll();
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

    private void enqueueDependents(FactKey k, PriorityQueue<PendingCell> queue, Set<PendingCell> queued) {
        if (!(k.period() instanceof Period.FiscalYear)) {
            return;
        }
        int year = ((Period.FiscalYear) k.period()).year();
        for (String dependent : model.formulas().dependents(k.indicator())) {
            Formula f = model.formulas().formula(dependent).orElseThrow();
            for (Reference r : f.references()) {
                if (!r.printed() && r.indicator().equals(k.indicator()) && r.breakdown().equals(k.breakdown())) {
                    PendingCell c = new PendingCell(year + r.periodsBack(), formulaOrder.get(dependent), dependent, k.entity());
                    if (years.contains(c.year()) && queued.add(c)) {
                        queue.add(c);
                    }
                }
            }
        }
    }

    /**
     * Evaluates an expression that is not an indicator's formula (a consistency rule's side) for
     * one entity and year, over this calculation's values and published figures.
     *
     * @return see {@link Evaluation}
     */
    public Evaluation evaluate(Formula expression, String entity, int year) {
        FormulaCells.Raw raw = cells.raw(expression, entity, year, this::value, k -> Optional.ofNullable(printed.get(k)));
        if (!raw.missing().isEmpty()) {
            return new Evaluation(Optional.empty(), raw.inputs(), raw.missing());
        }
        try {
            return new Evaluation(Optional.of(expression.evaluate(raw.values())), raw.inputs(), List.of());
        } catch (FormulaEvaluationException e) {
            return new Evaluation(Optional.empty(), raw.inputs(), List.of(e.problem().en()));
        }
    }

    /** Fiscal years the inputs cover. */
    public Set<Integer> years() {
        return Collections.unmodifiableSet(years);
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
        return outcomes.sorted();
    }

    public Optional<Outcome> outcome(FactKey key) {
        return Optional.ofNullable(outcomes.get(key));
    }

    /** A published figure, in its indicator's unit. */
    public Optional<BigDecimal> printed(FactKey key) {
        return Optional.ofNullable(printed.get(key));
    }

    public Map<FactKey, BigDecimal> printedFigures() {
        return Collections.unmodifiableMap(printed);
    }

    /** Stored values of derived indicators that the formula's result replaced, by key. */
    public Map<FactKey, BigDecimal> overridden() {
        return Collections.unmodifiableMap(overridden);
    }

    public CalculationModel model() {
        return model;
    }

    public int size() {
        return outcomes.size();
    }
}
