package org.esgledger.app.demo.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.esgledger.engine.ledger.energy.EnergyUse;
import org.esgledger.engine.unit.Quantity;
import org.esgledger.engine.unit.UnitCatalogue;

/**
 * Generates the demo's energy and water ledger: monthly bills of the Guangdong and Fujian companies
 * for two years. ILLUSTRATIVE: the seed report discloses no energy, fuel or water figure at all, so
 * these amounts are invented (seeded), split by use (production, domestic) and sized to stay within
 * the report's resource targets read as monthly averages for the group: production electricity under
 * 280,000 kWh and production water under 2,500 m³; domestic electricity under 30 kWh and domestic
 * water under 4 m³ per person. Guangdong ZKTeco buys a fifth of its production electricity as green
 * power in the later year.
 */
public final class DemoEnergy {

    public static final String VERSION = "demo-energy/2";

    private DemoEnergy() {
    }

    /** One carrier of one entity for one use: monthly amount between low and high, in a unit. */
    private record Meter(String entity, String carrier, String use, int low, int high, String unit, int scale) {
    }

    private static final List<Meter> METERS = List.of(
            new Meter("zkteco", "electricity", "production", 50_000, 60_000, "kWh", 0),
            new Meter("zkteco", "electricity", "domestic", 28_000, 32_000, "kWh", 0),
            new Meter("zkteco", "natural_gas", "", 2_800, 3_400, "m3", 0),
            new Meter("zkteco", "gasoline", "", 1_500, 2_000, "t", 3),
            new Meter("zkteco", "tap_water", "production", 200, 260, "m3", 0),
            new Meter("zkteco", "tap_water", "domestic", 3_500, 4_200, "m3", 0),
            new Meter("tangxia", "electricity", "production", 20_000, 23_000, "kWh", 0),
            new Meter("tangxia", "tap_water", "production", 180, 205, "m3", 0),
            new Meter("guangdong_zkteco", "electricity", "production", 120_000, 135_000, "kWh", 0),
            new Meter("guangdong_zkteco", "electricity", "domestic", 30_000, 35_000, "kWh", 0),
            new Meter("guangdong_zkteco", "diesel", "", 800, 1_200, "t", 3),
            new Meter("guangdong_zkteco", "tap_water", "production", 1_600, 1_900, "m3", 0),
            new Meter("guangdong_zkteco", "tap_water", "domestic", 3_000, 3_500, "m3", 0),
            new Meter("xiamen_zkteco", "electricity", "production", 18_000, 22_000, "kWh", 0),
            new Meter("xiamen_zkteco", "electricity", "domestic", 12_000, 14_000, "kWh", 0),
            new Meter("xiamen_zkteco", "tap_water", "domestic", 800, 1_000, "m3", 0));

    public static List<EnergyUse> generate(int firstYear, int lastYear, UnitCatalogue units, long seed) {
        Random random = new Random(seed + 29);
        List<EnergyUse> out = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            for (int month = 1; month <= 12; month++) {
                for (Meter m : METERS) {
                    BigDecimal amount = BigDecimal.valueOf(m.low() + random.nextInt(m.high() - m.low() + 1)).movePointLeft(m.scale());
                    Optional<BigDecimal> green = m.entity().equals("guangdong_zkteco") && m.carrier().equals("electricity")
                            && m.use().equals("production") && year == lastYear
                            ? Optional.of(new BigDecimal("0.2")) : Optional.empty();
                    out.add(new EnergyUse(m.entity(), YearMonth.of(year, month), m.carrier(),
                            new Quantity(amount, units.unit(m.unit()).orElseThrow()), Optional.empty(), "演示供应商 DEMO",
                            green, green.isPresent() ? "DEMO-GEC-" + year + "-GD" : "", m.use()));
                }
            }
        }
        return out;
    }
}
