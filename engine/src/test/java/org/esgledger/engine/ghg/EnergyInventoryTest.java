package org.esgledger.engine.ghg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.esgledger.engine.ledger.energy.EnergyUse;
import org.esgledger.engine.unit.Quantity;
import org.esgledger.engine.unit.UnitCatalogue;
import org.esgledger.engine.unit.UnitTable;
import org.junit.jupiter.api.Test;

/** Worked examples, computed by hand from the published factors (values in the comments). */
class EnergyInventoryTest {

    static final UnitCatalogue UNITS = UnitTable.standard();
    static final FactorLibrary LIBRARY = FactorLibrary.standard();
    static final EnergyInventory INVENTORY = new EnergyInventory(LIBRARY, UNITS);
    static final Map<String, String> PROVINCES = Map.of("dongguan", "GD", "xiamen", "FJ", "nowhere", "");

    static EnergyUse use(String entity, String month, String carrier, String quantity, String unit, String green) {
        return new EnergyUse(entity, YearMonth.parse(month), carrier, new Quantity(new BigDecimal(quantity), UNITS.unit(unit).orElseThrow()),
                Optional.empty(), "", Optional.ofNullable(green).map(BigDecimal::new), "");
    }

    static List<InventoryLine> lines(EnergyUse u) {
        return INVENTORY.lines(u, 1, 2, PROVINCES, Map.of());
    }

    @Test
    void guangdongElectricityIn2022AtTheProvincialFactor() {
        // 1,250,000 kWh × 0.4403 kgCO2/kWh (EL-PRV-GUANGDONG-2022) = 550,375 kg = 550.375 t CO2
        InventoryLine l = lines(use("dongguan", "2022-06", "electricity", "1250000", "kWh", null)).get(0);
        assertThat(l.scope()).isEqualTo(2);
        assertThat(l.method()).isEqualTo("location");
        assertThat(l.factorId()).isEqualTo("EL-PRV-GUANGDONG-2022");
        assertThat(l.co2eKg()).isEqualByComparingTo("550375");
        assertThat(l.rule().en()).contains("provincial").contains("2022").contains("the activity's year");
        // energy: 1,250,000 kWh × 0.1229 kgce/kWh = 153,625 kgce
        assertThat(l.kgce()).isEqualByComparingTo("153625");
        // 125 万千瓦时 is the same activity
        assertThat(lines(use("dongguan", "2022-06", "electricity", "125", "10k_kWh", null)).get(0).co2eKg()).isEqualByComparingTo("550375");
    }

    @Test
    void aYearWithoutItsOwnFactorTakesTheLatestPublishedAtTheMostSpecificLevel() {
        // 2024: no 2024 factors, no 2023 provincial factors → South China grid 2023, 0.4042 kg/kWh
        InventoryLine gd = lines(use("dongguan", "2024-03", "electricity", "1000", "kWh", null)).get(0);
        assertThat(gd.factorId()).isEqualTo("EL-REG-SOUTH-2023");
        assertThat(gd.co2eKg()).isEqualByComparingTo("404.2");
        assertThat(gd.rule().en()).contains("regional").contains("SOUTH").contains("2023").contains("latest published for 2024");
        // Fujian is in the East China grid: 2023, 0.5500 kg/kWh
        assertThat(lines(use("xiamen", "2023-03", "electricity", "1000", "kWh", null)).get(0).factorId()).isEqualTo("EL-REG-EAST-2023");
        // Fujian 2022 has its provincial factor, 0.4092
        assertThat(lines(use("xiamen", "2022-03", "electricity", "1000", "kWh", null)).get(0).co2eKg()).isEqualByComparingTo("409.2");
    }

    @Test
    void marketBasedCountsGreenPowerAtZeroAndTheRestAtTheResidualFactor() {
        // 100,000 kWh in 2023 with 30 % green-power certificates: 70,000 kWh × 0.6096 (EL-EXC-2023) = 42,672 kg
        List<InventoryLine> l = lines(use("dongguan", "2023-05", "electricity", "100000", "kWh", "0.3"));
        InventoryLine market = l.stream().filter(x -> x.method().equals("market")).findFirst().orElseThrow();
        assertThat(market.factorId()).isEqualTo("EL-EXC-2023");
        assertThat(market.co2eKg()).isEqualByComparingTo("42672");
        assertThat(market.kgce()).as("energy counted once, on the location-based line").isZero();
        InventoryLine location = l.stream().filter(x -> x.method().equals("location")).findFirst().orElseThrow();
        // location-based ignores certificates: 100,000 × 0.4042 (South grid 2023) = 40,420 kg
        assertThat(location.co2eKg()).isEqualByComparingTo("40420");
    }

    @Test
    void dieselAndNaturalGasAreScopeOne() {
        // 12.4 t diesel × 3.0959 tCO2/t (FU-DIESEL-EF) = 38.38916 t = 38,389.16 kg
        InventoryLine diesel = lines(use("dongguan", "2024-01", "diesel", "12.4", "t", null)).get(0);
        assertThat(diesel.scope()).isEqualTo(1);
        assertThat(diesel.factorId()).isEqualTo("FU-DIESEL-EF");
        assertThat(diesel.co2eKg()).isEqualByComparingTo("38389.16");
        // 12,400 kg × 1.4571 kgce/kg = 18,068.04 kgce
        assertThat(diesel.kgce()).isEqualByComparingTo("18068.04");
        // 10,000 m³ natural gas = 1 × 10^4 Nm3 × 21.62 tCO2 = 21,620 kg; 389.31 GJ = 389,310,000 kJ / 29,307 = 13,283.86… kgce
        InventoryLine gas = lines(use("dongguan", "2024-01", "natural_gas", "10000", "m3", null)).get(0);
        assertThat(gas.co2eKg()).isEqualByComparingTo("21620");
        assertThat(gas.kgce().setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("13283.86");
    }

    @Test
    void refrigerantLeaksByGwpSet() {
        // 18 kg R-410A: AR5 1,924 → 34,632 kg CO2e; AR6 2,256 → 40,608 kg CO2e (table values of the blend)
        Gwp gwp = Gwp.standard();
        assertThat(gwp.co2e("R-410A", new BigDecimal("18"), "AR5")).isEqualByComparingTo("34632");
        assertThat(gwp.co2e("R-410A", new BigDecimal("18"), "AR6")).isEqualByComparingTo("40608");
        assertThat(gwp.of("CH4", "AR6")).isEqualByComparingTo("27.9");
        // SAR predates the blend: no factor applies (not available), unlike a gas no set knows (an error in the row)
        assertThatThrownBy(() -> gwp.of("R-410A", "SAR")).isInstanceOf(NoApplicableFactor.class).hasMessageContaining("SAR");
        assertThatThrownBy(() -> gwp.of("R-999", "AR6")).isInstanceOf(GhgException.class).isNotInstanceOf(NoApplicableFactor.class);
    }

    @Test
    void aYearBeforeTheFactorSetLeavesTheEmissionsNotAvailableButCountsTheEnergy() {
        // the reference set starts at 2021: electricity of 2020 has no grid factor of its year or an earlier one
        List<InventoryLine> l = lines(use("dongguan", "2020-06", "electricity", "1000", "kWh", "0.2"));
        InventoryLine location = l.stream().filter(x -> x.method().equals("location")).findFirst().orElseThrow();
        InventoryLine market = l.stream().filter(x -> x.method().equals("market")).findFirst().orElseThrow();
        assertThat(location.co2eKg()).isNull();
        assertThat(location.factorId()).isEmpty();
        assertThat(location.notAvailable().orElseThrow().en()).contains("dongguan").contains("GD").contains("SOUTH").contains("2020")
                .contains("grid electricity").contains("cn-reference-2026-1").contains("not available");
        assertThat(location.notAvailable().orElseThrow().zh()).contains("dongguan").contains("2020").contains("不可用");
        assertThat(market.notAvailable().orElseThrow().en()).contains("market-based").contains("2020");
        // energy needs no emission factor: 1,000 kWh × 0.1229 kgce/kWh = 122.9 kgce, 1 MWh
        assertThat(location.kgce()).isEqualByComparingTo("122.9");
        assertThat(location.kwh()).isEqualByComparingTo("1000");
        // fuels take the national defaults, which have no data year: 2020 diesel is computed as any other year
        assertThat(lines(use("dongguan", "2020-06", "diesel", "1", "t", null)).get(0).co2eKg()).isEqualByComparingTo("3095.9");
        // 2021 has its own factors
        assertThat(lines(use("dongguan", "2021-06", "electricity", "1000", "kWh", null)).get(0).notAvailable()).isEmpty();
    }

    @Test
    void volumesOfLiquidFuelAndBadPinsAreErrorsAndAMissingProvinceIsNotAvailableNeverZero() {
        InventoryLine nowhere = lines(use("nowhere", "2024-01", "electricity", "1", "kWh", null)).get(0);
        assertThat(nowhere.co2eKg()).isNull();
        assertThat(nowhere.notAvailable().orElseThrow().en()).contains("nowhere").contains("province");
        assertThatThrownBy(() -> lines(use("dongguan", "2024-01", "diesel", "500", "L", null)))
                .isInstanceOf(GhgException.class).hasMessageContaining("volume");
        assertThatThrownBy(() -> INVENTORY.lines(use("dongguan", "2024-01", "electricity", "1", "kWh", null), 1, 2, PROVINCES,
                Map.of("dongguan", "FU-DIESEL-EF"))).isInstanceOf(GhgException.class).hasMessageContaining("FU-DIESEL-EF");
        // a pinned supplier-specific factor is used and recorded
        assertThat(INVENTORY.lines(use("dongguan", "2022-01", "electricity", "1000", "kWh", null), 1, 2, PROVINCES,
                Map.of("dongguan", "EL-NAT-2022")).get(0).rule().en()).contains("pinned");
    }

    @Test
    void theLibraryParsesEveryFactor() {
        assertThat(LIBRARY.factors()).hasSize(114);
        assertThat(LIBRARY.factors()).noneMatch(f -> f.region().startsWith("?"));
        assertThat(LIBRARY.factor("EL-PRV-INNER_MONGOLIA-2022").orElseThrow().region()).isEqualTo("NM");
        assertThat(LIBRARY.factor("FU-NG-EF").orElseThrow().per()).isEqualTo("10k_m3");
        assertThat(LIBRARY.factor("EL-ETS-2022").orElseThrow().emitted()).isEqualTo("tCO2e");
    }
}
