package org.esgledger.app.ledger.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.esgledger.engine.fact.ComputedFact;
import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.Nature;
import org.esgledger.engine.fact.Period;
import org.esgledger.engine.ghg.GhgException;
import org.esgledger.engine.ghg.Gwp;
import org.esgledger.engine.ghg.InventoryLine;
import org.esgledger.engine.ghg.OtherEmissions;
import org.esgledger.engine.ledger.Column;
import org.esgledger.engine.ledger.LedgerTable;
import org.esgledger.engine.ledger.RowReader;
import org.esgledger.engine.ledger.emissions.EmissionActivity;
import org.esgledger.engine.ledger.emissions.EmissionsLedger;
import org.esgledger.engine.unit.Quantity;
import org.esgledger.engine.unit.UnitCatalogue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The other-emission-sources ledger ({@code docs/formats/emissions.md}): refrigerant top-ups and
 * process emissions become scope 1 (by source), the scope 3 activities scope 3 (by category), per
 * entity and year, naming their factors and counting their rows. GWP set: {@code esg.ledger.gwp-set}, AR6 by default (docs/ghg.md).
 */
@Component
public class EmissionsKind implements LedgerKind<EmissionActivity> {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final UnitCatalogueSource units;
    private final org.esgledger.app.ledger.LedgerSettings settings;

    public EmissionsKind(JdbcClient jdbc, JdbcTemplate template, UnitCatalogueSource units, org.esgledger.app.ledger.LedgerSettings settings) {
        this.jdbc = jdbc;
        this.template = template;
        this.units = units;
        this.settings = settings;
    }

    public String code() {
        return EmissionsLedger.KIND;
    }

    public List<Column> columns() {
        return EmissionsLedger.COLUMNS;
    }

    public RowReader<EmissionActivity> reader(LedgerTable.Header header, Context context) {
        return EmissionsLedger.reader(header, context::entity, context.units());
    }

    public void save(long batch, List<Stored<EmissionActivity>> rows) {
        template.batchUpdate("""
                insert into emission_record (batch_id, row_no, entity_code, month, source, activity, quantity, unit_code, factor_id,
                    factor_value, factor_unit, factor_source, data_quality, method) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                rows, 2000, (ps, s) -> {
                    EmissionActivity a = s.record();
                    ps.setLong(1, batch);
                    ps.setInt(2, s.row());
                    ps.setString(3, a.entity());
                    ps.setDate(4, Date.valueOf(a.month().atDay(1)));
                    ps.setString(5, a.source());
                    ps.setString(6, a.activity());
                    ps.setBigDecimal(7, a.quantity().value());
                    ps.setString(8, a.quantity().unit().code());
                    ps.setString(9, a.factorId());
                    ps.setBigDecimal(10, a.factorValue().orElse(null));
                    ps.setString(11, a.factorUnit());
                    ps.setString(12, a.factorSource());
                    ps.setInt(13, a.dataQuality());
                    ps.setString(14, a.method());
                });
    }

    public List<Stored<EmissionActivity>> active() {
        UnitCatalogue catalogue = units.units();
        return jdbc.sql("""
                select r.batch_id, r.row_no, r.entity_code, r.month, r.source, r.activity, r.quantity, r.unit_code, r.factor_id,
                       r.factor_value, r.factor_unit, r.factor_source, r.data_quality, r.method
                from emission_record r join ledger_batch b on b.id = r.batch_id where b.superseded_by is null
                order by r.batch_id, r.row_no""")
                .query((rs, n) -> new Stored<>(rs.getLong(1), rs.getInt(2), new EmissionActivity(rs.getString(3),
                        YearMonth.from(rs.getDate(4).toLocalDate()), rs.getString(5), rs.getString(6),
                        new Quantity(rs.getBigDecimal(7), catalogue.unit(rs.getString(8)).orElseThrow()), rs.getString(9),
                        Optional.ofNullable(rs.getBigDecimal(10)), rs.getString(11), rs.getString(12), rs.getInt(13), rs.getString(14))))
                .list();
    }

    /**
     * Per entity and year, scope 1 by source and scope 3 by category; a figure with a row whose gas
     * the chosen GWP set lacks is not available, with the reason. Any other problem stops the import
     * with its row.
     */
    public List<ComputedFact> figures(List<Stored<EmissionActivity>> active, Context context) {
        OtherEmissions inventory = new OtherEmissions(EnergyKind.LIBRARY, Gwp.standard(), settings.gwpSet(), context.units());
        Map<String, Sums.Total> sums = new TreeMap<>();
        Map<String, Set<String>> how = new HashMap<>();
        for (Stored<EmissionActivity> s : active) {
            InventoryLine l;
            try {
                l = inventory.line(s.record(), s.batch(), s.row());
            } catch (GhgException e) {
                throw GhgRowProblem.of(jdbc, s.batch(), s.row(), e, "factor");
            }
            String indicator = l.scope() == 1 ? "ghg_scope1_emissions" : "ghg_scope3_emissions";
            Breakdown b = l.scope() == 1 ? Breakdown.of("emission_source", l.carrier()) : Breakdown.of("scope3_category", l.carrier());
            FactKey key = new FactKey(indicator, l.entity(), new Period.FiscalYear(l.month().getYear()), b, Nature.ACTUAL);
            Sums.Total sum = sums.computeIfAbsent(key.canonical(), k -> new Sums.Total(key));
            if (l.notAvailable().isPresent()) {
                sum.notAvailable(l.notAvailable().get());
            } else {
                sum.total = sum.total.add(l.co2eKg().movePointLeft(3));
                how.computeIfAbsent(key.canonical(), k -> new TreeSet<>()).add(l.factorId() + " (" + l.rule().en() + ", data quality "
                        + s.record().dataQuality() + ")");
            }
            sum.rows.add(new ComputedFact.SourceRow(s.batch(), s.row()));
        }
        List<ComputedFact> out = new ArrayList<>();
        for (Map.Entry<String, Sums.Total> e : sums.entrySet()) {
            Sums.Total sum = e.getValue();
            if (context.indicators().contains(sum.key.indicator())) {
                out.add(sum.fact(context.indicatorUnits().get(sum.key.indicator()), "other emission sources ledger; GWP " + settings.gwpSet()
                        + "; factors: " + String.join("; ", how.getOrDefault(e.getKey(), Set.of()))));
            }
        }
        return out;
    }

    public List<String> cells(EmissionActivity a) {
        return List.of(a.entity(), a.month().toString(), EmissionsLedger.SOURCE.label(a.source()), a.activity(),
                a.quantity().value().toPlainString(), a.quantity().unit().symbol(), a.factorId(),
                a.factorValue().map(BigDecimal::toPlainString).orElse(""), a.factorUnit(), a.factorSource(), String.valueOf(a.dataQuality()),
                a.method());
    }

    public EmissionActivity example() {
        UnitCatalogue catalogue = units.units();
        return new EmissionActivity("group", YearMonth.of(2024, 3), "c06_business_travel", "air", new Quantity(new BigDecimal("12000"),
                catalogue.unit("pkm").orElseThrow()), "", Optional.of(new BigDecimal("0.15")), "kgCO2e/pkm", "supplier (airline) report", 2,
                "distance-based");
    }
}
