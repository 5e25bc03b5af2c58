package org.esgledger.engine.ledger.training;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.ComputedFact;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.ledger.LedgerContext;
import org.esgledger.engine.ledger.LedgerRow;
import org.esgledger.engine.ledger.LedgerRows;
import org.esgledger.engine.ledger.Totals;
import org.esgledger.engine.unit.Unit;
import org.esgledger.engine.unit.UnitCatalogue;

/**
 * The figures of the training ledger, by the rules in {@link #RULES}: sessions counted, person-times,
 * hours and costs added up, in each indicator's catalogue unit, per year for the organisation's root
 * entity and, where the report shows them by site or by a dimension, per entity or per member.
 */
public final class TrainingFigures {

    /**
     * SESSIONS counts rows; PERSON_TIMES adds participants; HOURS adds the lengths in the indicator's
     * unit group (clock hours or class hours, never mixed); COST adds spend; PEOPLE takes the largest
     * attendance of any one session (a programme whose participants attend every session); DAYS counts
     * distinct dates; COURSES counts distinct course titles (an induction cohort is one course, however
     * many sessions it has).
     */
    enum Measure { SESSIONS, PERSON_TIMES, HOURS, COST, PEOPLE, DAYS, COURSES }

    /**
     * Which sessions an indicator counts and how.
     *
     * @param byEntity  also per entity other than the root
     * @param dimension also per member of this dimension (for the root); {@code null} when not
     * @param member    the session's member of {@code dimension}
     */
    record Rule(String indicator, Predicate<TrainingSession> sessions, Measure measure, boolean byEntity,
                String dimension, Function<TrainingSession, String> member) {

        /** Sessions of one type ({@code null}: every session), for the root entity only. */
        static Rule of(String indicator, String type, Measure measure) {
            return new Rule(indicator, s -> type == null || s.type().equals(type), measure, false, null, null);
        }
    }

    static final List<Rule> RULES = List.of(
            Rule.of("employee_training_sessions", null, Measure.SESSIONS),
            Rule.of("employee_training_person_times", null, Measure.PERSON_TIMES),
            Rule.of("employee_training_investment", null, Measure.COST),
            new Rule("infosec_training_sessions", s -> s.type().equals("infosec"), Measure.SESSIONS, true, null, null),
            new Rule("infosec_training_participants", s -> s.type().equals("infosec"), Measure.PERSON_TIMES, true, null, null),
            Rule.of("responsible_marketing_training_sessions", "responsible_marketing", Measure.SESSIONS),
            Rule.of("responsible_marketing_training_participants", "responsible_marketing", Measure.PERSON_TIMES),
            Rule.of("responsible_marketing_training_hours", "responsible_marketing", Measure.HOURS),
            new Rule("product_quality_training_sessions", s -> s.type().equals("quality"), Measure.SESSIONS, false,
                    "training_type", TrainingSession::provider),
            Rule.of("product_quality_training_hours", "quality", Measure.HOURS),
            Rule.of("anti_bribery_training_hours", "anti_corruption", Measure.HOURS),
            Rule.of("complaint_response_training_sessions", "complaint_response", Measure.SESSIONS),
            Rule.of("complaint_response_training_participants", "complaint_response", Measure.PERSON_TIMES),
            Rule.of("tax_training_sessions", "tax", Measure.SESSIONS),
            Rule.of("legal_training_sessions", "legal", Measure.SESSIONS),
            Rule.of("ip_training_sessions", "ip", Measure.SESSIONS),
            Rule.of("safety_training_investment", "safety", Measure.COST),
            new Rule("new_employee_training_class_hours", s -> s.type().equals("induction"), Measure.HOURS, false, "delivery",
                    TrainingSession::delivery),
            Rule.of("ttt_training_class_hours", "lecturer", Measure.HOURS),
            Rule.of("ttt_training_participants", "lecturer", Measure.PEOPLE),
            Rule.of("yellow_belt_training_class_hours", "lean", Measure.HOURS),
            Rule.of("yellow_belt_training_participants", "lean", Measure.PEOPLE),
            Rule.of("excel_training_class_hours", "office_skills", Measure.HOURS),
            Rule.of("excel_training_participants", "office_skills", Measure.PEOPLE),
            Rule.of("excel_training_days", "office_skills", Measure.DAYS),
            Rule.of("anti_bribery_training_participants", "anti_corruption", Measure.PEOPLE),
            Rule.of("new_employee_training_cohorts", "induction", Measure.COURSES));

    private TrainingFigures() {
    }

    /** Every indicator the ledger yields: one per rule. */
    public static Set<String> indicators() {
        Set<String> all = new TreeSet<>();
        RULES.forEach(rule -> all.add(rule.indicator()));
        return all;
    }

    public static List<ComputedFact> of(LedgerRows<TrainingSession> rows, LedgerContext context) {
        String root = context.root();
        List<Count> counts = RULES.stream().map(rule -> new Count(rule, context)).toList();
        Totals totals = new Totals();
        rows.forEach(row -> counts.forEach(count -> count.add(row, root, totals)));
        return totals.facts(context::unitOf, used -> "training ledger");
    }

    /** One rule applied to the sessions as they come, with the dates or titles it has seen per year. */
    private static final class Count {
        private final Rule rule;
        private final UnitCatalogue units;
        private final Unit unit;
        private final Map<Integer, Set<String>> seen = new HashMap<>();

        private Count(Rule rule, LedgerContext context) {
            this.rule = rule;
            this.units = context.units();
            this.unit = units.unit(context.unitOf(rule.indicator())).orElseThrow();
        }

        private void add(LedgerRow<TrainingSession> row, String root, Totals totals) {
            TrainingSession t = row.record();
            if (!rule.sessions().test(t) || !measurable(t)) {
                return;
            }
            BigDecimal value = value(t);
            int year = t.date().getYear();
            put(totals, Totals.key(rule.indicator(), root, year, Breakdown.TOTAL), value, row);
            if (rule.byEntity() && !t.entity().equals(root)) {
                put(totals, Totals.key(rule.indicator(), t.entity(), year, Breakdown.TOTAL), value, row);
            }
            if (rule.dimension() != null) {
                Breakdown member = Breakdown.of(rule.dimension(), rule.member().apply(t));
                put(totals, Totals.key(rule.indicator(), root, year, member), value, row);
            }
        }

        /** Hours count only into an indicator of their own unit group (clock hours or class hours). */
        private boolean measurable(TrainingSession t) {
            return rule.measure() != Measure.HOURS || units.convertible(t.hours().unit(), unit);
        }

        private BigDecimal value(TrainingSession t) {
            return switch (rule.measure()) {
                case SESSIONS -> BigDecimal.ONE;
                case PERSON_TIMES, PEOPLE -> BigDecimal.valueOf(t.participants());
                case HOURS -> units.convert(t.hours(), unit).value();
                case COST -> units.convert(t.cost(), unit).value();
                case DAYS -> first(t, t.date().toString());
                case COURSES -> first(t, t.course());
            };
        }

        /** One for the first session of its year with this date or title, zero for the next (whose row still counts). */
        private BigDecimal first(TrainingSession t, String what) {
            return seen.computeIfAbsent(t.date().getYear(), y -> new HashSet<>()).add(what) ? BigDecimal.ONE : BigDecimal.ZERO;
        }

        private void put(Totals totals, FactKey key, BigDecimal value, LedgerRow<TrainingSession> row) {
            if (rule.measure() == Measure.PEOPLE) {
                totals.max(key, value, row);
            } else {
                totals.add(key, value, row);
            }
        }
    }
}
