package org.esgledger.engine.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.esgledger.engine.calc.Calculation;
import org.esgledger.engine.calc.Derivation;
import org.esgledger.engine.calc.Outcome;
import org.esgledger.engine.catalogue.Aggregation;
import org.esgledger.engine.catalogue.Dimension;
import org.esgledger.engine.catalogue.Indicator;
import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.i18n.Message;

/**
 * Rule {@code parts-sum}: the members of one breakdown dimension add up to the total (employees
 * by gender, by age, by education; waste by type). Only additive indicators, only complete
 * breakdowns (every member of the dimension present) are held to equality ({@link Tolerance});
 * an incomplete breakdown must not exceed its total.
 */
final class BreakdownSums {

    static final String RULE = "parts-sum";

    private BreakdownSums() {
    }

    static List<Finding> check(Calculation calc) {
        Map<FactKey, Map<String, List<Outcome.Available>>> parts = new HashMap<>();
        Map<FactKey, Outcome.Available> totals = new TreeMap<>(Comparator.comparing(FactKey::canonical));
        for (Outcome o : calc.outcomes()) {
            if (!(o instanceof Outcome.Available)) {
                continue;
            }
            Indicator ind = calc.model().indicators().get(o.key().indicator());
            if (ind.aggregation() != Aggregation.SUM && ind.aggregation() != Aggregation.END_OF_PERIOD) {
                continue;
            }
            Breakdown b = o.key().breakdown();
            if (b.isTotal()) {
                totals.put(o.key(), (Outcome.Available) o);
            } else if (b.members().size() == 1) {
                FactKey total = new FactKey(o.key().indicator(), o.key().entity(), o.key().period(), Breakdown.TOTAL, o.key().nature());
                parts.computeIfAbsent(total, k -> new TreeMap<>()).computeIfAbsent(b.members().firstKey(), k -> new ArrayList<>())
                        .add((Outcome.Available) o);
            }
        }
        List<Finding> out = new ArrayList<>();
        totals.forEach((key, total) -> parts.getOrDefault(key, Map.of()).forEach((dimension, members) ->
                check(calc, total, dimension, members).ifPresent(out::add)));
        return out;
    }

    private static Optional<Finding> check(Calculation calc, Outcome.Available total, String dimension,
                                                     List<Outcome.Available> members) {
        if (total.derivation() instanceof Derivation.RolledUp
                && members.stream().allMatch(m -> m.derivation() instanceof Derivation.RolledUp)) {
            return Optional.empty(); // inherited from the entities below, reported there
        }
        Indicator ind = calc.model().indicators().get(total.key().indicator());
        Dimension dim = calc.model().dimensions().get(dimension);
        boolean complete = dim != null && members.size() == dim.members().size();
        BigDecimal sum = BigDecimal.ZERO;
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.computed(total.key(), total.value(), total.unit()));
        for (Outcome.Available m : members) {
            sum = sum.add(m.value());
            figures.add(Figure.computed(m.key(), m.value(), m.unit()));
        }
        BigDecimal tolerance = Tolerance.of(ind, members.size());
        BigDecimal difference = sum.subtract(total.value());
        String subject = total.key() + "[" + dimension + "]";
        if (complete && difference.abs().compareTo(tolerance) > 0) {
            return Optional.of(new Finding(RULE, Severity.MEDIUM, subject, Message.of("check.partsSum", total.key().toString(),
                    dimension, PrintedFigures.plain(sum), PrintedFigures.plain(total.value()), PrintedFigures.plain(difference), total.unit()), figures));
        }
        if (!complete && difference.compareTo(tolerance) > 0) {
            return Optional.of(new Finding(RULE, Severity.MEDIUM, subject, Message.of("check.partsExceed", total.key().toString(),
                    dimension, PrintedFigures.plain(sum), PrintedFigures.plain(total.value()), total.unit()), figures));
        }
        return Optional.empty();
    }
}
