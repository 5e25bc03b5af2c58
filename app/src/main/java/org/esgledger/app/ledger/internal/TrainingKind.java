package org.esgledger.app.ledger.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import org.esgledger.engine.fact.ComputedFact;
import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.Nature;
import org.esgledger.engine.fact.Period;
import org.esgledger.engine.ledger.Column;
import org.esgledger.engine.ledger.LedgerTable;
import org.esgledger.engine.ledger.RowReader;
import org.esgledger.engine.ledger.training.TrainingLedger;
import org.esgledger.engine.ledger.training.TrainingSession;
import org.esgledger.engine.unit.Quantity;
import org.esgledger.engine.unit.UnitCatalogue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The training ledger ({@code docs/formats/training.md}). Yields the report's training figures by
 * the rules in {@link #RULES}: sessions counted, person-times, hours and costs added up, for the
 * organisation's root entity and, where the report shows them by site, per entity.
 */
@Component
public class TrainingKind implements LedgerKind<TrainingSession> {

    /**
     * SESSIONS counts rows; PERSON_TIMES adds participants; HOURS adds the lengths in the indicator's
     * unit group (clock hours or class hours, never mixed); COST adds spend; PEOPLE takes the largest
     * attendance of any one session (a programme whose participants attend every session); DAYS counts
     * distinct dates; COURSES counts distinct course titles (an induction cohort is one course, however
     * many sessions it has).
     */
    enum Measure { SESSIONS, PERSON_TIMES, HOURS, COST, PEOPLE, DAYS, COURSES }

    /** Which sessions an indicator counts and how. */
    record Rule(String indicator, Predicate<TrainingSession> sessions, Measure measure, boolean byEntity,
                String dimension, Function<TrainingSession, String> member) {

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

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final UnitCatalogueSource units;

    public TrainingKind(JdbcClient jdbc, JdbcTemplate template, UnitCatalogueSource units) {
        this.jdbc = jdbc;
        this.template = template;
        this.units = units;
    }

    public String code() {
        return TrainingLedger.KIND;
    }

    public List<Column> columns() {
        return TrainingLedger.COLUMNS;
    }

    public RowReader<TrainingSession> reader(LedgerTable.Header header, Context context) {
        return TrainingLedger.reader(header, context::entity, context.units(), context.plausibility());
    }

    public void save(long batch, List<Stored<TrainingSession>> rows) {
        template.batchUpdate("""
                insert into training_record (batch_id, row_no, held_on, entity_code, course, type, provider, delivery, hours,
                    hours_unit, participants, cost, cost_unit) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                rows, 1000, (ps, s) -> {
                    TrainingSession t = s.record();
                    ps.setLong(1, batch);
                    ps.setInt(2, s.row());
                    ps.setDate(3, Date.valueOf(t.date()));
                    ps.setString(4, t.entity());
                    ps.setString(5, t.course());
                    ps.setString(6, t.type());
                    ps.setString(7, t.provider());
                    ps.setString(8, t.delivery());
                    ps.setBigDecimal(9, t.hours().value());
                    ps.setString(10, t.hours().unit().code());
                    ps.setLong(11, t.participants());
                    ps.setBigDecimal(12, t.cost().value());
                    ps.setString(13, t.cost().unit().code());
                });
    }

    public List<Stored<TrainingSession>> active() {
        UnitCatalogue catalogue = units.units();
        return jdbc.sql("""
                select r.batch_id, r.row_no, r.held_on, r.entity_code, r.course, r.type, r.provider, r.delivery, r.hours,
                       r.hours_unit, r.participants, r.cost, r.cost_unit
                from training_record r join ledger_batch b on b.id = r.batch_id where b.superseded_by is null
                order by r.batch_id, r.row_no""")
                .query((rs, n) -> new Stored<>(rs.getLong(1), rs.getInt(2), new TrainingSession(rs.getDate(3).toLocalDate(),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        new Quantity(rs.getBigDecimal(9), catalogue.unit(rs.getString(10)).orElseThrow()), rs.getLong(11),
                        new Quantity(rs.getBigDecimal(12), catalogue.unit(rs.getString(13)).orElseThrow()))))
                .list();
    }

    public List<ComputedFact> figures(List<Stored<TrainingSession>> active, Context context) {
        UnitCatalogue catalogue = context.units();
        String root = context.root();
        Map<String, Sums.Total> sums = new TreeMap<>();
        for (Rule rule : RULES) {
            String unitCode = context.indicatorUnits().get(rule.indicator());
            if (unitCode == null) {
                continue;
            }
            var unit = catalogue.unit(unitCode).orElseThrow();
            java.util.Map<String, java.util.Set<java.time.LocalDate>> days = new java.util.HashMap<>();
            java.util.Map<String, java.util.Set<String>> courses = new java.util.HashMap<>();
            for (Stored<TrainingSession> s : active) {
                TrainingSession t = s.record();
                if (!rule.sessions().test(t)) {
                    continue;
                }
                if (rule.measure() == Measure.HOURS && !catalogue.convertible(t.hours().unit(), unit)) {
                    continue;
                }
                BigDecimal value = switch (rule.measure()) {
                    case SESSIONS -> BigDecimal.ONE;
                    case PERSON_TIMES, PEOPLE -> BigDecimal.valueOf(t.participants());
                    case HOURS -> catalogue.convert(t.hours(), unit).value();
                    case COST -> catalogue.convert(t.cost(), unit).value();
                    case DAYS -> days.computeIfAbsent(t.date().getYear() + "", y -> new java.util.HashSet<>()).add(t.date())
                            ? BigDecimal.ONE : BigDecimal.ZERO;
                    case COURSES -> courses.computeIfAbsent(t.date().getYear() + "", y -> new java.util.HashSet<>()).add(t.course())
                            ? BigDecimal.ONE : BigDecimal.ZERO;
                };
                int year = t.date().getYear();
                boolean largest = rule.measure() == Measure.PEOPLE;
                add(sums, rule.indicator(), root, year, Breakdown.TOTAL, value, s, largest);
                if (rule.byEntity() && !t.entity().equals(root)) {
                    add(sums, rule.indicator(), t.entity(), year, Breakdown.TOTAL, value, s, largest);
                }
                if (rule.dimension() != null) {
                    add(sums, rule.indicator(), root, year, Breakdown.of(rule.dimension(), rule.member().apply(t)), value, s, largest);
                }
            }
        }
        List<ComputedFact> out = new ArrayList<>();
        for (Sums.Total sum : sums.values()) {
            out.add(new ComputedFact(sum.key, Sums.plain(sum.total), context.indicatorUnits().get(sum.key.indicator()),
                    "training ledger", sum.rows));
        }
        return out;
    }

    private static void add(Map<String, Sums.Total> sums, String indicator, String entity, int year, Breakdown breakdown,
                            BigDecimal value, Stored<TrainingSession> s, boolean largest) {
        FactKey key = new FactKey(indicator, entity, new Period.FiscalYear(year), breakdown, Nature.ACTUAL);
        Sums.Total sum = sums.computeIfAbsent(key.canonical(), k -> new Sums.Total(key));
        sum.total = largest ? sum.total.max(value) : sum.total.add(value);
        sum.rows.add(new ComputedFact.SourceRow(s.batch(), s.row()));
    }

    public List<String> cells(TrainingSession t) {
        return List.of(t.date().toString(), t.entity(), t.course(),
                TrainingLedger.TYPE.label(t.type()), TrainingLedger.PROVIDER.label(t.provider()),
                TrainingLedger.DELIVERY.label(t.delivery()),
                t.hours().value().toPlainString() + " " + t.hours().unit().name().zh(), String.valueOf(t.participants()),
                t.cost().value().signum() == 0 ? "" : t.cost().value().toPlainString() + " " + t.cost().unit().name().zh());
    }

    public TrainingSession example() {
        var units = this.units.units();
        return new TrainingSession(java.time.LocalDate.of(2024, 3, 8), "group", "信息安全意识培训", "infosec", "internal",
                "offline", new Quantity(new BigDecimal("1.5"), units.unit("h").orElseThrow()), 60,
                new Quantity(BigDecimal.ZERO, units.unit("CNY").orElseThrow()));
    }
}
