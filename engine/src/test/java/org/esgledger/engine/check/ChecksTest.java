package org.esgledger.engine.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.esgledger.engine.calc.CalculationTest.DIMENSIONS;
import static org.esgledger.engine.calc.CalculationTest.INDICATORS;
import static org.esgledger.engine.calc.CalculationTest.TREE;
import static org.esgledger.engine.calc.CalculationTest.in;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.esgledger.engine.calc.Calculation;
import org.esgledger.engine.calc.CalculationModel;
import org.esgledger.engine.calc.InputValue;
import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.Nature;
import org.esgledger.engine.fact.Period;
import org.esgledger.engine.formula.Formula;
import org.esgledger.engine.formula.FormulaSet;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.unit.UnitTable;
import org.junit.jupiter.api.Test;

class ChecksTest {

    private static CalculationModel model(Formula... formulas) {
        return new CalculationModel(INDICATORS, DIMENSIONS, FormulaSet.of(List.of(formulas), INDICATORS, DIMENSIONS), Set.of(), TREE,
                UnitTable.standard());
    }

    private static InputValue part(String member, String value) {
        return new InputValue(new FactKey("employees", "a", new Period.FiscalYear(2024), Breakdown.of("gender", member), Nature.ACTUAL),
                new BigDecimal(value), "person");
    }

    @Test
    void completeBreakdownsMustAddUpAndPartialOnesMustNotExceed() {
        Calculation ok = Calculation.run(model(), List.of(in("employees", "a", 2024, "3558", "person"), part("male", "2270"),
                part("female", "1288")), List.of());
        assertThat(Checks.run(ok, List.of())).isEmpty();
        Calculation off = Calculation.run(model(), List.of(in("employees", "a", 2024, "3558", "person"), part("male", "2270"),
                part("female", "1287")), List.of());
        List<Finding> f = Checks.run(off, List.of());
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("parts-sum");
            assertThat(x.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(x.message().en()).contains("3557").contains("3558").contains("-1");
            assertThat(x.message().zh()).contains("分项合计");
        });
        Calculation partial = Calculation.run(model(), List.of(in("employees", "a", 2024, "7", "person"), part("female", "2")), List.of());
        assertThat(Checks.run(partial, List.of())).isEmpty();
    }

    @Test
    void printedFiguresAreComparedAtThePrintedRounding() {
        Formula share = Formula.parse("rd_share", "rd_staff / employees", "1");
        List<InputValue> data = List.of(in("rd_staff", "a", 2024, "102", "person"), in("employees", "a", 2024, "104", "person"),
                in("rd_staff", "b", 2024, "1118", "person"), in("employees", "b", 2024, "3558", "person"));
        Calculation truncated = Calculation.run(model(share), data, List.of(in("rd_share", "a", 2024, "98.07", "percent"),
                in("rd_share", "b", 2024, "31.42", "percent"), in("employees", "b", 2024, "3558", "person")));
        List<Finding> f = Checks.run(truncated, List.of());
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.LOW);
            assertThat(x.subject()).isEqualTo("rd_share@a@2024");
            assertThat(x.message().en()).contains("cut off").contains("98.08");
        });
        Calculation differs = Calculation.run(model(share), data, List.of(in("rd_share", "b", 2024, "30.53", "percent")));
        assertThat(Checks.run(differs, List.of())).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(x.message().en()).contains("31.42").contains("rd_staff = 1118");
        });
        Calculation missing = Calculation.run(model(share), List.of(in("rd_staff", "a", 2022, "5", "person")),
                List.of(in("rd_share", "a", 2022, "29.7", "percent")));
        assertThat(Checks.run(missing, List.of())).singleElement().satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void entityTotalsAreComparedWithTheEntitiesBelow() {
        Calculation c = Calculation.run(model(), List.of(in("leavers", "group", 2024, "10", "person"), in("leavers", "a", 2024, "7", "person"),
                in("leavers", "b", 2024, "4", "person")), List.of());
        assertThat(Checks.run(c, List.of())).singleElement().satisfies(x -> assertThat(x.rule()).isEqualTo("entity-sum"));
    }

    @Test
    void configuredRulesCheckRollForwardsAndCandidateBases() {
        CheckRule rollForward = new CheckRule("roll", CheckRule.Kind.EQUALS, "a",
                Formula.parse("roll", "employees@prev - leavers", "1"), List.of(Formula.parse("roll", "employees", "1")), "person", 0,
                Severity.MEDIUM, Bilingual.of("人数结转", "Headcount roll-forward"));
        CheckRule bases = new CheckRule("turnover-bases", CheckRule.Kind.ONE_OF, "a", Formula.parse("t", "printed:turnover", "1"),
                List.of(Formula.parse("t", "leavers / employees", "1"), Formula.parse("t", "leavers / (employees + leavers)", "1")),
                "percent", 2, Severity.MEDIUM, Bilingual.of("离职率口径", "Turnover base"));
        List<InputValue> data = List.of(in("employees", "a", 2023, "100", "person"), in("leavers", "a", 2024, "10", "person"),
                in("employees", "a", 2024, "91", "person"));
        Calculation c = Calculation.run(model(), data, List.of(in("turnover", "a", 2024, "30.53", "percent")));
        List<Finding> f = Checks.run(c, List.of(rollForward, bases));
        assertThat(f).extracting(Finding::rule).contains("roll", "turnover-bases");
        assertThat(f.stream().filter(x -> x.rule().equals("roll") && x.severity() == Severity.MEDIUM).findFirst().orElseThrow()
                .message().en()).contains("= 90").contains("= 91").contains("difference -1");
        assertThat(f.stream().filter(x -> x.rule().equals("turnover-bases")).findFirst().orElseThrow().message().en())
                .contains("30.53").contains("10.99").contains("9.90");
        Calculation agrees = Calculation.run(model(), data, List.of(in("turnover", "a", 2024, "9.90", "percent")));
        assertThat(Checks.run(agrees, List.of(bases))).noneMatch(Finding::isProblem);
    }
}
