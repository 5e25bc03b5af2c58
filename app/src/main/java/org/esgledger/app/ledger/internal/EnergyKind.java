package org.esgledger.app.ledger.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.esgledger.engine.fact.ComputedFact;
import org.esgledger.engine.ledger.Column;
import org.esgledger.engine.ledger.LedgerTable;
import org.esgledger.engine.ledger.RowReader;
import org.esgledger.engine.ledger.energy.EnergyLedger;
import org.esgledger.engine.ledger.energy.EnergyUse;
import org.esgledger.engine.ghg.EnergyInventory;
import org.esgledger.engine.ghg.FactorLibrary;
import org.esgledger.engine.ghg.GhgException;
import org.esgledger.engine.ghg.InventoryLine;
import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.Nature;
import org.esgledger.engine.fact.Period;
import org.esgledger.engine.i18n.Message;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import org.esgledger.engine.unit.Quantity;
import org.esgledger.engine.unit.UnitCatalogue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The energy and water ledger ({@code docs/formats/energy.md}): the source of the energy and
 * greenhouse-gas inventory (scope 1 and 2).
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
                    supplier, green_share, certificate, use) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
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
                    ps.setString(13, e.use());
                });
    }

    private static final String ACTIVE = """
            select r.batch_id, r.row_no, r.entity_code, r.month, r.carrier, r.quantity, r.unit_code, r.cost, r.cost_unit,
                   r.supplier, r.green_share, r.certificate, r.use
            from energy_record r join ledger_batch b on b.id = r.batch_id where b.superseded_by is null
            order by r.batch_id, r.row_no""";
    /** Rows fetched from the store at a time when streaming (inside a transaction; outside one the driver reads all). */
    private static final int FETCH = 10_000;

    public List<Stored<EnergyUse>> active() {
        UnitCatalogue catalogue = units.units();
        return jdbc.sql(ACTIVE).query((rs, n) -> stored(rs, catalogue)).list();
    }

    /** Streams the records in force: an energy ledger of a large group runs to a million rows. */
    @Override
    public void eachActive(java.util.function.Consumer<Stored<EnergyUse>> each) {
        UnitCatalogue catalogue = units.units();
        template.query(connection -> {
            java.sql.PreparedStatement statement = connection.prepareStatement(ACTIVE);
            statement.setFetchSize(FETCH);
            return statement;
        }, (org.springframework.jdbc.core.RowCallbackHandler) rs -> each.accept(stored(rs, catalogue)));
    }

    private static Stored<EnergyUse> stored(java.sql.ResultSet rs, UnitCatalogue catalogue) throws java.sql.SQLException {
        BigDecimal cost = rs.getBigDecimal(8);
        Optional<Quantity> costQuantity = cost == null ? Optional.empty()
                : Optional.of(new Quantity(cost, catalogue.unit(rs.getString(9)).orElseThrow()));
        return new Stored<>(rs.getLong(1), rs.getInt(2), new EnergyUse(rs.getString(3),
                YearMonth.from(rs.getDate(4).toLocalDate()), rs.getString(5),
                new Quantity(rs.getBigDecimal(6), catalogue.unit(rs.getString(7)).orElseThrow()), costQuantity,
                rs.getString(10), Optional.ofNullable(rs.getBigDecimal(11)), rs.getString(12), rs.getString(13)));
    }

    @Override
    public List<ComputedFact> figures(Context context) {
        return inventory(this::eachActive, context);
    }

    /**
     * The energy and GHG inventory of the ledger (docs/ghg.md): per entity and year, scope 1 and
     * scope 2 (location- and market-based) emissions and energy use by carrier with their totals,
     * purchased and green electricity, tap water. Each fact names the factors and the rules that
     * chose them, and counts its rows. An emission figure with a row no factor applies to (no grid
     * factor for its year, no known province) is not available, with the reason; its energy is
     * still counted. Any other inventory problem stops the import with its row.
     */
    public List<ComputedFact> figures(List<Stored<EnergyUse>> active, Context context) {
        return inventory(active::forEach, context);
    }

    private List<ComputedFact> inventory(java.util.function.Consumer<java.util.function.Consumer<Stored<EnergyUse>>> records,
                                         Context context) {
        EnergyInventory inventory = new EnergyInventory(LIBRARY, context.units());
        Map<String, String> provinces = new java.util.HashMap<>();
        context.organisation().entities().forEach(e -> provinces.put(e.code(), e.province()));
        Figures figures = new Figures();
        records.accept(s -> row(figures, s, inventory, provinces, context));
        return figures.facts(context);
    }

    /** One row's inventory lines into the running totals. */
    private void row(Figures figures, Stored<EnergyUse> s, EnergyInventory inventory, Map<String, String> provinces,
                     Context context) {
        List<InventoryLine> lines;
        try {
            lines = inventory.lines(s.record(), s.batch(), s.row(), provinces, Map.of());
        } catch (GhgException e) {
            throw GhgRowProblem.of(jdbc, s.batch(), s.row(), e, "carrier");
        }
        for (InventoryLine l : lines) {
            int year = l.month().getYear();
            String carrier = l.carrier();
            String factor = l.factorId().isEmpty() ? "" : figures.factor(l);
            Message unavailable = l.notAvailable().orElse(null);
            BigDecimal tonnes = unavailable == null ? l.co2eKg().movePointLeft(3) : null;
            if (l.scope() == 1) {
                // by source only: the other-emission-sources ledger adds refrigerants and process emissions; the total is their roll-up
                figures.addOnly("ghg_scope1_emissions", l.entity(), year, Breakdown.of("emission_source", carrier), tonnes, unavailable, s,
                        factor);
            } else if (l.scope() == 2) {
                String indicator = l.method().equals("market") ? "ghg_scope2_market_emissions" : "ghg_scope2_location_emissions";
                figures.add(indicator, l.entity(), year, carrier, tonnes, unavailable, s, factor);
            }
            if (l.kgce().signum() != 0 || l.scope() == 1 || l.method().equals("location")) {
                figures.add("energy_consumption", l.entity(), year, carrier, l.kgce().movePointLeft(3), null, s, "");
                figures.add("energy_consumption_mwh", l.entity(), year, carrier, l.kwh().movePointLeft(3), null, s, "");
            }
        }
        EnergyUse u = s.record();
        if (u.carrier().equals("electricity")) {
            BigDecimal kwh = context.units().convert(u.quantity(), "kWh").value();
            figures.add("electricity_consumption", u.entity(), u.month().getYear(), null, kwh, null, s, "");
            figures.add("green_electricity_consumption", u.entity(), u.month().getYear(), null,
                    kwh.multiply(u.greenShare().orElse(BigDecimal.ZERO)), null, s, "");
        } else if (u.carrier().equals("tap_water")) {
            figures.add("water_withdrawal", u.entity(), u.month().getYear(), null, context.units().convert(u.quantity(), "m3").value(),
                    null, s, "");
        }
        if (!u.use().isEmpty() && (u.carrier().equals("electricity") || u.carrier().equals("tap_water"))) {
            String indicator = u.use() + (u.carrier().equals("electricity") ? "_electricity" : "_water");
            figures.add(indicator, u.entity(), u.month().getYear(), null,
                    context.units().convert(u.quantity(), u.carrier().equals("electricity") ? "kWh" : "m3").value(), null, s, "");
        }
    }

    /** The running totals of one computation of the inventory and the factors each used. */
    private static final class Figures {

        final Map<String, Sums.Total> sums = new TreeMap<>();
        final Map<String, java.util.Set<String>> factors = new java.util.HashMap<>();
        /** Each factor and rule in words, written once (a ledger has few factors and many rows). */
        private final Map<Message, String> written = new java.util.HashMap<>();

        String factor(InventoryLine l) {
            return l.factorId() + " (" + written.computeIfAbsent(l.rule(), Message::en) + ")";
        }

        /** The totals as facts of the indicators the catalogue has, each naming its factors and the factor set. */
        List<ComputedFact> facts(Context context) {
            List<ComputedFact> out = new ArrayList<>();
            for (Map.Entry<String, Sums.Total> e : sums.entrySet()) {
                Sums.Total sum = e.getValue();
                if (context.indicators().contains(sum.key.indicator())) {
                    String used = String.join("; ", new java.util.TreeSet<>(factors.getOrDefault(e.getKey(), java.util.Set.of())));
                    out.add(sum.fact(context.indicatorUnits().get(sum.key.indicator()),
                            "energy ledger" + (used.isEmpty() ? "" : "; factors: " + used) + "; factor set " + LIBRARY.factorSet()));
                }
            }
            return out;
        }

        /** Adds a row's value (or, when {@code unavailable} says why it has none, makes the total not available). */
        void addOnly(String indicator, String entity, int year, Breakdown b, BigDecimal value, Message unavailable, Stored<EnergyUse> s,
                     String factor) {
            FactKey key = new FactKey(indicator, entity, new Period.FiscalYear(year), b, Nature.ACTUAL);
            Sums.Total sum = sums.computeIfAbsent(key.canonical(), k -> new Sums.Total(key));
            if (unavailable != null) {
                sum.notAvailable(unavailable);
            } else {
                sum.total = sum.total.add(value);
            }
            if (sum.rows.isEmpty() || !sum.rows.get(sum.rows.size() - 1).equals(new ComputedFact.SourceRow(s.batch(), s.row()))) {
                sum.rows.add(new ComputedFact.SourceRow(s.batch(), s.row()));
            }
            if (!factor.isEmpty()) {
                factors.computeIfAbsent(key.canonical(), k -> new java.util.TreeSet<>()).add(factor);
            }
        }

        /** Adds to the total of the indicator and, for a carrier, to its breakdown by carrier. */
        void add(String indicator, String entity, int year, String carrier, BigDecimal value, Message unavailable, Stored<EnergyUse> s,
                 String factor) {
            addOnly(indicator, entity, year, Breakdown.TOTAL, value, unavailable, s, factor);
            if (carrier != null) {
                addOnly(indicator, entity, year, Breakdown.of("energy_carrier", carrier), value, unavailable, s, factor);
            }
        }
    }

    /** The factor set in use: the Chinese reference factors shipped with ESG Ledger. */
    public static final FactorLibrary LIBRARY = FactorLibrary.standard();


    public List<String> cells(EnergyUse e) {
        return List.of(e.entity(), e.month().toString(), EnergyLedger.CARRIER.label(e.carrier()),
                e.quantity().value().toPlainString(), e.quantity().unit().name().zh(),
                e.cost().map(c -> c.value().toPlainString() + " " + c.unit().name().zh()).orElse(""), e.supplier(),
                e.greenShare().map(g -> g.movePointRight(2).stripTrailingZeros().toPlainString() + "%").orElse(""),
                e.use().isEmpty() ? "" : EnergyLedger.USE.label(e.use()), e.certificate());
    }

    public EnergyUse example() {
        UnitCatalogue catalogue = units.units();
        return new EnergyUse("group", YearMonth.of(2024, 3), "electricity",
                new Quantity(new BigDecimal("125000"), catalogue.unit("kWh").orElseThrow()),
                Optional.of(new Quantity(new BigDecimal("86250.00"), catalogue.unit("CNY").orElseThrow())), "广东电网",
                Optional.of(new BigDecimal("0.2")), "GEC-2024-0001", "production");
    }
}
