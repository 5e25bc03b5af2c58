package org.esgledger.app.ledger.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.esgledger.app.fact.ComputedFact;
import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.Nature;
import org.esgledger.engine.fact.Period;
import org.esgledger.engine.ledger.Column;
import org.esgledger.engine.ledger.LedgerTable;
import org.esgledger.engine.ledger.RowReader;
import org.esgledger.engine.ledger.safety.SafetyLedger;
import org.esgledger.engine.ledger.safety.SafetyMonth;
import org.esgledger.engine.unit.Quantity;
import org.esgledger.engine.unit.UnitCatalogue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The monthly safety statistics ledger ({@code docs/formats/safety.md}). Yields per year, for the
 * root entity, accidents, injured employees, fatalities and safety investment (万元), summed over the
 * months reported: a year whose months all report zero accidents gives 0, a year with no rows gives
 * nothing.
 */
@Component
public class SafetyKind implements LedgerKind<SafetyMonth> {

    private static final Map<String, Function<SafetyMonth, BigDecimal>> MEASURES = Map.of(
            "work_safety_accidents", s -> BigDecimal.valueOf(s.accidents()),
            "work_related_injuries", s -> BigDecimal.valueOf(s.injuries()),
            "work_related_fatalities", s -> BigDecimal.valueOf(s.fatalities()));

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final UnitCatalogueSource units;

    public SafetyKind(JdbcClient jdbc, JdbcTemplate template, UnitCatalogueSource units) {
        this.jdbc = jdbc;
        this.template = template;
        this.units = units;
    }

    public String code() {
        return SafetyLedger.KIND;
    }

    public List<Column> columns() {
        return SafetyLedger.COLUMNS;
    }

    public RowReader<SafetyMonth> reader(LedgerTable.Header header, Context context) {
        return SafetyLedger.reader(header, context::entity, context.units(), context.plausibility());
    }

    public void save(long batch, List<Stored<SafetyMonth>> rows) {
        template.batchUpdate("""
                insert into safety_record (batch_id, row_no, entity_code, month, hours_worked, hours_unit, accidents, injuries,
                    fatalities, lost_days, investment, investment_unit) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                rows, 2000, (ps, s) -> {
                    SafetyMonth m = s.record();
                    ps.setLong(1, batch);
                    ps.setInt(2, s.row());
                    ps.setString(3, m.entity());
                    ps.setDate(4, Date.valueOf(m.month().atDay(1)));
                    ps.setBigDecimal(5, m.hoursWorked().value());
                    ps.setString(6, m.hoursWorked().unit().code());
                    ps.setLong(7, m.accidents());
                    ps.setLong(8, m.injuries());
                    ps.setLong(9, m.fatalities());
                    ps.setLong(10, m.lostDays());
                    ps.setBigDecimal(11, m.investment().value());
                    ps.setString(12, m.investment().unit().code());
                });
    }

    public List<Stored<SafetyMonth>> active() {
        UnitCatalogue catalogue = units.units();
        return jdbc.sql("""
                select r.batch_id, r.row_no, r.entity_code, r.month, r.hours_worked, r.hours_unit, r.accidents, r.injuries,
                       r.fatalities, r.lost_days, r.investment, r.investment_unit
                from safety_record r join ledger_batch b on b.id = r.batch_id where b.superseded_by is null
                order by r.batch_id, r.row_no""")
                .query((rs, n) -> new Stored<>(rs.getLong(1), rs.getInt(2), new SafetyMonth(rs.getString(3),
                        YearMonth.from(rs.getDate(4).toLocalDate()),
                        new Quantity(rs.getBigDecimal(5), catalogue.unit(rs.getString(6)).orElseThrow()), rs.getLong(7),
                        rs.getLong(8), rs.getLong(9), rs.getLong(10),
                        new Quantity(rs.getBigDecimal(11), catalogue.unit(rs.getString(12)).orElseThrow()))))
                .list();
    }

    public List<ComputedFact> figures(List<Stored<SafetyMonth>> active, Context context) {
        String root = context.root();
        UnitCatalogue catalogue = context.units();
        Map<String, Sums.Total> sums = new TreeMap<>();
        for (Stored<SafetyMonth> s : active) {
            int year = s.record().month().getYear();
            MEASURES.forEach((indicator, measure) -> add(sums, indicator, root, year, measure.apply(s.record()), s));
            String moneyUnit = context.indicatorUnits().get("work_safety_investment");
            if (moneyUnit != null) {
                add(sums, "work_safety_investment", root, year,
                        catalogue.convert(s.record().investment(), moneyUnit).value(), s);
            }
        }
        List<ComputedFact> out = new ArrayList<>();
        for (Sums.Total sum : sums.values()) {
            String unit = context.indicatorUnits().get(sum.key.indicator());
            if (unit != null) {
                out.add(new ComputedFact(sum.key, Sums.plain(sum.total), unit, "safety ledger", sum.rows));
            }
        }
        return out;
    }

    private static void add(Map<String, Sums.Total> sums, String indicator, String entity, int year, BigDecimal value,
                            Stored<SafetyMonth> s) {
        FactKey key = new FactKey(indicator, entity, new Period.FiscalYear(year), Breakdown.TOTAL, Nature.ACTUAL);
        Sums.Total sum = sums.computeIfAbsent(key.canonical(), k -> new Sums.Total(key));
        sum.total = sum.total.add(value);
        sum.rows.add(new ComputedFact.SourceRow(s.batch(), s.row()));
    }

    public List<String> cells(SafetyMonth m) {
        return List.of(m.entity(), m.month().toString(), m.hoursWorked().value().toPlainString() + " " + m.hoursWorked().unit().name().zh(),
                String.valueOf(m.accidents()), String.valueOf(m.injuries()), String.valueOf(m.fatalities()), String.valueOf(m.lostDays()),
                m.investment().value().signum() == 0 ? "" : m.investment().value().toPlainString() + " " + m.investment().unit().name().zh());
    }

    public SafetyMonth example() {
        UnitCatalogue catalogue = units.units();
        return new SafetyMonth("group", YearMonth.of(2024, 3), new Quantity(new BigDecimal("52000"), catalogue.unit("h").orElseThrow()),
                0, 0, 0, 0, new Quantity(new BigDecimal("9200"), catalogue.unit("CNY").orElseThrow()));
    }
}
