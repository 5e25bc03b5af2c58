package org.esgledger.engine.calc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.esgledger.engine.catalogue.Indicator;
import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.Nature;
import org.esgledger.engine.fact.Period;
import org.esgledger.engine.formula.Formula;
import org.esgledger.engine.formula.FormulaEvaluationException;
import org.esgledger.engine.formula.FormulaFunctions;
import org.esgledger.engine.formula.Reference;
import org.esgledger.engine.i18n.Message;
import org.esgledger.engine.unit.Unit;
import org.esgledger.engine.unit.UnitCatalogue;

/**
 * Evaluates one formula for one entity and year: resolves each reference, converts the inputs to
 * their groups' reference units, evaluates, converts the result to the indicator's unit and
 * records the inputs as lineage. A missing input or a division by zero gives a
 * {@link Outcome.NotAvailable} naming it.
 */
final class FormulaCells {

    private final Map<String, Indicator> indicators;
    private final UnitCatalogue units;
    private final Map<String, BigDecimal> factors = new HashMap<>();
    private final Map<Integer, Period.FiscalYear> years = new HashMap<>();

    /** One period object per year, shared by every key this calculation makes. */
    Period.FiscalYear year(int year) {
        return years.computeIfAbsent(year, Period.FiscalYear::new);
    }

    FormulaCells(Map<String, Indicator> indicators, UnitCatalogue units) {
        this.indicators = indicators;
        this.units = units;
    }

    /**
     * @param computed a computed (or stored) value by key
     * @param printed  a published value by key
     */
    Outcome evaluate(Formula formula, String entity, int year, Function<FactKey, Optional<BigDecimal>> computed,
                     Function<FactKey, Optional<BigDecimal>> printed) {
        Indicator target = indicators.get(formula.indicator());
        FactKey key = new FactKey(formula.indicator(), entity, year(year), Breakdown.TOTAL, Nature.ACTUAL);
        Raw raw = raw(formula, entity, year, computed, printed);
        Derivation.Derived how = new Derivation.Derived(formula.text(), formula.version(), raw.inputs());
        if (!raw.missing().isEmpty()) {
            return new Outcome.NotAvailable(key, target.unit(), Message.of("calc.missing", key.toString(), String.join(", ", raw.missing())), how);
        }
        try {
            BigDecimal result = toUnit(formula.evaluate(raw.values()), factor(target.unit()));
            return new Outcome.Available(key, result, target.unit(), how);
        } catch (FormulaEvaluationException e) {
            return new Outcome.NotAvailable(key, target.unit(), Message.of("calc.failed", key.toString(), e.problem().en(),
                    e.problem().zh()), how);
        }
    }

    /**
     * The inputs of a formula for one entity and year: each reference resolved (lineage), the
     * values of those present in reference units, and the references that are missing.
     */
    public record Raw(List<Derivation.Input> inputs, List<BigDecimal> values, List<String> missing) {
    }

    Raw raw(Formula formula, String entity, int year, Function<FactKey, Optional<BigDecimal>> computed,
            Function<FactKey, Optional<BigDecimal>> printed) {
        List<Derivation.Input> inputs = new ArrayList<>(formula.references().size());
        List<BigDecimal> values = new ArrayList<>(formula.references().size());
        List<String> missing = new ArrayList<>();
        for (Reference r : formula.references()) {
            Indicator input = indicators.get(r.indicator());
            FactKey k = new FactKey(r.indicator(), entity, year(year - r.periodsBack()), r.breakdown(), Nature.ACTUAL);
            Optional<BigDecimal> v = r.printed() ? printed.apply(k) : computed.apply(k);
            inputs.add(new Derivation.Input(r.text(), k, r.printed(), v, input.unit()));
            if (v.isEmpty()) {
                missing.add((r.printed() ? "printed:" : "") + k);
            } else {
                BigDecimal f = factor(input.unit());
                values.add(f.compareTo(BigDecimal.ONE) == 0 ? v.get() : v.get().multiply(f));
            }
        }
        return new Raw(inputs, values, missing);
    }

    /** A value in reference units expressed in a unit of the given factor; exact (a shift) for powers of ten such as %. */
    static BigDecimal toUnit(BigDecimal value, BigDecimal factor) {
        if (factor.compareTo(BigDecimal.ONE) == 0) {
            return value;
        }
        BigDecimal f = factor.stripTrailingZeros();
        if (f.unscaledValue().equals(BigInteger.ONE)) {
            return value.movePointRight(f.scale());
        }
        return value.divide(factor, FormulaFunctions.PRECISION);
    }

    /** Factor of a unit to its group's reference unit (1 for the reference unit itself). */
    BigDecimal factor(String unitCode) {
        return factors.computeIfAbsent(unitCode, c -> units.unit(c).map(Unit::factor).orElse(BigDecimal.ONE));
    }
}
