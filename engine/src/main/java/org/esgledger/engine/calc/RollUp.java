package org.esgledger.engine.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.esgledger.engine.catalogue.Aggregation;
import org.esgledger.engine.catalogue.Indicator;
import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.Nature;
import org.esgledger.engine.fact.Period;
import org.esgledger.engine.formula.FormulaFunctions;
import org.esgledger.engine.i18n.Message;
import org.esgledger.engine.organisation.OrganisationTree;
import org.esgledger.engine.organisation.ReportingEntity;

/**
 * Aggregation of one indicator's values over the entity tree and over the months of a year, by
 * the indicator's rule. Across entities, sums and end-of-period values add up, averages average
 * and maxima take the largest; only entities inside the boundary count, each with its ownership
 * share when the indicator is consolidated by equity share. Across months: sum, average,
 * end-of-period (the last month present) or maximum. Not-additive indicators (rates, weighted
 * averages) are not rolled up: their formula runs on the rolled-up inputs instead.
 */
final class RollUp {

    private RollUp() {
    }

    static boolean acrossEntities(Aggregation rule) {
        return rule == Aggregation.SUM || rule == Aggregation.END_OF_PERIOD || rule == Aggregation.AVERAGE
                || rule == Aggregation.MAX;
    }

    /**
     * The value of {@code entity} rolled up from the entities below it, or empty when none of
     * them (inside the boundary) has one; not available when one of them is not available.
     * {@code outcome} gives a child's own or rolled-up outcome.
     */
    static Optional<Outcome> entity(Indicator indicator, boolean equity, OrganisationTree tree, String entity,
                                    Period period, Breakdown breakdown,
                                    Function<FactKey, Optional<Outcome>> outcome) {
        List<FactKey> parts = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        List<BigDecimal> shares = new ArrayList<>();
        Outcome.NotAvailable missing = null;
        for (ReportingEntity child : tree.children(entity)) {
            if (!child.inBoundary()) {
                continue;
            }
            FactKey k = new FactKey(indicator.code(), child.code(), period, breakdown, Nature.ACTUAL);
            Optional<Outcome> o = outcome.apply(k);
            if (o.isEmpty()) {
                continue;
            }
            parts.add(k);
            BigDecimal share = equity ? child.ownershipShare() : BigDecimal.ONE;
            if (equity) {
                shares.add(share);
            }
            if (o.get() instanceof Outcome.Available a) {
                values.add(equity ? a.value().multiply(share) : a.value());
            } else if (missing == null) {
                missing = (Outcome.NotAvailable) o.get();
            }
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        FactKey key = new FactKey(indicator.code(), entity, period, breakdown, Nature.ACTUAL);
        if (missing != null) {
            return Optional.of(partNotAvailable(indicator, key, parts, shares, missing));
        }
        BigDecimal combined = combine(indicator.aggregation(), values, false);
        return Optional.of(new Outcome.Available(key, combined, indicator.unit(),
                new Derivation.RolledUp(indicator.aggregation(), parts, shares)));
    }

    /** A roll-up that is not available because {@code part}, one of its parts, is not: the reason names it and says why. */
    static Outcome.NotAvailable partNotAvailable(Indicator indicator, FactKey key, List<FactKey> parts, List<BigDecimal> shares,
                                                 Outcome part) {
        Message why = ((Outcome.NotAvailable) part).reason();
        return new Outcome.NotAvailable(key, indicator.unit(), Message.of("calc.partNotAvailable", key.toString(), why.en(), why.zh()),
                new Derivation.RolledUp(indicator.aggregation(), parts, shares));
    }

    /** The months of a year combined into the year's value; {@code months} in calendar order. */
    static Outcome.Available months(Indicator indicator, FactKey yearKey, List<FactKey> parts, List<BigDecimal> months) {
        BigDecimal combined = combine(indicator.aggregation(), months, true);
        return new Outcome.Available(yearKey, combined, indicator.unit(),
                new Derivation.RolledUp(indicator.aggregation(), parts, List.of()));
    }

    static BigDecimal combine(Aggregation rule, List<BigDecimal> values, boolean overTime) {
        switch (rule) {
            case MAX:
                return values.stream().reduce(BigDecimal::max).orElseThrow();
            case AVERAGE:
                return sum(values).divide(BigDecimal.valueOf(values.size()), FormulaFunctions.PRECISION);
            case END_OF_PERIOD:
                return overTime ? values.get(values.size() - 1) : sum(values);
            default:
                return sum(values);
        }
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        BigDecimal s = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            s = s.add(v);
        }
        return s;
    }

    static Map<String, Integer> postOrder(OrganisationTree tree) {
        Map<String, Integer> order = new HashMap<>();
        tree.root().ifPresent(r -> visit(tree, r, order));
        return order;
    }

    private static void visit(OrganisationTree tree, ReportingEntity e, Map<String, Integer> order) {
        for (ReportingEntity c : tree.children(e.code())) {
            visit(tree, c, order);
        }
        order.put(e.code(), order.size());
    }
}
