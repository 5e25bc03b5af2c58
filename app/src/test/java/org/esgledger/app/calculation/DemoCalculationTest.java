package org.esgledger.app.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.esgledger.app.StoreTest;
import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.catalogue.Catalogue;
import org.esgledger.app.demo.DemoWorkspace;
import org.esgledger.app.fact.Facts;
import org.esgledger.app.fact.PublishedFigure;
import org.esgledger.engine.calc.Disclosure;
import org.esgledger.engine.calc.Outcome;
import org.esgledger.engine.catalogue.Codes;
import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.Nature;
import org.esgledger.engine.fact.Period;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The user story of the ESG manager: the seed report's derived figures are computed by formula
 * and either equal the printed values or are flagged; the known inconsistencies are found and
 * nothing else is.
 */
@StoreTest
class DemoCalculationTest {

    static final Path SEED_CHECKS = Path.of("../../shared/seed-dataset/checks.csv");

    /** Every finding that is more than information on the demo, with the seed check it corresponds to. */
    static final Map<String, String> EXPECTED_PROBLEMS = Map.of(
            "customers_surveyed_share@group@2022", "C049",
            "rd_staff_share@group@2023", "C016",
            "headcount-roll-forward-printed-share@group@2024", "C016",
            "employee_turnover_rate@group@2024", "C015",
            "turnover-bases@group@2024", "C015",
            "hazard_checkpoint_pass_rate@group@2024", "C072");

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    Calculations calculations;
    @Autowired
    Facts facts;
    @Autowired
    Catalogue catalogue;

    @BeforeEach
    void demo() {
        workspaces.demo();
    }

    @Test
    void everyPrintedDerivedFigureIsComputedByFormulaAndAgreesOrIsFlagged() {
        var formulas = catalogue.formulas();
        int agreed = 0;
        for (int year = 2022; year <= 2024; year++) {
            Calculations.Run run = calculations.run(year);
            List<FindingView> findings = calculations.checks(year);
            for (PublishedFigure p : facts.published(DemoWorkspace.REPORT, Optional.of(year))) {
                if (!formulas.isDerived(p.indicator()) || p.fiscalYear() != year) {
                    continue;
                }
                assertThat(facts.list(Optional.of(year))).as("a derived figure is not loaded as a fact").noneMatch(f -> f.id().equals(p.id()));
                FactKey key = p.key();
                Outcome o = run.calculation().outcome(key).orElseThrow(() -> new AssertionError("no outcome for " + key));
                BigDecimal printed = p.amount().orElseThrow();
                boolean equal = o instanceof Outcome.Available
                        && Disclosure.round(((Outcome.Available) o).value(), printed.scale()).compareTo(printed) == 0;
                boolean flagged = findings.stream().anyMatch(f -> f.subject().equals(key.toString()));
                assertThat(equal || flagged).as(key + " printed " + printed + " equals the computed value or is flagged").isTrue();
                assertThat(equal && flagged).as(key + " is not flagged when it agrees").isFalse();
                if (equal) {
                    agreed++;
                }
            }
        }
        assertThat(agreed).as("derived figures reproduced exactly at the printed rounding").isEqualTo(13);
    }

    @Test
    void findsTheKnownInconsistenciesAndNothingElse() throws IOException {
        Map<String, FindingView> problems = new HashMap<>();
        for (int year = 2022; year <= 2024; year++) {
            calculations.checks(year).stream().filter(FindingView::isProblem).forEach(f -> problems.put(f.subject(), f));
        }
        assertThat(problems.keySet()).containsExactlyInAnyOrderElementsOf(EXPECTED_PROBLEMS.keySet());
        assertThat(problems.get("turnover-bases@group@2024").message().en()).contains("30.53").contains("24.20").contains("19.48")
                .contains("20.47");
        assertThat(problems.get("turnover-bases@group@2024").message().zh()).contains("均不符");
        assertThat(problems.get("headcount-roll-forward-printed-share@group@2024").message().en()).contains("= 3458")
                .contains("= 3558").contains("difference -100");
        assertThat(Codes.code(problems.get("hazard_checkpoint_pass_rate@group@2024").severity())).isEqualTo("low");
        assertThat(problems.get("hazard_checkpoint_pass_rate@group@2024").message().en()).contains("98.07").contains("98.08")
                .contains("cut off");
        assertThat(problems.get("customers_surveyed_share@group@2022").message().en()).contains("88").contains("89");
        if (Files.isRegularFile(SEED_CHECKS)) {
            Map<String, String> agrees = new HashMap<>();
            try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(SEED_CHECKS)) {
                csv.forEach(r -> agrees.put(r.getField("check_id"), r.getField("agrees")));
            }
            EXPECTED_PROBLEMS.forEach((subject, check) -> assertThat(agrees.get(check))
                    .as(subject + " corresponds to seed check " + check + ", which the seed dataset lists as a disagreement")
                    .isIn("no", "approx", "partial"));
        }
    }

    @Test
    void targetsAreEvaluatedFromTheData() {
        List<TargetView> targets = calculations.targets(calculations.current(2024).orElseThrow().id());
        assertThat(targets).hasSize(62);
        Map<String, TargetView> byId = new HashMap<>();
        targets.forEach(t -> byId.put(t.id(), t));
        assertThat(Codes.code(byId.get("T006").status())).isEqualTo("achieved");
        assertThat(Codes.code(byId.get("T060").status())).isEqualTo("achieved");
        assertThat(Codes.code(byId.get("T021").status())).isEqualTo("in_progress");
        // the resource targets, from the (illustrative) energy and water ledger by use, as monthly averages
        for (String id : new String[] {"T007", "T008", "T009", "T010"}) {
            assertThat(Codes.code(byId.get(id).status())).as(id).isEqualTo("achieved");
        }
        assertThat(byId.get("T007").explanation().en()).startsWith("Actual 2.").endsWith("m3, target <= 4");
        assertThat(Codes.code(byId.get("T011").status())).as("paper: no data").isEqualTo("not_evaluable");
        assertThat(byId.get("T011").explanation().en()).contains("No paper consumption data");
        assertThat(byId.get("T001").explanation().en()).contains("ghg_intensity_revenue").contains("2023");
        assertThat(targets).allSatisfy(t -> assertThat(t.explanation().en()).isNotBlank());
    }

    @Test
    void rollUpsGiveTheTotalsTheReportDoesNotPrint() {
        Calculations.Run run = calculations.run(2024);
        assertThat(value(run, "hazardous_waste_quantity")).isEqualByComparingTo("11.59");
        assertThat(value(run, "general_industrial_waste_treated")).isEqualByComparingTo("4.54");
        assertThat(value(run, "wastewater_generated")).isEqualByComparingTo("98");
        assertThat(value(run, "charitable_donation")).isEqualByComparingTo("47000");
    }

    private static BigDecimal value(Calculations.Run run, String indicator) {
        return ((Outcome.Available) run.calculation().outcome(new FactKey(indicator, "group", new Period.FiscalYear(2024), Breakdown.TOTAL,
                Nature.ACTUAL)).orElseThrow()).value();
    }
}
