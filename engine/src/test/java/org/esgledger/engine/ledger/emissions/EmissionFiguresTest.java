package org.esgledger.engine.ledger.emissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

/** Scope 1 and 3 from the other-emission-sources ledger, by hand (values in the comments). */
class EmissionFiguresTest {

    static final UnitCatalogue UNITS = UnitTable.standard();
    static final LedgerContext CONTEXT = new LedgerContext(new OrganisationTree(List.of(new ReportingEntity("zkteco", Optional.empty(),
            EntityKind.GROUP, Bilingual.of("总部", "Headquarters"), "CN", "GD", true, BigDecimal.ONE, List.of()))), Map.of(), UNITS,
            Map.of("ghg_scope1_emissions", "tCO2e", "ghg_scope3_emissions", "tCO2e"), Plausibility.DEFAULTS);

    static EmissionActivity activity(String source, String activity, String amount, String unit, String factorId, String value,
                                     String factorUnit, int quality) {
        return new EmissionActivity("zkteco", YearMonth.of(2024, 5), source, activity, new Quantity(new BigDecimal(amount),
                UNITS.unit(unit).orElseThrow()), factorId, Optional.ofNullable(value).map(BigDecimal::new), factorUnit, "test", quality, "");
    }

    static EmissionActivity leak(String gas, String kg) {
        return activity("refrigerant", gas, kg, "kg", "", null, "", 2);
    }

    static List<LedgerRow<EmissionActivity>> rows(EmissionActivity... activities) {
        List<LedgerRow<EmissionActivity>> rows = new ArrayList<>();
        for (EmissionActivity a : activities) {
            rows.add(new LedgerRow<>(5, rows.size() + 2, a));
        }
        return rows;
    }

    /** The figures by indicator[breakdown] (one entity, one year). */
    static Map<String, ComputedFact> figures(String gwpSet, EmissionActivity... activities) {
        Map<String, ComputedFact> out = new HashMap<>();
        new EmissionsKind(gwpSet).figures(LedgerRows.of(rows(activities)), CONTEXT)
                .forEach(f -> out.put(f.key().indicator() + "[" + f.key().breakdown().code() + "]", f));
        return out;
    }

    @Test
    void refrigerantsAndProcessAreScopeOneBySourceAndTheRestScopeThreeByCategory() {
        Map<String, ComputedFact> f = figures("AR6",
                leak("R-410A", "18"),
                activity("process", "CO2", "0.5", "t", "", "1", "tCO2e/t", 3),
                activity("c06_business_travel", "air", "12000", "pkm", "", "0.15", "kgCO2e/pkm", 2),
                activity("c06_business_travel", "rail", "10000", "pkm", "", "0.04", "kgCO2e/pkm", 2),
                activity("c03_fuel_energy", "td_losses", "1000", "kWh", "EL-NAT-2022", null, "", 3));
        assertThat(f.keySet()).containsExactlyInAnyOrder("ghg_scope1_emissions[emission_source=refrigerant]",
                "ghg_scope1_emissions[emission_source=process]", "ghg_scope3_emissions[scope3_category=c06_business_travel]",
                "ghg_scope3_emissions[scope3_category=c03_fuel_energy]");
        // 18 kg × 2,256 (AR6) = 40.608 t
        ComputedFact refrigerant = f.get("ghg_scope1_emissions[emission_source=refrigerant]");
        assertThat(refrigerant.value()).isEqualByComparingTo("40.608");
        assertThat(refrigerant.unit()).isEqualTo("tCO2e");
        assertThat(refrigerant.source()).isEqualTo("other emission sources ledger; GWP AR6; factors: GWP:AR6:R-410A "
                + "(GWP of R-410A, IPCC AR6 (100 years), data quality 2)");
        assertThat(f.get("ghg_scope1_emissions[emission_source=process]").value()).isEqualByComparingTo("0.5");
        // 12,000 pkm × 0.15 + 10,000 pkm × 0.04 = 1,800 + 400 kg = 2.2 t, from two rows with their own factors
        ComputedFact travel = f.get("ghg_scope3_emissions[scope3_category=c06_business_travel]");
        assertThat(travel.value()).isEqualByComparingTo("2.2");
        assertThat(travel.rows()).containsExactly(new ComputedFact.SourceRow(5, 4), new ComputedFact.SourceRow(5, 5));
        assertThat(travel.source()).contains("row:4 (factor given on the ledger row (source: test), data quality 2)")
                .contains("row:5 (");
        // 1,000 kWh × 0.5366 (EL-NAT-2022) = 0.5366 t
        assertThat(f.get("ghg_scope3_emissions[scope3_category=c03_fuel_energy]").value()).isEqualByComparingTo("0.5366");
    }

    @Test
    void theGwpSetChangesRefrigerantsAndAGasTheSetLacksIsNotAvailableWithTheReason() {
        // AR5: 18 kg × 1,924 = 34.632 t
        assertThat(figures("AR5", leak("R-410A", "18")).get("ghg_scope1_emissions[emission_source=refrigerant]").value())
                .isEqualByComparingTo("34.632");
        // SAR predates the blend: the total of the source is not available, its rows still counted
        ComputedFact sar = figures("SAR", leak("R-410A", "18"), leak("HFC-134a", "5")).get("ghg_scope1_emissions[emission_source=refrigerant]");
        assertThat(sar.value()).isNull();
        assertThat(sar.notAvailable().orElseThrow().en()).contains("SAR").contains("R-410A");
        assertThat(sar.rows()).hasSize(2);
        assertThat(sar.source()).startsWith("other emission sources ledger; GWP SAR; factors: GWP:SAR:HFC-134a");
    }

    @Test
    void aRowThatCannotBeComputedIsARowProblemInTheColumnItIsAbout() {
        assertThat(problem(activity("c03_fuel_energy", "x", "1", "kWh", "EL-NOPE", null, "", 3))).isEqualTo("factor:ghg.noSuchFactor");
        assertThat(problem(leak("R-999", "1"))).isEqualTo("activity:ghg.noGwp");
        assertThat(problem(activity("c06_business_travel", "air", "10", "kg", "", "0.15", "kgCO2e/pkm", 3)))
                .isEqualTo("quantity:ghg.unitMismatch");
        assertThat(problem(activity("c06_business_travel", "air", "10", "pkm", "", "0.15", "kgCO2e/furlong", 3)))
                .isEqualTo("factor_unit:ghg.factorUnit");
    }

    /** The problem of the second row, after a good one: column:key, checked to name batch 5, row 3. */
    static String problem(EmissionActivity bad) {
        LedgerRows<EmissionActivity> rows = LedgerRows.of(rows(leak("R-410A", "1"), bad));
        Throwable thrown = catchThrowable(() -> new EmissionsKind("AR6").figures(rows, CONTEXT));
        assertThat(thrown).isInstanceOf(LedgerRowException.class);
        LedgerRowException e = (LedgerRowException) thrown;
        assertThat(e.batch()).isEqualTo(5);
        assertThat(e.row()).isEqualTo(3);
        return e.column() + ":" + e.problem().key();
    }

    @Test
    void theIndicatorsAreScopeOneAndScopeThree() {
        assertThat(new EmissionsKind("AR6").indicators()).containsExactlyInAnyOrder("ghg_scope1_emissions", "ghg_scope3_emissions");
        assertThatThrownBy(() -> new EmissionsKind(null)).isInstanceOf(NullPointerException.class);
    }
}
