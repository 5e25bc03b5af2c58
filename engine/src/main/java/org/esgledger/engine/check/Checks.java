package org.esgledger.engine.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.esgledger.engine.calc.Calculation;

/**
 * The consistency rule library, run on every computation: breakdowns add up to their totals,
 * entities to their parent's total, printed figures equal what the data gives, and the rules kept
 * as data (roll-forwards, rates against every possible base). Findings come sorted by severity
 * (worst first), then rule and subject, so that two runs give the same list.
 */
public final class Checks {

    private Checks() {
    }

    public static List<Finding> run(Calculation calc, List<CheckRule> rules) {
        List<Finding> all = new ArrayList<>();
        all.addAll(BreakdownSums.check(calc));
        all.addAll(EntitySums.check(calc));
        all.addAll(PrintedFigures.check(calc));
        all.addAll(ConfiguredRules.check(calc, rules));
        all.sort(Comparator.comparing(Finding::severity).reversed().thenComparing(Finding::rule).thenComparing(Finding::subject));
        return List.copyOf(all);
    }
}
