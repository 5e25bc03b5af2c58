package org.esgledger.engine.target;

import java.math.BigDecimal;
import java.util.Optional;

import org.esgledger.engine.calc.Calculation;
import org.esgledger.engine.calc.Disclosure;
import org.esgledger.engine.calc.Outcome;
import org.esgledger.engine.catalogue.Indicator;
import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.Nature;
import org.esgledger.engine.fact.Period;
import org.esgledger.engine.formula.FormulaFunctions;
import org.esgledger.engine.i18n.Message;

/**
 * Evaluates a target for a year against a calculation's values. The actual is the indicator's
 * value for the target's entity and year, divided by the {@code per} indicator when the target is
 * per person, divided by 12 for a monthly average, and converted to the threshold's unit; it is
 * then held against the threshold by the comparator. Every status that is not achieved or not
 * achieved says why.
 */
public final class TargetEvaluation {

    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    private TargetEvaluation() {
    }

    public static TargetStatus evaluate(Target t, Calculation calc, int year) {
        Optional<Integer> due = dueYear(t.targetYear());
        if (due.isPresent() && due.get() > year || t.targetYear().endsWith("+")) {
            return new TargetStatus.InProgress(Message.of("target.future", t.targetYear(), String.valueOf(year)));
        }
        if (t.comparator() == Comparator.NONE) {
            return new TargetStatus.NotEvaluable(Message.of("target.qualitative", t.declared()));
        }
        if (t.indicator().isEmpty()) {
            return new TargetStatus.NotEvaluable(Message.of("target.noIndicator", t.note()));
        }
        String code = t.indicator().get();
        Indicator ind = calc.model().indicators().get(code);
        if (ind == null) {
            return new TargetStatus.NotEvaluable(Message.of("target.noIndicator", code));
        }
        Optional<BigDecimal> actual = actual(t, calc, ind, year);
        if (actual.isEmpty()) {
            return new TargetStatus.NotEvaluable(Message.of("target.noData", code, t.entity(), String.valueOf(year),
                    t.per().map(p -> " / " + p).orElse("")));
        }
        BigDecimal a = actual.get();
        String shown = Disclosure.text(a, Math.max(ind.decimals(), 2));
        switch (t.comparator()) {
            case DECREASE_YOY: {
                Optional<BigDecimal> before = actual(t, calc, ind, year - 1);
                if (before.isEmpty()) {
                    return new TargetStatus.InProgress(Message.of("target.noPrior", code, String.valueOf(year - 1)));
                }
                Message m = Message.of("target.trend", shown, Disclosure.text(before.get(), Math.max(ind.decimals(), 2)), t.unit());
                return a.compareTo(before.get()) < 0 ? new TargetStatus.Achieved(a, t.unit(), m) : new TargetStatus.NotAchieved(a, t.unit(), m);
            }
            case ZERO:
                return judge(a.signum() == 0, a, t, Message.of("target.compared", shown, t.unit(), "=", "0"));
            case COMPLIANT: {
                boolean rate = ind.unitGroup().equals("dimensionless");
                BigDecimal full = rate ? BigDecimal.ONE.divide(calc.factor(t.unit()), FormulaFunctions.PRECISION) : BigDecimal.ZERO;
                return judge(a.compareTo(full) == 0, a, t, Message.of("target.compared", shown, t.unit(), "=", full.stripTrailingZeros().toPlainString()));
            }
            default: {
                BigDecimal threshold = t.threshold().orElseThrow(() -> new IllegalStateException(t.id() + " has no threshold"));
                return judge(t.comparator().holds(a, threshold), a, t,
                        Message.of("target.compared", shown, t.unit(), t.comparator().symbol(), threshold.toPlainString()));
            }
        }
    }

    private static TargetStatus judge(boolean met, BigDecimal actual, Target t, Message m) {
        return met ? new TargetStatus.Achieved(actual, t.unit(), m) : new TargetStatus.NotAchieved(actual, t.unit(), m);
    }

    private static Optional<BigDecimal> actual(Target t, Calculation calc, Indicator ind, int year) {
        Optional<BigDecimal> v = value(calc, ind.code(), t.entity(), year);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal a = v.get().multiply(calc.factor(ind.unit()));
        if (t.per().isPresent()) {
            Optional<BigDecimal> per = value(calc, t.per().get(), t.entity(), year);
            if (per.isEmpty() || per.get().signum() == 0) {
                return Optional.empty();
            }
            a = a.divide(per.get(), FormulaFunctions.PRECISION);
        }
        if (t.basis() == Basis.MONTHLY_AVERAGE) {
            a = a.divide(MONTHS, FormulaFunctions.PRECISION);
        }
        String unit = t.unit().isEmpty() ? ind.unit() : t.unit();
        return Optional.of(a.divide(calc.factor(unit), FormulaFunctions.PRECISION));
    }

    private static Optional<BigDecimal> value(Calculation calc, String indicator, String entity, int year) {
        return calc.outcome(new FactKey(indicator, entity, new Period.FiscalYear(year), Breakdown.TOTAL, Nature.ACTUAL))
                .filter(o -> o instanceof Outcome.Available).map(o -> ((Outcome.Available) o).value());
    }

    private static Optional<Integer> dueYear(String text) {
        String digits = text.replace("+", "").strip();
        return digits.matches("\\d{4}") ? Optional.of(Integer.parseInt(digits)) : Optional.empty();
    }
}
