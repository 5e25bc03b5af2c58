package org.esgledger.app.ledger.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.esgledger.app.fact.ComputedFact;
import org.esgledger.engine.ledger.Column;
import org.esgledger.engine.ledger.LedgerTable;
import org.esgledger.engine.ledger.RowReader;
import org.esgledger.engine.ledger.energy.EnergyLedger;
import org.esgledger.engine.ledger.energy.EnergyUse;
import org.esgledger.engine.unit.Quantity;
import org.esgledger.engine.unit.UnitCatalogue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The energy and water ledger ({@code docs/formats/energy.md}). It yields no facts yet: the report
 * prints no energy or water figure, and the energy and GHG indicators, with their conversion and
 * emission factors, come with the greenhouse-gas inventory.
 */
@Component
public class EnergyKind implements LedgerKind<EnergyUse> {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final UnitCatalogueSource units;

    public EnergyKind(JdbcClient jdbc, JdbcTemplate template, UnitCatalogueSource units) {
        this.jdbc = jdbc;
        this.template = template;
        this.units = units;
    }

    public String code() {
        return EnergyLedger.KIND;
    }

    public List<Column> columns() {
        return EnergyLedger.COLUMNS;
    }

    public RowReader<EnergyUse> reader(LedgerTable.Header header, Context context) {
        return EnergyLedger.reader(header, context::entity, context.units(), context.plausibility());
    }

    public void save(long batch, List<Stored<EnergyUse>> rows) {
        template.batchUpdate("""
                insert into energy_record (batch_id, row_no, entity_code, month, carrier, quantity, unit_code, cost, cost_unit,
                    supplier, green_share, certificate) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                rows, 2000, (ps, s) -> {
                    EnergyUse e = s.record();
                    ps.setLong(1, batch);
                    ps.setInt(2, s.row());
                    ps.setString(3, e.entity());
                    ps.setDate(4, Date.valueOf(e.month().atDay(1)));
                    ps.setString(5, e.carrier());
                    ps.setBigDecimal(6, e.quantity().value());
                    ps.setString(7, e.quantity().unit().code());
                    ps.setBigDecimal(8, e.cost().map(Quantity::value).orElse(null));
                    ps.setString(9, e.cost().map(c -> c.unit().code()).orElse(null));
                    ps.setString(10, e.supplier());
                    ps.setBigDecimal(11, e.greenShare().orElse(null));
                    ps.setString(12, e.certificate());
                });
    }

    public List<Stored<EnergyUse>> active() {
        UnitCatalogue catalogue = units.units();
        return jdbc.sql("""
                select r.batch_id, r.row_no, r.entity_code, r.month, r.carrier, r.quantity, r.unit_code, r.cost, r.cost_unit,
                       r.supplier, r.green_share, r.certificate
                from energy_record r join ledger_batch b on b.id = r.batch_id where b.superseded_by is null
                order by r.batch_id, r.row_no""")
                .query((rs, n) -> new Stored<>(rs.getLong(1), rs.getInt(2), new EnergyUse(rs.getString(3),
                        YearMonth.from(rs.getDate(4).toLocalDate()), rs.getString(5),
                        new Quantity(rs.getBigDecimal(6), catalogue.unit(rs.getString(7)).orElseThrow()),
                        Optional.ofNullable(rs.getBigDecimal(8)).map(v -> {
                            try {
                                return new Quantity(v, catalogue.unit(rs.getString(9)).orElseThrow());
                            } catch (java.sql.SQLException e) {
                                throw new IllegalStateException(e);
                            }
                        }),
                        rs.getString(10), Optional.ofNullable(rs.getBigDecimal(11)), rs.getString(12))))
                .list();
    }

    public List<ComputedFact> figures(List<Stored<EnergyUse>> active, Context context) {
        return List.of();
    }

    @Override
    public List<ComputedFact> figures(Context context) {
        return List.of();
    }

    public List<String> cells(EnergyUse e) {
        return List.of(e.entity(), e.month().toString(), EnergyLedger.CARRIER.label(e.carrier()),
                e.quantity().value().toPlainString(), e.quantity().unit().name().zh(),
                e.cost().map(c -> c.value().toPlainString() + " " + c.unit().name().zh()).orElse(""), e.supplier(),
                e.greenShare().map(g -> g.movePointRight(2).stripTrailingZeros().toPlainString() + "%").orElse(""),
                e.certificate());
    }

    public EnergyUse example() {
        UnitCatalogue catalogue = units.units();
        return new EnergyUse("group", YearMonth.of(2024, 3), "electricity",
                new Quantity(new BigDecimal("125000"), catalogue.unit("kWh").orElseThrow()),
                Optional.of(new Quantity(new BigDecimal("86250.00"), catalogue.unit("CNY").orElseThrow())), "广东电网",
                Optional.of(new BigDecimal("0.2")), "GEC-2024-0001");
    }
}
