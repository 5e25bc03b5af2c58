package org.esgledger.engine.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.esgledger.engine.catalogue.Aggregation;
import org.esgledger.engine.catalogue.Dimension;
import org.esgledger.engine.catalogue.Direction;
import org.esgledger.engine.catalogue.Indicator;
import org.esgledger.engine.catalogue.ValueType;
import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.i18n.Bilingual;
import org.junit.jupiter.api.Test;

class FormulaTest {

    static Indicator indicator(String code, ValueType type, String group, String unit, String... dims) {
        return new Indicator(code, Bilingual.of(code, code), Bilingual.of("", ""), type, group, unit,
                type == ValueType.PERCENTAGE ? Aggregation.NONE : Aggregation.SUM, List.of(dims), 2, Direction.NEUTRAL, "", List.of());
    }

    static final Map<String, Indicator> INDICATORS = Map.of(
            "employees_total", indicator("employees_total", ValueType.COUNT, "headcount", "person", "gender"),
            "rd_staff", indicator("rd_staff", ValueType.COUNT, "headcount", "person"),
            "rd_staff_share", indicator("rd_staff_share", ValueType.PERCENTAGE, "dimensionless", "percent"),
            "female_share", indicator("female_share", ValueType.PERCENTAGE, "dimensionless", "percent"),
            "electricity", indicator("electricity", ValueType.QUANTITY, "energy", "kWh"),
            "water", indicator("water", ValueType.QUANTITY, "volume", "m3"),
            "revenue", indicator("revenue", ValueType.MONEY, "money_cny", "CNY_10k"),
            "revenue_growth", indicator("revenue_growth", ValueType.PERCENTAGE, "dimensionless", "percent"),
            "a", indicator("a", ValueType.COUNT, "headcount", "person"),
            "b", indicator("b", ValueType.COUNT, "headcount", "person"));

    static final Map<String, Dimension> DIMENSIONS = Map.of("gender", new Dimension("gender", Bilingual.of("性别", "Gender"),
            List.of(new Dimension.Member("female", Bilingual.of("女", "female")), new Dimension.Member("male", Bilingual.of("男", "male")))));

    @Test
    void findsReferencesWithBreakdownsPriorPeriodsAndPrintedValues() {
        Formula f = Formula.parse("x", "employees_total[gender=female] / employees_total + printed:rd_staff_share@prev + revenue@prev2 - employees_total", "1");
        assertThat(f.referenceTexts()).containsExactly("employees_total[gender=female]", "employees_total",
                "printed:rd_staff_share@prev", "revenue@prev2");
        assertThat(f.references().get(0).breakdown()).isEqualTo(Breakdown.of("gender", "female"));
        assertThat(f.references().get(2).printed()).isTrue();
        assertThat(f.references().get(3).periodsBack()).isEqualTo(2);
    }

    @Test
    void evaluatesOverBigDecimalWithoutLosingDigits() {
        Formula f = Formula.parse("rd_staff_share", "rd_staff / employees_total", "1");
        BigDecimal share = f.evaluate(List.of(new BigDecimal("1118"), new BigDecimal("3558")));
        assertThat(share.toPlainString()).isEqualTo("0.3142214727374929735806632939853850");
        assertThat(Formula.parse("x", "ROUND(a / b, 4) + IF(a > b, 1, 0) + MAX(a, b) + YOY(a, b)", "1")
                .evaluate(List.of(new BigDecimal("3"), new BigDecimal("2"))))
                .isEqualByComparingTo("6"); // 1.5 + 1 + 3 + 0.5
    }

    @Test
    void divisionByZeroIsRefusedNotZero() {
        Formula f = Formula.parse("rd_staff_share", "rd_staff / employees_total", "1");
        assertThatThrownBy(() -> f.evaluate(List.of(BigDecimal.ONE, BigDecimal.ZERO)))
                .isInstanceOf(FormulaEvaluationException.class)
                .hasMessageContaining("rd_staff_share").hasMessageContaining("zero");
    }

    @Test
    void syntaxErrorsNameThePosition() {
        assertThatThrownBy(() -> Formula.parse("rd_staff_share", "rd_staff / (employees_total", "1"))
                .isInstanceOf(FormulaException.class).hasMessageContaining("rd_staff_share");
        assertThatThrownBy(() -> Formula.parse("x", "rd_staff + Foo", "1"))
                .isInstanceOf(FormulaException.class).hasMessageContaining("Foo");
        assertThatThrownBy(() -> Formula.parse("x", "RANDOM()", "1")).isInstanceOf(FormulaException.class);
        assertThatThrownBy(() -> Formula.parse("x", "DT_NOW()", "1")).isInstanceOf(FormulaException.class);
        assertThatThrownBy(() -> Formula.parse("x", "a@last", "1")).isInstanceOf(FormulaException.class)
                .hasMessageContaining("position 2");
        assertThatThrownBy(() -> Formula.parse("x", "", "1")).isInstanceOf(FormulaException.class);
    }

    @Test
    void stringsAndStructuresCannotReachAnything() {
        assertThatThrownBy(() -> Formula.parse("x", "\"java.lang.Runtime\"", "1").evaluate(List.of()))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> Formula.parse("x", "a.b", "1")).isInstanceOf(FormulaException.class);
    }

    @Test
    void unitsAreChecked() {
        assertThatThrownBy(() -> set(Formula.parse("water", "water + electricity", "1")))
                .isInstanceOf(FormulaSetException.class)
                .satisfies(e -> assertThat(((FormulaSetException) e).problems().get(0).getMessage())
                        .contains("volume").contains("energy").contains("position 7"));
        assertThatThrownBy(() -> set(Formula.parse("rd_staff_share", "rd_staff / employees_total * 100", "1")))
                .hasMessageContaining("do not multiply by 100");
        assertThatThrownBy(() -> set(Formula.parse("rd_staff_share", "rd_staff / revenue", "1")))
                .hasMessageContaining("headcount / money_cny");
        set(Formula.parse("rd_staff_share", "rd_staff / employees_total", "1"));
        set(Formula.parse("revenue_growth", "YOY(revenue, revenue@prev)", "1"));
        set(Formula.parse("female_share", "employees_total[gender=female] / employees_total", "1"));
        set(Formula.parse("a", "IF(b > 0, b, 0) + a@prev", "1"));
    }

    @Test
    void unknownReferencesMembersAndCyclesAreRefused() {
        assertThatThrownBy(() -> set(Formula.parse("a", "b + nonexistent", "1"))).hasMessageContaining("nonexistent")
                .hasMessageContaining("position 5");
        assertThatThrownBy(() -> set(Formula.parse("female_share", "employees_total[gender=other] / employees_total", "1")))
                .hasMessageContaining("gender=other");
        assertThatThrownBy(() -> set(Formula.parse("a", "b / (1 - 1) + b / 0", "1"))).hasMessageContaining("divides by zero");
        assertThatThrownBy(() -> set(Formula.parse("a", "b + 1", "1"), Formula.parse("b", "a - 1", "1")))
                .hasMessageContaining("a → b → a");
        // a prior period is not a cycle
        FormulaSet ok = set(Formula.parse("a", "b@prev + 1", "1"), Formula.parse("b", "a - 1", "1"));
        assertThat(ok.ordered()).extracting(Formula::indicator).containsExactly("a", "b");
    }

    @Test
    void ordersFormulasAfterTheirInputs() {
        FormulaSet s = set(Formula.parse("rd_staff_share", "rd_staff / employees_total", "1"),
                Formula.parse("rd_staff", "employees_total - a", "1"));
        assertThat(s.ordered()).extracting(Formula::indicator).containsExactly("rd_staff", "rd_staff_share");
        assertThat(s.dependents("employees_total")).containsExactlyInAnyOrder("rd_staff_share", "rd_staff");
    }

    private static FormulaSet set(Formula... formulas) {
        return FormulaSet.of(List.of(formulas), INDICATORS, DIMENSIONS);
    }
}
