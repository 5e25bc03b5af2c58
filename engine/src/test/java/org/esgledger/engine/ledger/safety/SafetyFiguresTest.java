package org.esgledger.engine.ledger.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
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

/** The safety figures: per year, for the root entity, the months' counts and investment added up, each with its rows. */
class SafetyFiguresTest {

    private final List<LedgerRow<SafetyMonth>> rows = new ArrayList<>();

    private void month(int row, String entity, String month, long accidents, long injuries, String investmentYuan) {
        rows.add(new LedgerRow<>(1, row, new SafetyMonth(entity, YearMonth.parse(month),
                new Quantity(new BigDecimal("1000"), SafetyLedgerTest.UNITS.unit("h").orElseThrow()), accidents, injuries, 0, 0,
                new Quantity(new BigDecimal(investmentYuan), SafetyLedgerTest.UNITS.unit("CNY").orElseThrow()))));
    }

    private List<ComputedFact> figures() {
        Map<String, String> units = Map.of("work_safety_accidents", "item", "work_related_injuries", "person",
                "work_related_fatalities", "person", SafetyFigures.INVESTMENT, "CNY_10k");
        return SafetyFigures.of(LedgerRows.of(rows), new LedgerContext(SafetyLedgerTest.TREE, Map.of(), SafetyLedgerTest.UNITS, units,
                Plausibility.DEFAULTS));
    }

    private static List<String> described(List<ComputedFact> facts) {
        return facts.stream().map(f -> f.key().indicator() + "@" + f.key().entity() + "@" + f.key().period().code() + "="
                + f.value().toPlainString() + " " + f.unit() + " rows " + f.rows().size()).toList();
    }

    @Test
    void addsUpTheMonthsOfEachYearForTheRootEntityInTheCataloguesUnits() {
        month(2, "plant", "2024-01", 1, 1, "5000");
        month(3, "group", "2024-02", 0, 2, "7000");
        month(4, "plant", "2023-12", 1, 0, "0");
        assertThat(described(figures())).containsExactly(
                "work_related_fatalities@group@2023=0 person rows 1",
                "work_related_fatalities@group@2024=0 person rows 2",
                "work_related_injuries@group@2023=0 person rows 1",
                "work_related_injuries@group@2024=3 person rows 2",
                "work_safety_accidents@group@2023=1 item rows 1",
                "work_safety_accidents@group@2024=1 item rows 2",
                "work_safety_investment@group@2023=0 CNY_10k rows 1",
                "work_safety_investment@group@2024=1.2 CNY_10k rows 2");
        assertThat(figures()).allSatisfy(f -> assertThat(f.source()).isEqualTo("safety ledger"));
    }

    @Test
    void aYearWhoseMonthsReportNoAccidentsGivesZeroAndAYearWithoutRowsGivesNothing() {
        month(2, "plant", "2024-05", 0, 0, "0");
        List<ComputedFact> facts = figures();
        assertThat(facts).filteredOn(f -> f.key().indicator().equals("work_safety_accidents"))
                .singleElement().satisfies(f -> {
                    assertThat(f.value()).isEqualByComparingTo("0");
                    assertThat(f.rows()).containsExactly(new ComputedFact.SourceRow(1, 2));
                });
        assertThat(facts).noneMatch(f -> f.key().period().code().equals("2023"));
        rows.clear();
        assertThat(figures()).isEmpty();
    }

    @Test
    void namesEveryIndicatorItCanYield() {
        assertThat(new SafetyKind().indicators()).containsExactlyInAnyOrder("work_safety_accidents", "work_related_injuries",
                "work_related_fatalities", SafetyFigures.INVESTMENT);
    }
}
