package org.esgledger.engine.ghg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;

import org.esgledger.engine.ledger.emissions.EmissionActivity;
import org.esgledger.engine.unit.Quantity;
import org.esgledger.engine.unit.UnitCatalogue;
import org.esgledger.engine.unit.UnitTable;
import org.junit.jupiter.api.Test;

/** Worked examples for refrigerants and scope 3 activities (values by hand in the comments). */
class OtherEmissionsTest {

    static final UnitCatalogue UNITS = UnitTable.standard();

    static EmissionActivity activity(String source, String activity, String amount, String unit, String factorId, String value,
                                     String factorUnit) {
        return new EmissionActivity("e", YearMonth.of(2024, 5), source, activity, new Quantity(new BigDecimal(amount),
                UNITS.unit(unit).orElseThrow()), factorId, Optional.ofNullable(value).map(BigDecimal::new), factorUnit, "test", 3, "");
    }

    @Test
    void refrigerantTopUpsCountAtTheGwpOfTheChosenSet() {
        // 18 kg R-410A: AR5 1,924 → 34,632 kg; AR6 2,256 → 40,608 kg CO2e
        EmissionActivity leak = activity("refrigerant", "R-410A", "18", "kg", "", null, "");
        InventoryLine ar5 = new OtherEmissions(FactorLibrary.standard(), Gwp.standard(), "AR5", UNITS).line(leak, 1, 2);
        InventoryLine ar6 = new OtherEmissions(FactorLibrary.standard(), Gwp.standard(), "AR6", UNITS).line(leak, 1, 2);
        assertThat(ar5.scope()).isEqualTo(1);
        assertThat(ar5.co2eKg()).isEqualByComparingTo("34632");
        assertThat(ar6.co2eKg()).isEqualByComparingTo("40608");
        assertThat(ar6.factorId()).isEqualTo("GWP:AR6:R-410A");
        // 0.018 t is the same leak
        assertThat(new OtherEmissions(FactorLibrary.standard(), Gwp.standard(), "AR6", UNITS)
                .line(activity("refrigerant", "R-410A", "0.018", "t", "", null, ""), 1, 2).co2eKg()).isEqualByComparingTo("40608");
        // SAR has no value for the blend: the leak's emissions are not available under SAR, with the reason
        InventoryLine sar = new OtherEmissions(FactorLibrary.standard(), Gwp.standard(), "SAR", UNITS).line(leak, 1, 2);
        assertThat(sar.co2eKg()).isNull();
        assertThat(sar.activityQuantity()).isEqualByComparingTo("18");
        assertThat(sar.notAvailable().orElseThrow().en()).contains("SAR").contains("R-410A").contains("not available");
    }

    @Test
    void scopeThreeActivitiesAtTheFactorOnTheRowOrNamedFromTheLibrary() {
        OtherEmissions e = new OtherEmissions(FactorLibrary.standard(), Gwp.standard(), "AR6", UNITS);
        // 12,000 pkm by air × 0.15 kgCO2e/pkm = 1,800 kg
        InventoryLine air = e.line(activity("c06_business_travel", "air", "12000", "pkm", "", "0.15", "kgCO2e/pkm"), 1, 2);
        assertThat(air.scope()).isEqualTo(3);
        assertThat(air.co2eKg()).isEqualByComparingTo("1800");
        assertThat(air.factorId()).isEqualTo("row:2");
        // spend-based: 50 万元 × 0.3 kgCO2e/CNY = 500,000 CNY × 0.3 = 150,000 kg
        assertThat(e.line(activity("c01_purchased_goods", "parts", "50", "CNY_10k", "", "0.3", "kgCO2e/CNY"), 1, 3).co2eKg())
                .isEqualByComparingTo("150000");
        // 9 t hazardous waste × 0.9 tCO2e/t = 8,100 kg
        assertThat(e.line(activity("c05_waste", "incineration", "9", "t", "", "0.9", "tCO2e/t"), 1, 4).co2eKg()).isEqualByComparingTo("8100");
        // fuel- and energy-related, named library factor: 1,000 kWh × 0.5366 (EL-NAT-2022) = 536.6 kg
        assertThat(e.line(activity("c03_fuel_energy", "td_losses", "1000", "kWh", "EL-NAT-2022", null, ""), 1, 5).co2eKg())
                .isEqualByComparingTo("536.6");
    }

    @Test
    void unknownFactorsGasesAndUnitsAreErrors() {
        OtherEmissions e = new OtherEmissions(FactorLibrary.standard(), Gwp.standard(), "AR6", UNITS);
        assertThatThrownBy(() -> e.line(activity("c03_fuel_energy", "x", "1", "kWh", "EL-NOPE", null, ""), 1, 2))
                .isInstanceOf(GhgException.class).hasMessageContaining("EL-NOPE");
        assertThatThrownBy(() -> e.line(activity("refrigerant", "R-999", "1", "kg", "", null, ""), 1, 2))
                .isInstanceOf(GhgException.class).hasMessageContaining("R-999");
        assertThatThrownBy(() -> e.line(activity("c06_business_travel", "air", "10", "kg", "", "0.15", "kgCO2e/pkm"), 1, 2))
                .isInstanceOf(GhgException.class).hasMessageContaining("pkm");
        assertThatThrownBy(() -> e.line(activity("c06_business_travel", "air", "10", "pkm", "", "0.15", "kgCO2e/furlong"), 1, 2))
                .isInstanceOf(GhgException.class).hasMessageContaining("furlong");
    }
}
