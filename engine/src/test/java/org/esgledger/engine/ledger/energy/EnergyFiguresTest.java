package org.esgledger.engine.ledger.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.esgledger.engine.fact.ComputedFact;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.ledger.LedgerContext;
import org.esgledger.engine.ledger.LedgerRow;
import org.esgledger.engine.ledger.LedgerRowException;
import org.esgledger.engine.ledger.LedgerRows;
import org.esgledger.engine.ledger.Plausibility;
import org.esgledger.engine.organisation.EntityKind;
import org.esgledger.engine.organisation.OrganisationTree;
import org.esgledger.engine.organisation.ReportingEntity;
import org.esgledger.engine.unit.Quantity;
import org.esgledger.engine.unit.UnitCatalogue;
import org.esgledger.engine.unit.UnitTable;
import org.junit.jupiter.api.Test;

/** The energy and GHG inventory of the ledger, by hand from the factors (values in the comments). */
class EnergyFiguresTest {

    static final UnitCatalogue UNITS = UnitTable.standard();
    static final LedgerContext CONTEXT = new LedgerContext(new OrganisationTree(List.of(entity("group", null, "GD"),
            entity("dongguan", "group", "GD"), entity("overseas", "group", ""))), Map.of(), UNITS, units(), Plausibility.DEFAULTS);

    static ReportingEntity entity(String code, String parent, String province) {
        return new ReportingEntity(code, Optional.ofNullable(parent), parent == null ? EntityKind.GROUP : EntityKind.SUBSIDIARY,
                Bilingual.of(code, code), "CN", province, true, BigDecimal.ONE, List.of());
    }

    /** The catalogue's unit of each indicator the ledger yields. */
    static Map<String, String> units() {
        Map<String, String> units = new HashMap<>();
        new EnergyKind().indicators().forEach(i -> units.put(i, i.startsWith("ghg") ? "tCO2e" : i.endsWith("water")
                || i.equals("water_withdrawal") ? "m3" : i.equals("energy_consumption") ? "tce" : i.endsWith("mwh") ? "MWh" : "kWh"));
        return units;
    }

    static EnergyUse use(String entity, String month, String carrier, String quantity, String unit, String green, String use) {
        return new EnergyUse(entity, YearMonth.parse(month), carrier, new Quantity(new BigDecimal(quantity), UNITS.unit(unit).orElseThrow()),
                Optional.empty(), "", Optional.ofNullable(green).map(BigDecimal::new), "", use);
    }

    /** The figures of the uses, rows 2, 3, … of batch 1; each as indicator[breakdown]@entity@year. */
    static Map<String, ComputedFact> figures(EnergyUse... uses) {
        List<LedgerRow<EnergyUse>> rows = new ArrayList<>();
        for (EnergyUse u : uses) {
            rows.add(new LedgerRow<>(1, rows.size() + 2, u));
        }
        Map<String, ComputedFact> out = new HashMap<>();
        for (ComputedFact f : new EnergyKind().figures(LedgerRows.of(rows), CONTEXT)) {
            out.put(f.key().indicator() + "[" + f.key().breakdown().code() + "]@" + f.key().entity() + "@"
                    + f.key().period().code(), f);
        }
        return out;
    }

    static BigDecimal value(Map<String, ComputedFact> figures, String key) {
        assertThat(figures).containsKey(key);
        return figures.get(key).value();
    }

    static List<ComputedFact.SourceRow> rows(int... numbers) {
        return Arrays.stream(numbers).mapToObj(n -> new ComputedFact.SourceRow(1, n)).toList();
    }

    @Test
    void electricityDieselAndWaterGiveTheInventoryEnergyAndUses() {
        Map<String, ComputedFact> f = figures(
                use("dongguan", "2023-05", "electricity", "100000", "kWh", "0.3", "production"),
                use("dongguan", "2023-06", "diesel", "2", "t", null, ""),
                use("dongguan", "2023-07", "tap_water", "50", "m3", null, "domestic"),
                use("dongguan", "2023-08", "reclaimed_water", "10", "m3", null, ""));
        // location-based: 100,000 kWh × 0.4042 (South grid 2023) = 40.42 t, in total and by carrier
        assertThat(value(f, "ghg_scope2_location_emissions[]@dongguan@2023")).isEqualByComparingTo("40.42");
        assertThat(value(f, "ghg_scope2_location_emissions[energy_carrier=electricity]@dongguan@2023")).isEqualByComparingTo("40.42");
        // market-based: green power at zero, 70,000 kWh × 0.6096 (EL-EXC-2023) = 42.672 t
        assertThat(value(f, "ghg_scope2_market_emissions[]@dongguan@2023")).isEqualByComparingTo("42.672");
        // scope 1 by source only (the emissions ledger adds its sources; the total is their roll-up): 2 t × 3.0959 = 6.1918 t
        assertThat(value(f, "ghg_scope1_emissions[emission_source=diesel]@dongguan@2023")).isEqualByComparingTo("6.1918");
        assertThat(f).doesNotContainKey("ghg_scope1_emissions[]@dongguan@2023");
        // energy: 100,000 kWh × 0.1229 = 12.29 tce; 2,000 kg diesel × 1.4571 = 2.9142 tce; counted once per row, not per line
        assertThat(value(f, "energy_consumption[]@dongguan@2023")).isEqualByComparingTo("15.2042");
        assertThat(value(f, "energy_consumption[energy_carrier=electricity]@dongguan@2023")).isEqualByComparingTo("12.29");
        assertThat(value(f, "energy_consumption_mwh[energy_carrier=electricity]@dongguan@2023")).isEqualByComparingTo("100");
        assertThat(f.get("energy_consumption[]@dongguan@2023").rows()).isEqualTo(rows(2, 3));
        assertThat(value(f, "electricity_consumption[]@dongguan@2023")).isEqualByComparingTo("100000");
        assertThat(value(f, "green_electricity_consumption[]@dongguan@2023")).isEqualByComparingTo("30000");
        assertThat(value(f, "production_electricity[]@dongguan@2023")).isEqualByComparingTo("100000");
        assertThat(value(f, "water_withdrawal[]@dongguan@2023")).isEqualByComparingTo("50");
        assertThat(value(f, "domestic_water[]@dongguan@2023")).isEqualByComparingTo("50");
        assertThat(f).doesNotContainKeys("domestic_electricity[]@dongguan@2023", "production_water[]@dongguan@2023");
        // reclaimed water is neither withdrawal nor energy
        assertThat(f.values()).allSatisfy(x -> assertThat(x.rows()).doesNotContain(new ComputedFact.SourceRow(1, 5)));
        assertThat(f.get("water_withdrawal[]@dongguan@2023").unit()).isEqualTo("m3");
    }

    @Test
    void eachEmissionFigureNamesItsFactorsAndRulesAndTheFactorSet() {
        Map<String, ComputedFact> f = figures(use("dongguan", "2023-05", "electricity", "1000", "kWh", null, ""),
                use("dongguan", "2023-06", "electricity", "1000", "kWh", null, ""));
        ComputedFact location = f.get("ghg_scope2_location_emissions[]@dongguan@2023");
        assertThat(location.source()).startsWith("energy ledger; factors: EL-REG-SOUTH-2023 (location-based: regional factor of SOUTH")
                .endsWith("; factor set cn-reference-2026-1");
        assertThat(location.source().split("EL-REG-SOUTH-2023", -1)).as("each factor named once").hasSize(2);
        assertThat(location.rows()).isEqualTo(rows(2, 3));
        assertThat(f.get("electricity_consumption[]@dongguan@2023").source()).isEqualTo("energy ledger; factor set cn-reference-2026-1");
    }

    @Test
    void marketAndLocationAgreeWithoutGreenPowerAndHeatCountsItsEnergyOnce() {
        Map<String, ComputedFact> f = figures(use("dongguan", "2024-02", "purchased_heat", "10", "GJ", null, ""));
        BigDecimal location = value(f, "ghg_scope2_location_emissions[energy_carrier=purchased_heat]@dongguan@2024");
        assertThat(value(f, "ghg_scope2_market_emissions[energy_carrier=purchased_heat]@dongguan@2024")).isEqualByComparingTo(location);
        // 10 GJ = 2.778 MWh, on the location-based line only
        assertThat(value(f, "energy_consumption_mwh[]@dongguan@2024").setScale(3, RoundingMode.HALF_UP)).isEqualByComparingTo("2.778");
    }

    @Test
    void anEmissionNoFactorAppliesToIsNotAvailableWithTheReasonAndItsEnergyStillCounts() {
        Map<String, ComputedFact> f = figures(use("overseas", "2024-01", "electricity", "1000", "kWh", null, ""),
                use("overseas", "2024-02", "purchased_heat", "10", "GJ", null, ""),
                use("dongguan", "2020-06", "electricity", "1000", "kWh", null, ""));
        // no province: location-based not available, in total (with the heat row, which has a value) and for electricity
        ComputedFact total = f.get("ghg_scope2_location_emissions[]@overseas@2024");
        assertThat(total.value()).isNull();
        assertThat(total.notAvailable().orElseThrow().en()).contains("overseas").contains("province");
        assertThat(total.rows()).isEqualTo(rows(2, 3));
        assertThat(f.get("ghg_scope2_location_emissions[energy_carrier=electricity]@overseas@2024").notAvailable()).isPresent();
        assertThat(f.get("ghg_scope2_location_emissions[energy_carrier=purchased_heat]@overseas@2024").value()).isPositive();
        // market-based needs no province
        assertThat(value(f, "ghg_scope2_market_emissions[energy_carrier=electricity]@overseas@2024")).isPositive();
        // before the factor set: neither method has a factor; the energy is there (1,000 kWh × 0.1229 = 0.1229 tce)
        assertThat(f.get("ghg_scope2_market_emissions[]@dongguan@2020").notAvailable().orElseThrow().en()).contains("2020");
        assertThat(f.get("ghg_scope2_location_emissions[]@dongguan@2020").source()).doesNotContain("factors:");
        assertThat(value(f, "energy_consumption[]@dongguan@2020")).isEqualByComparingTo("0.1229");
        assertThat(value(f, "energy_consumption[]@overseas@2024")).isPositive();
    }

    @Test
    void aRowTheInventoryCannotComputeIsARowProblemInItsColumn() {
        LedgerRows<EnergyUse> rows = LedgerRows.of(List.of(new LedgerRow<>(4, 2, use("dongguan", "2024-01", "electricity", "1", "kWh", null, "")),
                new LedgerRow<>(4, 9, use("dongguan", "2024-01", "diesel", "500", "L", null, ""))));
        assertThatThrownBy(() -> new EnergyKind().figures(rows, CONTEXT)).isInstanceOfSatisfying(LedgerRowException.class, e -> {
            assertThat(e.batch()).isEqualTo(4);
            assertThat(e.row()).isEqualTo(9);
            assertThat(e.column()).isEqualTo("quantity");
            assertThat(e.problem().key()).isEqualTo("ghg.needsMass");
        });
    }

    @Test
    void theRowsAreGoneThroughOnceAsAStream() {
        AtomicInteger passes = new AtomicInteger();
        LedgerRows<EnergyUse> stream = each -> {
            passes.incrementAndGet();
            for (int month = 1; month <= 12; month++) {
                each.accept(new LedgerRow<>(1, month + 1, use("dongguan", "2023-" + (month < 10 ? "0" : "") + month, "electricity",
                        "1000", "kWh", null, "production")));
            }
        };
        List<ComputedFact> facts = new EnergyKind().figures(stream, CONTEXT);
        assertThat(passes).hasValue(1);
        assertThat(facts).filteredOn(x -> x.key().indicator().equals("production_electricity")).singleElement()
                .satisfies(x -> assertThat(x.value()).isEqualByComparingTo("12000"));
    }

    @Test
    void theIndicatorsAreEveryOneTheLedgerCanYieldIncludingEachUse() {
        assertThat(new EnergyKind().indicators()).containsExactlyInAnyOrder("ghg_scope1_emissions", "ghg_scope2_location_emissions",
                "ghg_scope2_market_emissions", "energy_consumption", "energy_consumption_mwh", "electricity_consumption",
                "green_electricity_consumption", "water_withdrawal", "production_electricity", "domestic_electricity",
                "production_water", "domestic_water");
    }
}
