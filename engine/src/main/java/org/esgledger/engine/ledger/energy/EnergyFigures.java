package org.esgledger.engine.ledger.energy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.ComputedFact;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.ghg.EnergyInventory;
import org.esgledger.engine.ghg.GhgException;
import org.esgledger.engine.ghg.InventoryLine;
import org.esgledger.engine.ghg.Scope2Method;
import org.esgledger.engine.ghg.Scope;
import org.esgledger.engine.ghg.StandardFactors;
import org.esgledger.engine.i18n.Message;
import org.esgledger.engine.ledger.LedgerContext;
import org.esgledger.engine.ledger.LedgerRow;
import org.esgledger.engine.ledger.LedgerRows;
import org.esgledger.engine.ledger.Totals;

/**
 * The energy and GHG inventory of the energy and water ledger (docs/ghg.md): per entity and year,
 * scope 1 (by emission source) and scope 2 location- and market-based emissions and energy use by
 * carrier with their totals, purchased and green electricity, tap water, and electricity and water
 * by use. Each fact names the factors and the rules that chose them, and counts its rows. An
 * emission figure with a row no factor applies to (no grid factor for its year, no known province)
 * is not available, with the reason; its energy is still counted. Any other inventory problem is a
 * {@code LedgerRowException} naming the row and its column. Rows are
 * taken one at a time: a ledger of a million rows is never held.
 */
public final class EnergyFigures {

    public static final String SCOPE_1 = "ghg_scope1_emissions";
    public static final String SCOPE_2_LOCATION = "ghg_scope2_location_emissions";
    public static final String SCOPE_2_MARKET = "ghg_scope2_market_emissions";
    public static final String ENERGY = "energy_consumption";
    public static final String ENERGY_MWH = "energy_consumption_mwh";
    public static final String ELECTRICITY = "electricity_consumption";
    public static final String GREEN_ELECTRICITY = "green_electricity_consumption";
    public static final String WATER = "water_withdrawal";

    private final LedgerContext context;
    private final EnergyInventory inventory;
    private final Map<String, String> provinces = new HashMap<>();
    private final Totals totals = new Totals();
    /** Each rule in words, written once (a ledger has few factors and many rows). */
    private final Map<Message, String> rules = new HashMap<>();

    private EnergyFigures(LedgerContext context) {
        this.context = context;
        this.inventory = new EnergyInventory(StandardFactors.LIBRARY, context.units());
        context.organisation().entities().forEach(e -> provinces.put(e.code(), e.province()));
    }

    /** Every indicator the ledger yields: the inventory's, and electricity and water for each use of {@link EnergyLedger#USE}. */
    public static Set<String> indicators() {
        Set<String> all = new TreeSet<>(List.of(SCOPE_1, SCOPE_2_LOCATION, SCOPE_2_MARKET, ENERGY, ENERGY_MWH, ELECTRICITY,
                GREEN_ELECTRICITY, WATER));
        for (String use : EnergyLedger.USE.codes()) {
            all.add(byUse(use, EnergyCarrier.ELECTRICITY));
            all.add(byUse(use, EnergyCarrier.TAP_WATER));
        }
        return all;
    }

    public static List<ComputedFact> of(LedgerRows<EnergyUse> rows, LedgerContext context) {
        EnergyFigures figures = new EnergyFigures(context);
        rows.forEach(figures::row);
        return figures.totals.facts(context::unitOf, used -> "energy ledger" + (used.isEmpty() ? "" : "; factors: " + used)
                + "; factor set " + StandardFactors.LIBRARY.factorSet());
    }

    /** One row's inventory lines and quantities into the running totals. */
    private void row(LedgerRow<EnergyUse> row) {
        for (InventoryLine line : lines(row)) {
            scope1(line, row);
            scope2(line, row);
            energy(line, row);
        }
        electricity(row);
        water(row);
        use(row);
    }

    private List<InventoryLine> lines(LedgerRow<EnergyUse> row) {
        try {
            return inventory.lines(row.record(), row.batch(), row.row(), provinces, Map.of());
        } catch (GhgException e) {
            throw e.onRow(row, "carrier");
        }
    }

    /** Scope 1 by emission source only: the other-emission-sources ledger adds refrigerants and process emissions to its total. */
    private void scope1(InventoryLine line, LedgerRow<EnergyUse> row) {
        if (line.in(Scope.ONE)) {
            emission(key(SCOPE_1, line, Breakdown.of("emission_source", line.carrier())), line, row);
        }
    }

    /** Scope 2, location- or market-based, in total and by carrier. */
    private void scope2(InventoryLine line, LedgerRow<EnergyUse> row) {
        if (line.in(Scope.TWO)) {
            String indicator = line.by(Scope2Method.MARKET) ? SCOPE_2_MARKET : SCOPE_2_LOCATION;
            emission(key(indicator, line, Breakdown.TOTAL), line, row);
            emission(key(indicator, line, carrier(line.carrier())), line, row);
        }
    }

    /** The energy of an activity, counted once: on its scope 1 or location-based line, or wherever it has any. */
    private void energy(InventoryLine line, LedgerRow<EnergyUse> row) {
        if (line.kgce().signum() != 0 || line.in(Scope.ONE) || line.by(Scope2Method.LOCATION)) {
            byCarrier(ENERGY, line, line.kgce().movePointLeft(3), row);
            byCarrier(ENERGY_MWH, line, line.kwh().movePointLeft(3), row);
        }
    }

    /** Purchased electricity in kWh, and the part bought as green power. */
    private void electricity(LedgerRow<EnergyUse> row) {
        EnergyUse u = row.record();
        if (u.carrier() == EnergyCarrier.ELECTRICITY) {
            BigDecimal kwh = context.units().convert(u.quantity(), "kWh").value();
            totals.add(total(ELECTRICITY, u), kwh, row);
            totals.add(total(GREEN_ELECTRICITY, u), kwh.multiply(u.greenShare().orElse(BigDecimal.ZERO)), row);
        }
    }

    /** Tap water withdrawn, in m³. */
    private void water(LedgerRow<EnergyUse> row) {
        EnergyUse u = row.record();
        if (u.carrier() == EnergyCarrier.TAP_WATER) {
            totals.add(total(WATER, u), context.units().convert(u.quantity(), "m3").value(), row);
        }
    }

    /** Electricity (kWh) and tap water (m³) by what they were used for, when the row says. */
    private void use(LedgerRow<EnergyUse> row) {
        EnergyUse u = row.record();
        if (u.use().isEmpty() || (u.carrier() != EnergyCarrier.ELECTRICITY && u.carrier() != EnergyCarrier.TAP_WATER)) {
            return;
        }
        String unit = u.carrier() == EnergyCarrier.ELECTRICITY ? "kWh" : "m3";
        totals.add(total(byUse(u.use(), u.carrier()), u), context.units().convert(u.quantity(), unit).value(), row);
    }

    /** {@code production_electricity}, {@code domestic_water}: the indicator of a use of electricity or tap water. */
    private static String byUse(String use, EnergyCarrier carrier) {
        return use + (carrier == EnergyCarrier.ELECTRICITY ? "_electricity" : "_water");
    }

    /** A line's emissions in tonnes, or the reason they are not available; the factor and the rule that chose it named. */
    private void emission(FactKey key, InventoryLine line, LedgerRow<EnergyUse> row) {
        if (line.notAvailable().isPresent()) {
            totals.notAvailable(key, line.notAvailable().get(), row);
        } else {
            totals.add(key, line.co2eKg().movePointLeft(3), row);
        }
        if (!line.factorId().isEmpty()) {
            totals.used(key, line.factorId() + " (" + rules.computeIfAbsent(line.rule(), Message::en) + ")");
        }
    }

    /** Adds to the total of an indicator and to its breakdown by carrier. */
    private void byCarrier(String indicator, InventoryLine line, BigDecimal value, LedgerRow<EnergyUse> row) {
        totals.add(key(indicator, line, Breakdown.TOTAL), value, row);
        totals.add(key(indicator, line, carrier(line.carrier())), value, row);
    }

    private static FactKey key(String indicator, InventoryLine line, Breakdown breakdown) {
        return Totals.key(indicator, line.entity(), line.month().getYear(), breakdown);
    }

    private static FactKey total(String indicator, EnergyUse u) {
        return Totals.key(indicator, u.entity(), u.month().getYear(), Breakdown.TOTAL);
    }

    private static Breakdown carrier(String carrier) {
        return Breakdown.of("energy_carrier", carrier);
    }
}
