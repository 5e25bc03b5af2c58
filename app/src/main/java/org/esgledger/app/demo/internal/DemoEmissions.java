package org.esgledger.app.demo.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.esgledger.engine.ledger.emissions.EmissionActivity;
import org.esgledger.engine.unit.Quantity;
import org.esgledger.engine.unit.UnitCatalogue;

/**
 * Generates the demo's other-emission-sources ledger for two years: refrigerant top-ups (scope 1)
 * and scope 3 activities — purchased goods by spend, upstream freight, waste, business travel by air
 * and rail, commuting. ILLUSTRATIVE: the seed report discloses none of this; amounts are invented
 * (seeded) and the factors on the rows are demo values, marked as such, not published factors.
 */
public final class DemoEmissions {

    public static final String VERSION = "demo-emissions/1";
    static final String DEMO_FACTOR = "演示因子 DEMO: illustrative value, not a published factor";

    private DemoEmissions() {
    }

    public static List<EmissionActivity> generate(int firstYear, int lastYear, UnitCatalogue units, long seed) {
        Random random = new Random(seed + 31);
        List<EmissionActivity> out = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            out.add(refrigerant("zkteco", YearMonth.of(year, 7), "R-410A", year == lastYear ? "18" : "12", units));
            out.add(refrigerant("guangdong_zkteco", YearMonth.of(year, 8), "HFC-134a", "5", units));
            for (int month = 1; month <= 12; month++) {
                YearMonth m = YearMonth.of(year, month);
                out.add(activity("zkteco", m, "c06_business_travel", "air", 40_000 + random.nextInt(30_000), "pkm", "0.15", "kgCO2e/pkm", 2,
                        "distance-based (travel agency report)", units));
                out.add(activity("zkteco", m, "c06_business_travel", "rail", 15_000 + random.nextInt(10_000), "pkm", "0.04", "kgCO2e/pkm", 2,
                        "distance-based (travel agency report)", units));
                out.add(activity("guangdong_zkteco", m, "c04_upstream_transport", "road_freight", 90_000 + random.nextInt(40_000), "tkm",
                        "0.1", "kgCO2e/tkm", 3, "distance-based (carrier waybills)", units));
            }
            out.add(activity("zkteco", YearMonth.of(year, 12), "c01_purchased_goods", "electronic_components",
                    400_000_000 + random.nextInt(100_000_000), "CNY", "0.3", "kgCO2e/CNY", 4, "spend-based (EEIO)", units));
            out.add(activity("zkteco", YearMonth.of(year, 12), "c07_commuting", "mixed", 2_000_000 + random.nextInt(500_000), "pkm", "0.06",
                    "kgCO2e/pkm", 4, "average-data (commuting survey)", units));
            out.add(activity("tangxia", YearMonth.of(year, 12), "c05_waste", "hazardous_incineration", 9 + random.nextInt(3), "t", "0.9",
                    "tCO2e/t", 3, "waste-type-specific", units));
        }
        return out;
    }

    private static EmissionActivity refrigerant(String entity, YearMonth month, String gas, String kg, UnitCatalogue units) {
        return new EmissionActivity(entity, month, "refrigerant", gas, new Quantity(new BigDecimal(kg), units.unit("kg").orElseThrow()), "",
                Optional.empty(), "", "", 1, "mass balance (top-up = leakage)");
    }

    private static EmissionActivity activity(String entity, YearMonth month, String source, String activity, long amount, String unit,
                                             String factor, String factorUnit, int quality, String method, UnitCatalogue units) {
        return new EmissionActivity(entity, month, source, activity, new Quantity(BigDecimal.valueOf(amount), units.unit(unit).orElseThrow()),
                "", Optional.of(new BigDecimal(factor)), factorUnit, DEMO_FACTOR, quality, method);
    }
}
