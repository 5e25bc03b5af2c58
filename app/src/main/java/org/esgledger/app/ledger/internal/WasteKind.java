package org.esgledger.app.ledger.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.esgledger.engine.fact.ComputedFact;
import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.Nature;
import org.esgledger.engine.fact.Period;
import org.esgledger.engine.ledger.Column;
import org.esgledger.engine.ledger.LedgerTable;
import org.esgledger.engine.ledger.RowReader;
import org.esgledger.engine.ledger.waste.WasteLedger;
import org.esgledger.engine.ledger.waste.WasteRecord;
import org.esgledger.engine.unit.Quantity;
import org.esgledger.engine.unit.UnitCatalogue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The waste ledger ({@code docs/formats/waste.md}). Yields, per entity and year, hazardous waste by
 * type, general industrial waste by type, and hazardous waste handed to licensed handlers, in tonnes.
 */
@Component
public class WasteKind implements LedgerKind<WasteRecord> {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final UnitCatalogueSource units;

    public WasteKind(JdbcClient jdbc, JdbcTemplate template, UnitCatalogueSource units) {
        this.jdbc = jdbc;
        this.template = template;
        this.units = units;
    }

    public String code() {
        return WasteLedger.KIND;
    }

    public List<Column> columns() {
        return WasteLedger.COLUMNS;
    }

    public RowReader<WasteRecord> reader(LedgerTable.Header header, Context context) {
        return WasteLedger.reader(header, context::entity, name -> context.member("waste_type", name), context.units(),
                context.plausibility());
    }

    public void save(long batch, List<Stored<WasteRecord>> rows) {
        template.batchUpdate("""
                insert into waste_record (batch_id, row_no, manifest, entity_code, moved_on, waste_name, waste_type, hazardous,
                    hw_code, quantity, unit_code, handler, licence, treatment) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                rows, 1000, (ps, s) -> {
                    WasteRecord w = s.record();
                    ps.setLong(1, batch);
                    ps.setInt(2, s.row());
                    ps.setString(3, w.manifest());
                    ps.setString(4, w.entity());
                    ps.setDate(5, Date.valueOf(w.date()));
                    ps.setString(6, w.wasteName());
                    ps.setString(7, w.wasteType());
                    ps.setBoolean(8, w.hazardous());
                    ps.setString(9, w.hwCode());
                    ps.setBigDecimal(10, w.quantity().value());
                    ps.setString(11, w.quantity().unit().code());
                    ps.setString(12, w.handler());
                    ps.setString(13, w.licence());
                    ps.setString(14, w.treatment());
                });
    }

    public List<Stored<WasteRecord>> active() {
        UnitCatalogue catalogue = units.units();
        return jdbc.sql("""
                select r.batch_id, r.row_no, r.manifest, r.entity_code, r.moved_on, r.waste_name, r.waste_type, r.hazardous,
                       r.hw_code, r.quantity, r.unit_code, r.handler, r.licence, r.treatment
                from waste_record r join ledger_batch b on b.id = r.batch_id where b.superseded_by is null
                order by r.batch_id, r.row_no""")
                .query((rs, n) -> new Stored<>(rs.getLong(1), rs.getInt(2), new WasteRecord(rs.getString(3), rs.getString(4),
                        rs.getDate(5).toLocalDate(), rs.getString(6), rs.getString(7), rs.getBoolean(8), rs.getString(9),
                        new Quantity(rs.getBigDecimal(10), catalogue.unit(rs.getString(11)).orElseThrow()), rs.getString(12),
                        rs.getString(13), rs.getString(14))))
                .list();
    }

    public List<ComputedFact> figures(List<Stored<WasteRecord>> active, Context context) {
        UnitCatalogue catalogue = context.units();
        var tonne = catalogue.unit("t").orElseThrow();
        Map<String, Sums.Total> sums = new TreeMap<>();
        for (Stored<WasteRecord> s : active) {
            WasteRecord w = s.record();
            BigDecimal t = catalogue.convert(w.quantity(), tonne).value();
            String indicator = w.hazardous() ? "hazardous_waste_quantity" : "general_industrial_waste_treated";
            add(sums, indicator, w.entity(), w.date().getYear(), Breakdown.of("waste_type", w.wasteType()), t, s);
            if (w.disposedCompliantly()) {
                add(sums, "hazardous_waste_disposed_compliantly", w.entity(), w.date().getYear(), Breakdown.TOTAL, t, s);
            }
        }
        List<ComputedFact> out = new ArrayList<>();
        for (Sums.Total sum : sums.values()) {
            if (context.indicators().contains(sum.key.indicator())) {
                out.add(new ComputedFact(sum.key, Sums.plain(sum.total), "t", "waste ledger", sum.rows));
            }
        }
        return out;
    }

    private static void add(Map<String, Sums.Total> sums, String indicator, String entity, int year, Breakdown breakdown,
                            BigDecimal value, Stored<WasteRecord> s) {
        FactKey key = new FactKey(indicator, entity, new Period.FiscalYear(year), breakdown, Nature.ACTUAL);
        Sums.Total sum = sums.computeIfAbsent(key.canonical(), k -> new Sums.Total(key));
        sum.total = sum.total.add(value);
        sum.rows.add(new ComputedFact.SourceRow(s.batch(), s.row()));
    }

    public List<String> cells(WasteRecord w) {
        return List.of(w.manifest(), w.entity(), w.date().toString(),
                w.wasteName(), WasteLedger.CATEGORY.label(w.hazardous() ? "hazardous" : "general"), w.hwCode(),
                w.quantity().value().toPlainString(), w.quantity().unit().name().zh(), w.handler(), w.licence(),
                WasteLedger.TREATMENT.label(w.treatment()));
    }

    public WasteRecord example() {
        var units = this.units.units();
        return new WasteRecord("HW-2024-0001", "group", java.time.LocalDate.of(2024, 3, 5), "废活性炭", "waste_activated_carbon",
                true, "HW49 900-039-49", new Quantity(new BigDecimal("1250"), units.unit("kg").orElseThrow()), "某环保科技有限公司",
                "GD-HW-0001", "incineration");
    }
}
