package org.esgledger.app.ledger.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.esgledger.engine.fact.ComputedFact;
import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.Nature;
import org.esgledger.engine.fact.Period;
import org.esgledger.engine.ledger.Column;
import org.esgledger.engine.ledger.LedgerTable;
import org.esgledger.engine.ledger.RowReader;
import org.esgledger.engine.ledger.suppliers.Supplier;
import org.esgledger.engine.ledger.suppliers.SupplierLedger;
import org.esgledger.engine.unit.Quantity;
import org.esgledger.engine.unit.UnitCatalogue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The supplier ledger ({@code docs/formats/suppliers.md}). Yields, per fiscal year for the root
 * entity, the number of suppliers and how many signed the integrity agreement (the signing rate is
 * their ratio, a formula of the calculation engine).
 */
@Component
public class SuppliersKind implements LedgerKind<Supplier> {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final UnitCatalogueSource units;

    public SuppliersKind(JdbcClient jdbc, JdbcTemplate template, UnitCatalogueSource units) {
        this.jdbc = jdbc;
        this.template = template;
        this.units = units;
    }

    public String code() {
        return SupplierLedger.KIND;
    }

    public List<Column> columns() {
        return SupplierLedger.COLUMNS;
    }

    public RowReader<Supplier> reader(LedgerTable.Header header, Context context) {
        return SupplierLedger.reader(header, context.units(), context.plausibility());
    }

    public void save(long batch, List<Stored<Supplier>> rows) {
        template.batchUpdate("""
                insert into supplier_record (batch_id, row_no, supplier_id, name, fiscal_year, category, spend, spend_unit, risk,
                    audit_score, scores, agreements) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                rows, 1000, (ps, s) -> {
                    Supplier p = s.record();
                    ps.setLong(1, batch);
                    ps.setInt(2, s.row());
                    ps.setString(3, p.id());
                    ps.setString(4, p.name());
                    ps.setInt(5, p.year());
                    ps.setString(6, p.category());
                    ps.setBigDecimal(7, p.spend().value());
                    ps.setString(8, p.spend().unit().code());
                    ps.setString(9, p.risk());
                    ps.setBigDecimal(10, p.auditScore().orElse(null));
                    ps.setArray(11, ps.getConnection().createArrayOf("numeric",
                            p.monthlyScores().stream().map(o -> o.orElse(null)).toArray()));
                    ps.setArray(12, ps.getConnection().createArrayOf("text",
                            Supplier.AGREEMENTS.stream().filter(p::signed).toArray()));
                });
    }

    public List<Stored<Supplier>> active() {
        UnitCatalogue catalogue = units.units();
        return jdbc.sql("""
                select r.batch_id, r.row_no, r.supplier_id, r.name, r.fiscal_year, r.category, r.spend, r.spend_unit, r.risk,
                       r.audit_score, r.scores, r.agreements
                from supplier_record r join ledger_batch b on b.id = r.batch_id where b.superseded_by is null
                order by r.batch_id, r.row_no""")
                .query((rs, n) -> new Stored<>(rs.getLong(1), rs.getInt(2), new Supplier(rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getString(6), new Quantity(rs.getBigDecimal(7), catalogue.unit(rs.getString(8)).orElseThrow()),
                        rs.getString(9), Optional.ofNullable(rs.getBigDecimal(10)), scores(rs.getArray(11)),
                        Set.copyOf(Arrays.asList((String[]) rs.getArray(12).getArray())))))
                .list();
    }

    private static List<Optional<BigDecimal>> scores(Array array) throws SQLException {
        List<Optional<BigDecimal>> out = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            out.add(Optional.ofNullable((BigDecimal) o));
        }
        return out;
    }

    public List<ComputedFact> figures(List<Stored<Supplier>> active, Context context) {
        String root = context.root();
        Map<String, Sums.Total> sums = new TreeMap<>();
        for (Stored<Supplier> s : active) {
            add(sums, "suppliers_total", root, s.record().year(), s);
            if (s.record().signed("integrity")) {
                add(sums, "suppliers_integrity_agreement_signed", root, s.record().year(), s);
            }
        }
        List<ComputedFact> out = new ArrayList<>();
        for (Sums.Total sum : sums.values()) {
            String unit = context.indicatorUnits().get(sum.key.indicator());
            if (unit != null) {
                out.add(new ComputedFact(sum.key, sum.total, unit, "supplier ledger", sum.rows));
            }
        }
        return out;
    }

    private static void add(Map<String, Sums.Total> sums, String indicator, String entity, int year, Stored<Supplier> s) {
        FactKey key = new FactKey(indicator, entity, new Period.FiscalYear(year), Breakdown.TOTAL, Nature.ACTUAL);
        Sums.Total sum = sums.computeIfAbsent(key.canonical(), k -> new Sums.Total(key));
        sum.total = sum.total.add(BigDecimal.ONE);
        sum.rows.add(new ComputedFact.SourceRow(s.batch(), s.row()));
    }

    public List<String> cells(Supplier p) {
            List<String> cells = new ArrayList<>(List.of(p.id(), p.name(), String.valueOf(p.year()), p.category(),
                    p.spend().value().toPlainString() + " " + p.spend().unit().name().zh(), SupplierLedger.RISK.label(p.risk()),
                    p.auditScore().map(BigDecimal::toPlainString).orElse("")));
            p.monthlyScores().forEach(o -> cells.add(o.map(BigDecimal::toPlainString).orElse("")));
            Supplier.AGREEMENTS.forEach(a -> cells.add(SupplierLedger.YES_NO.label(p.signed(a) ? "yes" : "no")));
            return cells;
    }

    public Supplier example() {
        List<Optional<BigDecimal>> scores = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            scores.add(m < 3 ? Optional.of(BigDecimal.valueOf(90)) : Optional.empty());
        }
        return new Supplier("S0001", "某电子元器件有限公司", 2024, "电子元器件",
                new Quantity(new BigDecimal("120.5"), units.units().unit("CNY_10k").orElseThrow()), "low",
                Optional.of(BigDecimal.valueOf(92)), scores, Set.of("integrity", "csr", "conflict_minerals"));
    }
}
