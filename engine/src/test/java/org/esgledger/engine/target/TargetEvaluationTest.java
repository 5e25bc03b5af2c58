package org.esgledger.engine.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.esgledger.engine.calc.CalculationTest.DIMENSIONS;
import static org.esgledger.engine.calc.CalculationTest.INDICATORS;
import static org.esgledger.engine.calc.CalculationTest.TREE;
import static org.esgledger.engine.calc.CalculationTest.in;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.esgledger.engine.calc.Calculation;
import org.esgledger.engine.calc.CalculationModel;
import org.esgledger.engine.formula.FormulaSet;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.unit.UnitTable;
import org.junit.jupiter.api.Test;

class TargetEvaluationTest {

    private static final Calculation CALC = Calculation.run(new CalculationModel(INDICATORS, DIMENSIONS, FormulaSet.empty(), Set.of(), TREE,
            UnitTable.standard()), List.of(in("water", "a", 2024, "150", "m3"), in("employees", "a", 2024, "40", "person"),
            in("leavers", "a", 2024, "0", "person"), in("electricity", "a", 2024, "90", "MWh"), in("electricity", "a", 2023, "100", "MWh"),
            in("rd_share", "a", 2024, "100", "percent")), List.of());

    private static Target target(String indicator, Comparator c, String threshold, String unit, String per, Basis basis, String year) {
        return new Target("T", "a", Bilingual.of("", ""), Bilingual.of("", ""), "quantitative_threshold", Optional.ofNullable(indicator), c,
                Optional.ofNullable(threshold).map(BigDecimal::new), unit, Optional.ofNullable(per), basis, year, "achieved", "");
    }

    @Test
    void perPersonAndMonthlyAverageThresholds() {
        TargetStatus s = TargetEvaluation.evaluate(target("water", Comparator.LE, "4", "m3", "employees", Basis.ANNUAL, "2024"), CALC, 2024);
        assertThat(s).isInstanceOf(TargetStatus.Achieved.class);
        assertThat(((TargetStatus.Achieved) s).actual()).isEqualByComparingTo("3.75");
        TargetStatus monthly = TargetEvaluation.evaluate(target("water", Comparator.LT, "12", "m3", null, Basis.MONTHLY_AVERAGE, "2024"), CALC, 2024);
        assertThat(monthly).isInstanceOf(TargetStatus.NotAchieved.class);
        assertThat(monthly.explanation().en()).contains("12.50").contains("< 12");
    }

    @Test
    void trendsZeroEventsAndCompliance() {
        assertThat(TargetEvaluation.evaluate(target("electricity", Comparator.DECREASE_YOY, null, "kWh", null, Basis.ANNUAL, "ongoing"), CALC, 2024))
                .isInstanceOf(TargetStatus.Achieved.class);
        assertThat(TargetEvaluation.evaluate(target("electricity", Comparator.DECREASE_YOY, null, "kWh", null, Basis.ANNUAL, "ongoing"), CALC, 2023))
                .isInstanceOf(TargetStatus.InProgress.class);
        assertThat(TargetEvaluation.evaluate(target("leavers", Comparator.ZERO, "0", "person", null, Basis.ANNUAL, "2024"), CALC, 2024))
                .isInstanceOf(TargetStatus.Achieved.class);
        assertThat(TargetEvaluation.evaluate(target("rd_share", Comparator.COMPLIANT, null, "percent", null, Basis.ANNUAL, "2024"), CALC, 2024))
                .isInstanceOf(TargetStatus.Achieved.class);
    }

    @Test
    void missingDataFutureYearsAndQualitativeTargetsSayWhy() {
        TargetStatus noData = TargetEvaluation.evaluate(target("revenue", Comparator.GE, "1", "CNY_10k", null, Basis.ANNUAL, "2024"), CALC, 2024);
        assertThat(noData).isInstanceOf(TargetStatus.NotEvaluable.class);
        assertThat(noData.explanation().en()).isEqualTo("No value for revenue at a in 2024");
        assertThat(TargetEvaluation.evaluate(target("revenue", Comparator.GE, "15", "percent", null, Basis.ANNUAL, "2025"), CALC, 2024))
                .isInstanceOf(TargetStatus.InProgress.class);
        assertThat(TargetEvaluation.evaluate(target(null, Comparator.NONE, null, "", null, Basis.ANNUAL, "2024"), CALC, 2024).code())
                .isEqualTo("not_evaluable");
    }
}
