package org.esgledger.engine.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.esgledger.engine.calc.Calculation;
import org.esgledger.engine.calc.Derivation;
import org.esgledger.engine.calc.Outcome;
import org.esgledger.engine.catalogue.Aggregation;
import org.esgledger.engine.catalogue.Indicator;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.i18n.Message;
import org.esgledger.engine.organisation.ReportingEntity;

/**
 * Rule {@code entity-sum}: a total recorded for an entity (not rolled up by us) agrees with the
 * values recorded for the entities below it. When every entity below inside the boundary has a
 * value they must add up to the total; when only some have one, together they must not exceed it.
 */
final class EntitySums {

    static final String RULE = "entity-sum";

    private EntitySums() {
    }

    static List<Finding> check(Calculation calc) {
        List<Finding> out = new ArrayList<>();
        for (Outcome o : calc.outcomes()) {
            if (o instanceof Outcome.Available && o.derivation() instanceof Derivation.Stored) {
                check(calc, (Outcome.Available) o).ifPresent(out::add);
            }
        }
        return out;
    }

    private static Optional<Finding> check(Calculation calc, Outcome.Available total) {
        Indicator ind = calc.model().indicators().get(total.key().indicator());
        if (ind.aggregation() != Aggregation.SUM && ind.aggregation() != Aggregation.END_OF_PERIOD
                || calc.model().formulas().isDerived(ind.code())) {
            return Optional.empty();
        }
        FactKey k = total.key();
        List<ReportingEntity> children = calc.model().tree().children(k.entity()).stream().filter(ReportingEntity::inBoundary).toList();
        BigDecimal sum = BigDecimal.ZERO;
        int found = 0;
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.computed(k, total.value(), total.unit()));
        for (ReportingEntity child : children) {
            FactKey ck = new FactKey(k.indicator(), child.code(), k.period(), k.breakdown(), k.nature());
            Optional<Outcome> co = calc.outcome(ck);
            if (co.isPresent() && co.get() instanceof Outcome.Available) {
                BigDecimal v = ((Outcome.Available) co.get()).value();
                sum = sum.add(calc.model().equityShare().contains(ind.code()) ? v.multiply(child.ownershipShare()) : v);
                found++;
                figures.add(Figure.computed(ck, v, total.unit()));
            }
        }
        if (found == 0) {
            return Optional.empty();
        }
        BigDecimal tolerance = Tolerance.of(ind, found);
        BigDecimal difference = sum.subtract(total.value());
        boolean complete = found == children.size();
        if (complete && difference.abs().compareTo(tolerance) > 0 || !complete && difference.compareTo(tolerance) > 0) {
            return Optional.of(new Finding(RULE, Severity.MEDIUM, k.toString(), Message.of(complete ? "check.entitySum" : "check.entityExceed",
                    k.toString(), PrintedFigures.plain(sum), PrintedFigures.plain(total.value()), PrintedFigures.plain(difference),
                    total.unit(), String.valueOf(found)), figures));
        }
        return Optional.empty();
    }
}
