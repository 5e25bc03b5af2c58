package org.esgledger.engine.ledger.waste;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.esgledger.engine.fact.ComputedFact;
import org.esgledger.engine.ledger.LedgerContext;
import org.esgledger.engine.ledger.LedgerRow;
import org.esgledger.engine.ledger.LedgerRows;
import org.esgledger.engine.ledger.Plausibility;
import org.esgledger.engine.unit.Quantity;
import org.junit.jupiter.api.Test;

class WasteFiguresTest {

    static final Map<String, String> TONNES = Map.of(WasteFigures.HAZARDOUS, "t", WasteFigures.GENERAL, "t",
            WasteFigures.DISPOSED_COMPLIANTLY, "t");

    private final List<LedgerRow<WasteRecord>> rows = new ArrayList<>();

    private void row(long batch, int row, String entity, String date, String type, boolean hazardous, String quantity, String unit,
                     String licence) {
        rows.add(new LedgerRow<>(batch, row, new WasteRecord("", entity, LocalDate.parse(date), type, type, hazardous, "",
                new Quantity(new BigDecimal(quantity), WasteLedgerTest.UNITS.unit(unit).orElseThrow()), "", licence, "other")));
    }

    private List<ComputedFact> figures(Map<String, String> indicatorUnits) {
        return WasteFigures.of(LedgerRows.of(rows), new LedgerContext(WasteLedgerTest.TREE, WasteLedgerTest.DIMENSIONS,
                WasteLedgerTest.UNITS, indicatorUnits, Plausibility.DEFAULTS));
    }

    /** The facts as indicator@entity@year[breakdown]=value unit. */
    private static List<String> described(List<ComputedFact> facts) {
        return facts.stream().map(f -> f.key().indicator() + "@" + f.key().entity() + "@" + f.key().period().code() + "["
                + f.key().breakdown().code() + "]=" + f.value().toPlainString() + " " + f.unit()).toList();
    }

    private static ComputedFact fact(List<ComputedFact> facts, String indicator, String breakdown) {
        return facts.stream().filter(f -> f.key().indicator().equals(indicator) && f.key().breakdown().code().equals(breakdown))
                .findFirst().orElseThrow();
    }

    @Test
    void sumsHazardousAndGeneralWasteByTypeInTonnesInKeyOrder() {
        row(1, 2, "plant", "2024-03-05", "waste_activated_carbon", true, "1250", "kg", "GD-1");
        row(1, 3, "plant", "2024-04-05", "waste_activated_carbon", true, "0.75", "t", "");
        row(1, 4, "plant", "2024-05-05", "scrap_metal", false, "3.5", "t", "GD-2");
        row(1, 5, "plant", "2024-06-05", "scrap_metal", false, "500000", "g", "");
        List<ComputedFact> facts = figures(TONNES);
        assertThat(described(facts)).containsExactly(
                "general_industrial_waste_treated@plant@2024[waste_type=scrap_metal]=4 t",
                "hazardous_waste_disposed_compliantly@plant@2024[]=1.25 t",
                "hazardous_waste_quantity@plant@2024[waste_type=waste_activated_carbon]=2 t");
        assertThat(facts).allSatisfy(f -> assertThat(f.source()).isEqualTo("waste ledger"));
        assertThat(facts).allSatisfy(f -> assertThat(f.notAvailable()).isEmpty());
    }

    @Test
    void countsOnlyHazardousWasteHandedToALicensedHandlerAsDisposedCompliantly() {
        row(1, 2, "plant", "2024-03-05", "waste_activated_carbon", true, "1", "t", "GD-1");
        row(1, 3, "plant", "2024-03-06", "waste_activated_carbon", true, "2", "t", " ");
        row(1, 4, "plant", "2024-03-07", "scrap_metal", false, "4", "t", "GD-2");
        List<ComputedFact> facts = figures(TONNES);
        ComputedFact compliant = fact(facts, WasteFigures.DISPOSED_COMPLIANTLY, "");
        assertThat(compliant.value()).isEqualByComparingTo("1");
        assertThat(compliant.rows()).containsExactly(new ComputedFact.SourceRow(1, 2));
        assertThat(fact(facts, WasteFigures.HAZARDOUS, "waste_type=waste_activated_carbon").value()).isEqualByComparingTo("3");
    }

    @Test
    void keepsEntitiesAndYearsApartAndListsEveryRowCountedInOrder() {
        row(1, 2, "plant", "2023-12-31", "scrap_metal", false, "1", "t", "");
        row(1, 3, "plant", "2024-01-01", "scrap_metal", false, "2", "t", "");
        row(2, 2, "group", "2024-02-01", "scrap_metal", false, "4", "t", "");
        row(2, 3, "plant", "2024-02-01", "scrap_metal", false, "8", "t", "");
        List<ComputedFact> facts = figures(TONNES);
        assertThat(described(facts)).containsExactly(
                "general_industrial_waste_treated@group@2024[waste_type=scrap_metal]=4 t",
                "general_industrial_waste_treated@plant@2023[waste_type=scrap_metal]=1 t",
                "general_industrial_waste_treated@plant@2024[waste_type=scrap_metal]=10 t");
        assertThat(facts.get(2).rows()).containsExactly(new ComputedFact.SourceRow(1, 3), new ComputedFact.SourceRow(2, 3));
    }

    @Test
    void aHazardousRowCountsOnceInEachFigureItAddsTo() {
        row(1, 2, "plant", "2024-03-05", "waste_activated_carbon", true, "1", "t", "GD-1");
        List<ComputedFact> facts = figures(TONNES);
        assertThat(facts).hasSize(2).allSatisfy(f -> assertThat(f.rows()).containsExactly(new ComputedFact.SourceRow(1, 2)));
    }

    @Test
    void writesValuesAsPeopleReadThem() {
        row(1, 2, "plant", "2024-03-05", "scrap_metal", false, "1.900", "t", "");
        row(1, 3, "plant", "2024-03-06", "scrap_metal", false, "100", "kg", "");
        assertThat(figures(TONNES).get(0).value()).hasToString("2");
    }

    @Test
    void reportsInTheCataloguesUnitOfEachIndicator() {
        row(1, 2, "plant", "2024-03-05", "waste_activated_carbon", true, "1.25", "t", "GD-1");
        List<ComputedFact> facts = figures(Map.of(WasteFigures.HAZARDOUS, "kg", WasteFigures.GENERAL, "t",
                WasteFigures.DISPOSED_COMPLIANTLY, "t"));
        assertThat(described(facts)).containsExactly(
                "hazardous_waste_disposed_compliantly@plant@2024[]=1.25 t",
                "hazardous_waste_quantity@plant@2024[waste_type=waste_activated_carbon]=1250 kg");
    }

    @Test
    void anEmptyLedgerYieldsNothing() {
        assertThat(figures(TONNES)).isEmpty();
    }

    @Test
    void namesEveryIndicatorItCanYield() {
        assertThat(new WasteKind().indicators()).containsExactlyInAnyOrder("hazardous_waste_quantity",
                "general_industrial_waste_treated", "hazardous_waste_disposed_compliantly");
    }
}
