package org.esgledger.engine.ledger.surveys;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.ComputedFact;
import org.esgledger.engine.ledger.LedgerContext;
import org.esgledger.engine.ledger.LedgerRow;
import org.esgledger.engine.ledger.LedgerRows;
import org.esgledger.engine.ledger.Totals;

/**
 * The figures of the customer-satisfaction survey ledger: per survey year, for the root entity, the
 * valid questionnaires, the distinct customers who returned one, and their average satisfaction
 * score (exact where the division terminates, else to 34 significant digits; rounded only at
 * disclosure). Invalid questionnaires count for nothing; a year without a valid one gives nothing.
 *
 * <p>Distinct customers and an average need every row of a year at once, so the valid rows are
 * collected per year (their lineage, the customers seen and the running sum) before any figure is
 * given; the figures of a year come out together, years in order.
 */
public final class SurveyFigures {

    public static final String VALID_QUESTIONNAIRES = "csat_valid_questionnaires";
    public static final String CUSTOMERS = "customers_surveyed";
    public static final String SCORE = "customer_satisfaction_score";
    private static final String SOURCE = "customer survey ledger";

    private SurveyFigures() {
    }

    /** Every indicator the ledger yields. */
    public static Set<String> indicators() {
        return Set.of(VALID_QUESTIONNAIRES, CUSTOMERS, SCORE);
    }

    public static List<ComputedFact> of(LedgerRows<SurveyResponse> rows, LedgerContext context) {
        Map<Integer, Year> years = new TreeMap<>();
        rows.forEach(row -> {
            if (row.record().valid()) {
                years.computeIfAbsent(row.record().year(), y -> new Year()).add(row);
            }
        });
        String root = context.root();
        List<ComputedFact> out = new ArrayList<>();
        years.forEach((year, responses) -> {
            out.add(fact(VALID_QUESTIONNAIRES, root, year, BigDecimal.valueOf(responses.rows.size()), responses, context));
            out.add(fact(CUSTOMERS, root, year, BigDecimal.valueOf(responses.customers.size()), responses, context));
            out.add(fact(SCORE, root, year, responses.average(), responses, context));
        });
        return out;
    }

    private static ComputedFact fact(String indicator, String root, int year, BigDecimal value, Year responses,
                                     LedgerContext context) {
        return new ComputedFact(Totals.key(indicator, root, year, Breakdown.TOTAL), value, context.unitOf(indicator), SOURCE,
                responses.rows);
    }

    /** The valid questionnaires of one year. */
    private static final class Year {
        private final List<ComputedFact.SourceRow> rows = new ArrayList<>();
        private final Set<String> customers = new HashSet<>();
        private BigDecimal sum = BigDecimal.ZERO;

        private void add(LedgerRow<SurveyResponse> row) {
            rows.add(row.source());
            customers.add(row.record().customer());
            sum = sum.add(row.record().score());
        }

        /** The average score, as people read it. */
        private BigDecimal average() {
            BigDecimal count = BigDecimal.valueOf(rows.size());
            try {
                return Totals.plain(sum.divide(count));
            } catch (ArithmeticException nonTerminating) {
                return Totals.plain(sum.divide(count, MathContext.DECIMAL128));
            }
        }
    }
}
