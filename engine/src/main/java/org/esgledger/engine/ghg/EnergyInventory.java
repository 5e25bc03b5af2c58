package org.esgledger.engine.ghg;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.esgledger.engine.i18n.Message;
import org.esgledger.engine.ledger.energy.EnergyCarrier;
import org.esgledger.engine.ledger.energy.EnergyUse;
import org.esgledger.engine.unit.Quantity;
import org.esgledger.engine.unit.UnitCatalogue;

/**
 * Scope 1 and scope 2 emissions and energy use from the energy and water ledger, per the GHG
 * Protocol Corporate Standard with the Chinese factors of a {@link FactorLibrary}:
 * <ul>
 * <li>fuels burnt (natural gas, diesel, gasoline, LPG, fuel oil): scope 1, CO2 = quantity ×
 * default emission factor (NCV × carbon content × oxidation rate × 44/12); liquid fuels need their
 * mass;</li>
 * <li>grid electricity: scope 2 location-based at the grid factor ({@link FactorLibrary#gridElectricity});
 * market-based: the green-power share at zero, the rest at the national factor excluding
 * market-traded non-fossil power;</li>
 * <li>purchased heat or steam: scope 2 at the default heat factor;</li>
 * <li>energy: electricity at its equivalent value (0.1229 kgce/kWh, GB/T 2589-2020), fuels by their
 * GB/T 2589 coefficients (natural gas from its net calorific value), heat at 29,307 kJ per kgce.</li>
 * </ul>
 * Water carries no emissions here; its lines have scope 0. An activity no factor applies to (no grid
 * factor for its year or an earlier one, no known province) gives a line whose emissions are not
 * available, with the reason ({@link InventoryLine#notAvailable()}), and whose energy still counts.
 */
public final class EnergyInventory {

    static final MathContext MC = MathContext.DECIMAL128;
    /** kJ per kg of standard coal equivalent (GB/T 2589-2020). */
    static final BigDecimal KJ_PER_KGCE = new BigDecimal("29307");
    /** Electricity, equivalent (calorific) value, kgce per kWh (GB/T 2589-2020). */
    public static final BigDecimal KGCE_PER_KWH = new BigDecimal("0.1229");
    /** Standard-coal coefficients of liquid fuels, kgce per kg (GB/T 2589-2020 appendix). */
    static final Map<EnergyCarrier, BigDecimal> KGCE_PER_KG = Map.of(EnergyCarrier.DIESEL, new BigDecimal("1.4571"),
            EnergyCarrier.GASOLINE, new BigDecimal("1.4714"), EnergyCarrier.LPG, new BigDecimal("1.7143"),
            EnergyCarrier.FUEL_OIL, new BigDecimal("1.4286"));
    private static final Optional<Scope> SCOPE_1 = Optional.of(Scope.ONE);
    private static final Optional<Scope> SCOPE_2 = Optional.of(Scope.TWO);
    private static final Optional<Scope2Method> LOCATION = Optional.of(Scope2Method.LOCATION);
    private static final Optional<Scope2Method> MARKET = Optional.of(Scope2Method.MARKET);

    private final FactorLibrary library;
    private final UnitCatalogue units;

    public EnergyInventory(FactorLibrary library, UnitCatalogue units) {
        this.library = library;
        this.units = units;
    }

    /**
     * @param provinces the province code of each entity
     * @param pins      electricity factor ids pinned per entity (location-based)
     */
    public List<InventoryLine> lines(EnergyUse use, long batch, int row, Map<String, String> provinces, Map<String, String> pins) {
        return switch (use.carrier()) {
            case ELECTRICITY -> electricity(use, batch, row, provinces, pins);
            case NATURAL_GAS -> List.of(naturalGas(use, batch, row));
            case DIESEL, GASOLINE, LPG, FUEL_OIL -> List.of(liquidFuel(use, batch, row));
            case PURCHASED_HEAT -> heat(use, batch, row);
            case TAP_WATER, RECLAIMED_WATER -> List.of(new InventoryLine(use.entity(), use.month(), use.carrier().code(), batch, row,
                    Optional.empty(), Optional.empty(), use.quantity().value(), use.quantity().unit().code(), "", BigDecimal.ZERO, "",
                    Message.of("ghg.rule.default", use.carrier().code()), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
        };
    }

    /** Grid electricity: scope 2 location-based (with its energy) and market-based (green power at zero). */
    private List<InventoryLine> electricity(EnergyUse use, long batch, int row, Map<String, String> provinces, Map<String, String> pins) {
        int year = use.month().getYear();
        BigDecimal kwh = in(use, "kWh");
        Supplier<FactorChoice> location = () -> pins.containsKey(use.entity())
                ? library.pinned(pins.get(use.entity()), "grid", use.entity())
                : library.gridElectricity(use.entity(), provinces.getOrDefault(use.entity(), ""), year);
        InventoryLine byLocation = line(use, batch, row, SCOPE_2, LOCATION, kwh, "kWh", location, kwh.multiply(KGCE_PER_KWH), kwh);
        BigDecimal green = use.greenShare().orElse(BigDecimal.ZERO);
        BigDecimal residualKwh = kwh.subtract(kwh.multiply(green));
        InventoryLine byMarket = line(use, batch, row, SCOPE_2, MARKET, residualKwh, "kWh",
                () -> library.residualElectricity(use.entity(), year), BigDecimal.ZERO, BigDecimal.ZERO);
        return List.of(byLocation, byMarket);
    }

    /** Natural gas by volume or energy: scope 1, its energy from its net calorific value. */
    private InventoryLine naturalGas(EnergyUse use, long batch, int row) {
        int year = use.month().getYear();
        BigDecimal ncv = library.fuel("natural_gas", "ncv", use.entity(), year).factor().value(); // GJ per 10^4 m3
        boolean energyGiven = units.groupOf(use.quantity().unit()).code().equals("energy");
        BigDecimal tenThousandM3 = energyGiven ? gigajoules(use).divide(ncv, MC) : in(use, "10k_m3");
        BigDecimal gj = tenThousandM3.multiply(ncv);
        return line(use, batch, row, SCOPE_1, Optional.empty(), tenThousandM3, "10k_m3",
                () -> library.fuel("natural_gas", "ef", use.entity(), year),
                gj.multiply(new BigDecimal("1000000")).divide(KJ_PER_KGCE, MC), gj.divide(new BigDecimal("0.0036"), MC));
    }

    /** A liquid fuel, which must be given by mass: scope 1. */
    private InventoryLine liquidFuel(EnergyUse use, long batch, int row) {
        if (!units.groupOf(use.quantity().unit()).code().equals("mass")) {
            throw new GhgException(Message.of("ghg.needsMass", use.entity() + " " + use.month(), use.carrier().code(),
                    use.quantity().value().toPlainString() + " " + use.quantity().unit().code()));
        }
        int year = use.month().getYear();
        String fuel = use.carrier().code();
        BigDecimal t = in(use, "t");
        BigDecimal gj = t.multiply(library.fuel(fuel, "ncv", use.entity(), year).factor().value());
        return line(use, batch, row, SCOPE_1, Optional.empty(), t, "t", () -> library.fuel(fuel, "ef", use.entity(), year),
                t.multiply(new BigDecimal("1000")).multiply(KGCE_PER_KG.get(use.carrier())), gj.divide(new BigDecimal("0.0036"), MC));
    }

    /** Purchased heat or steam: scope 2 at the default heat factor, location- and market-based alike. */
    private List<InventoryLine> heat(EnergyUse use, long batch, int row) {
        BigDecimal gj = gigajoules(use);
        Supplier<FactorChoice> ef = () -> library.fuel("purchased_heat", "ef", use.entity(), use.month().getYear());
        return List.of(line(use, batch, row, SCOPE_2, LOCATION, gj, "GJ", ef,
                        gj.multiply(new BigDecimal("1000000")).divide(KJ_PER_KGCE, MC), gj.divide(new BigDecimal("0.0036"), MC)),
                line(use, batch, row, SCOPE_2, MARKET, gj, "GJ", ef, BigDecimal.ZERO, BigDecimal.ZERO));
    }

    /**
     * The line of an activity at the factor {@code choice} picks; when no factor applies, a line
     * whose emissions are not available, with the reason, and whose energy still counts. Any other
     * problem (a bad pin, a unit the factor cannot take) is thrown.
     */
    private InventoryLine line(EnergyUse use, long batch, int row, Optional<Scope> scope, Optional<Scope2Method> method,
                               BigDecimal activity, String activityUnit, Supplier<FactorChoice> choice, BigDecimal kgce, BigDecimal kwh) {
        FactorChoice chosen;
        try {
            chosen = choice.get();
        } catch (NoApplicableFactor e) {
            return InventoryLine.notAvailable(use.entity(), use.month(), use.carrier().code(), batch, row, scope, method, activity, activityUnit,
                    e.problem(), kgce, kwh);
        }
        EmissionFactor f = chosen.factor();
        BigDecimal perUnit = activity;
        if (!activityUnit.equals(f.per())) {
            perUnit = units.convert(new Quantity(activity, units.unit(activityUnit).orElseThrow()), f.per()).value();
        }
        BigDecimal co2eKg = perUnit.multiply(f.value()).multiply(units.unit(f.emitted()).orElseThrow().factor());
        return new InventoryLine(use.entity(), use.month(), use.carrier().code(), batch, row, scope, method, activity, activityUnit, f.id(),
                f.value(), f.unitAsPrinted(), chosen.rule(), co2eKg, kgce, kwh);
    }

    private BigDecimal in(EnergyUse use, String unit) {
        if (!units.convertible(use.quantity().unit(), units.unit(unit).orElseThrow())) {
            throw new GhgException(Message.of("ghg.unitMismatch", use.entity() + " " + use.month() + " " + use.carrier().code(),
                    use.quantity().unit().code(), unit));
        }
        return units.convert(use.quantity(), unit).value();
    }

    private BigDecimal gigajoules(EnergyUse use) {
        return in(use, "GJ");
    }
}
