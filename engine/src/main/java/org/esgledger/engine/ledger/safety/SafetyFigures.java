package org.esgledger.engine.ledger.safety;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.ComputedFact;
import org.esgledger.engine.ledger.LedgerContext;
import org.esgledger.engine.ledger.LedgerRows;
import org.esgledger.engine.ledger.Totals;

/**
 * The figures of the monthly safety statistics: per year, for the root entity, accidents, injured
 * employees, fatalities and safety investment (in the catalogue's unit of money), summed over the
 * months reported. A year whose months all report zero accidents gives 0; a year with no rows gives
 * nothing.
 */
public final class SafetyFigures {

    public static final String INVESTMENT = "work_safety_investment";

    /** The counts each month adds to, by indicator. */
    private static final Map<String, Function<SafetyMonth, BigDecimal>> COUNTS = counts();

    private SafetyFigures() {
    }

    private static Map<String, Function<SafetyMonth, BigDecimal>> counts() {
        Map<String, Function<SafetyMonth, BigDecimal>> counts = new LinkedHashMap<>();
        counts.put("work_safety_accidents", s -> BigDecimal.valueOf(s.accidents()));
        counts.put("work_related_injuries", s -> BigDecimal.valueOf(s.injuries()));
        counts.put("work_related_fatalities", s -> BigDecimal.valueOf(s.fatalities()));
        return counts;
    }

    /** Every indicator the ledger yields. */
    public static Set<String> indicators() {
        Set<String> all = new TreeSet<>(COUNTS.keySet());
        all.add(INVESTMENT);
        return all;
    }

    public static List<ComputedFact> of(LedgerRows<SafetyMonth> rows, LedgerContext context) {
        String root = context.root();
        String money = context.unitOf(INVESTMENT);
        Totals totals = new Totals();
        rows.forEach(row -> {
            SafetyMonth m = row.record();
            int year = m.month().getYear();
            COUNTS.forEach((indicator, count) -> totals.add(Totals.key(indicator, root, year, Breakdown.TOTAL), count.apply(m), row));
            totals.add(Totals.key(INVESTMENT, root, year, Breakdown.TOTAL), context.units().convert(m.investment(), money).value(), row);
        });
        return totals.facts(context::unitOf, used -> "safety ledger");
    }
}
