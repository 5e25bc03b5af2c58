package org.esgledger.engine.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.esgledger.engine.catalogue.Aggregation;
import org.esgledger.engine.catalogue.Dimension;
import org.esgledger.engine.catalogue.Direction;
import org.esgledger.engine.catalogue.Indicator;
import org.esgledger.engine.catalogue.ValueType;
import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.Nature;
import org.esgledger.engine.fact.Period;
import org.esgledger.engine.formula.Formula;
import org.esgledger.engine.formula.FormulaSet;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.organisation.EntityKind;
import org.esgledger.engine.organisation.OrganisationTree;
import org.esgledger.engine.organisation.ReportingEntity;
import org.esgledger.engine.unit.UnitTable;
import org.junit.jupiter.api.Test;

/** A small group: parent with two subsidiaries (one 60 % owned) and one outside the boundary. */
public class CalculationTest {

    public static Indicator indicator(String code, ValueType type, String group, String unit, Aggregation agg, int decimals, String... dims) {
        return new Indicator(code, Bilingual.of(code, code), Bilingual.of("", ""), type, group, unit, agg, List.of(dims), decimals,
                Direction.NEUTRAL, "", List.of());
    }

    public static final Map<String, Indicator> INDICATORS = Map.of(
            "employees", indicator("employees", ValueType.COUNT, "headcount", "person", Aggregation.END_OF_PERIOD, 0, "gender"),
            "leavers", indicator("leavers", ValueType.COUNT, "headcount", "person", Aggregation.SUM, 0),
            "rd_staff", indicator("rd_staff", ValueType.COUNT, "headcount", "person", Aggregation.END_OF_PERIOD, 0),
            "rd_share", indicator("rd_share", ValueType.PERCENTAGE, "dimensionless", "percent", Aggregation.NONE, 2),
            "female_share", indicator("female_share", ValueType.PERCENTAGE, "dimensionless", "percent", Aggregation.NONE, 2),
            "turnover", indicator("turnover", ValueType.PERCENTAGE, "dimensionless", "percent", Aggregation.NONE, 2),
            "electricity", indicator("electricity", ValueType.QUANTITY, "energy", "kWh", Aggregation.SUM, 0),
            "water", indicator("water", ValueType.QUANTITY, "volume", "m3", Aggregation.SUM, 2),
            "revenue", indicator("revenue", ValueType.MONEY, "money_cny", "CNY_10k", Aggregation.SUM, 2),
            "electricity_intensity_growth", indicator("electricity_intensity_growth", ValueType.PERCENTAGE, "dimensionless", "percent",
                    Aggregation.NONE, 2));

    public static final Map<String, Dimension> DIMENSIONS = Map.of("gender", new Dimension("gender", Bilingual.of("性别", "Gender"),
            List.of(new Dimension.Member("female", Bilingual.of("女", "female")), new Dimension.Member("male", Bilingual.of("男", "male")))));

    static ReportingEntity entity(String code, String parent, boolean inBoundary, String share) {
        return new ReportingEntity(code, Optional.ofNullable(parent), parent == null ? EntityKind.GROUP : EntityKind.SUBSIDIARY,
                Bilingual.of(code, code), "CN", "GD", inBoundary, new BigDecimal(share), List.of());
    }

    public static final OrganisationTree TREE = new OrganisationTree(List.of(entity("group", null, true, "1"),
            entity("a", "group", true, "1"), entity("b", "group", true, "0.6"), entity("out", "group", false, "1")));

    static CalculationModel model(Set<String> equity, Formula... formulas) {
        return new CalculationModel(INDICATORS, DIMENSIONS, FormulaSet.of(List.of(formulas), INDICATORS, DIMENSIONS), equity, TREE,
                UnitTable.standard());
    }

    public static InputValue in(String indicator, String entity, int year, String value, String unit) {
        return new InputValue(key(indicator, entity, year), new BigDecimal(value), unit);
    }

    public static FactKey key(String indicator, String entity, int year) {
        return new FactKey(indicator, entity, new Period.FiscalYear(year), Breakdown.TOTAL, Nature.ACTUAL);
    }

    static BigDecimal value(Calculation c, FactKey key) {
        return ((Outcome.Available) c.outcome(key).orElseThrow()).value();
    }

    @Test
    void rollsUpInsideTheBoundaryAndByEquityShareWhereAsked() {
        List<InputValue> inputs = List.of(in("electricity", "a", 2024, "100", "kWh"), in("electricity", "b", 2024, "1", "MWh"),
                in("electricity", "out", 2024, "5000", "kWh"), in("water", "a", 2024, "10", "m3"), in("water", "b", 2024, "10", "m3"));
        Calculation c = Calculation.run(model(Set.of("water")), inputs, List.of());
        assertThat(value(c, key("electricity", "group", 2024))).isEqualByComparingTo("1100");
        assertThat(value(c, key("water", "group", 2024))).isEqualByComparingTo("16.0");
        Derivation.RolledUp how = (Derivation.RolledUp) c.outcome(key("water", "group", 2024)).orElseThrow().derivation();
        assertThat(how.parts()).containsExactly(key("water", "a", 2024), key("water", "b", 2024));
        assertThat(how.shares()).extracting(BigDecimal::toPlainString).containsExactly("1", "0.6");
    }

    @Test
    void monthsBecomeTheYearByTheIndicatorsRule() {
        List<InputValue> inputs = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            inputs.add(new InputValue(new FactKey("electricity", "a", new Period.Month(2024, m), Breakdown.TOTAL, Nature.ACTUAL),
                    BigDecimal.valueOf(m), "kWh"));
            inputs.add(new InputValue(new FactKey("employees", "a", new Period.Month(2024, m), Breakdown.TOTAL, Nature.ACTUAL),
                    BigDecimal.valueOf(100 + m), "person"));
        }
        Calculation c = Calculation.run(model(Set.of()), inputs, List.of());
        assertThat(value(c, key("electricity", "a", 2024))).isEqualByComparingTo("78");
        assertThat(value(c, key("employees", "a", 2024))).isEqualByComparingTo("112");
        assertThat(value(c, key("electricity", "group", 2024))).isEqualByComparingTo("78");
    }

    @Test
    void formulasRunOnRolledUpInputsConvertUnitsAndSayWhatIsMissing() {
        Formula share = Formula.parse("rd_share", "rd_staff / employees", "1");
        Formula female = Formula.parse("female_share", "employees[gender=female] / employees", "1");
        List<InputValue> inputs = List.of(in("rd_staff", "a", 2024, "1118", "person"), in("employees", "a", 2024, "3558", "person"),
                new InputValue(new FactKey("employees", "a", new Period.FiscalYear(2024), Breakdown.of("gender", "female"), Nature.ACTUAL),
                        new BigDecimal("1288"), "person"),
                in("rd_staff", "a", 2023, "1226", "person"));
        Calculation c = Calculation.run(model(Set.of(), share, female), inputs, List.of());
        assertThat(Disclosure.text(value(c, key("rd_share", "a", 2024)), 2)).isEqualTo("31.42");
        assertThat(Disclosure.text(value(c, key("rd_share", "group", 2024)), 2)).isEqualTo("31.42");
        assertThat(Disclosure.text(value(c, key("female_share", "a", 2024)), 2)).isEqualTo("36.20");
        Outcome missing = c.outcome(key("rd_share", "a", 2023)).orElseThrow();
        assertThat(missing).isInstanceOf(Outcome.NotAvailable.class);
        assertThat(((Outcome.NotAvailable) missing).reason().en()).contains("employees@a@2023");
        assertThat(((Outcome.NotAvailable) missing).reason().zh()).contains("缺少 employees@a@2023");
        Derivation.Derived how = (Derivation.Derived) c.outcome(key("rd_share", "a", 2024)).orElseThrow().derivation();
        assertThat(how.formula()).isEqualTo("rd_staff / employees");
        assertThat(how.inputs()).extracting(i -> i.key().toString()).containsExactly("rd_staff@a@2024", "employees@a@2024");
    }

    @Test
    void divisionByZeroIsNotAvailableNeverZero() {
        Calculation c = Calculation.run(model(Set.of(), Formula.parse("rd_share", "rd_staff / employees", "1")),
                List.of(in("rd_staff", "a", 2024, "0", "person"), in("employees", "a", 2024, "0", "person")), List.of());
        Outcome o = c.outcome(key("rd_share", "a", 2024)).orElseThrow();
        assertThat(o).isInstanceOf(Outcome.NotAvailable.class);
        assertThat(((Outcome.NotAvailable) o).reason().en()).containsIgnoringCase("division by zero");
    }

    @Test
    void priorPeriodsAndMoneyUnitsWork() {
        Formula growth = Formula.parse("electricity_intensity_growth",
                "YOY(electricity / revenue, electricity@prev / revenue@prev)", "1");
        List<InputValue> inputs = List.of(in("electricity", "a", 2023, "1000", "kWh"), in("revenue", "a", 2023, "1", "CNY_100M"),
                in("electricity", "a", 2024, "900", "kWh"), in("revenue", "a", 2024, "10000", "CNY_10k"));
        Calculation c = Calculation.run(model(Set.of(), growth), inputs, List.of());
        assertThat(value(c, key("electricity_intensity_growth", "a", 2024))).isEqualByComparingTo("-10");
        assertThat(value(c, key("revenue", "a", 2023))).isEqualByComparingTo("10000");
    }

    @Test
    void aStoredValueOfADerivedIndicatorGivesWayToTheFormulaButIsKept() {
        Formula share = Formula.parse("rd_share", "rd_staff / employees", "1");
        List<InputValue> inputs = List.of(in("rd_staff", "a", 2024, "1", "person"), in("employees", "a", 2024, "4", "person"),
                in("rd_share", "a", 2024, "30", "percent"), in("rd_share", "b", 2024, "12", "percent"));
        Calculation c = Calculation.run(model(Set.of(), share), inputs, List.of());
        assertThat(value(c, key("rd_share", "a", 2024))).isEqualByComparingTo("25");
        assertThat(c.overridden()).containsEntry(key("rd_share", "a", 2024), new BigDecimal("30"));
        assertThat(value(c, key("rd_share", "b", 2024))).isEqualByComparingTo("12");
    }

    @Test
    void anIncrementalUpdateGivesWhatAFullRecomputeGives() {
        Formula share = Formula.parse("rd_share", "rd_staff / employees", "1");
        Formula turnover = Formula.parse("turnover", "leavers / (employees + leavers) + 0 * rd_share", "1");
        List<InputValue> inputs = new ArrayList<>(List.of(in("rd_staff", "a", 2024, "10", "person"), in("employees", "a", 2024, "40", "person"),
                in("rd_staff", "b", 2024, "5", "person"), in("employees", "b", 2024, "10", "person"), in("leavers", "a", 2024, "10", "person")));
        Calculation incremental = Calculation.run(model(Set.of(), share, turnover), inputs, List.of());
        List<Outcome> changed = incremental.update(in("employees", "b", 2024, "20", "person"));
        assertThat(changed).extracting(o -> o.key().toString()).containsExactly("employees@b@2024", "employees@group@2024",
                "rd_share@b@2024", "rd_share@group@2024", "turnover@group@2024");
        inputs.set(3, in("employees", "b", 2024, "20", "person"));
        Calculation full = Calculation.run(model(Set.of(), share, turnover), inputs, List.of());
        assertThat(incremental.outcomes()).usingRecursiveFieldByFieldElementComparator().isEqualTo(full.outcomes());
        assertThat(incremental.update(in("employees", "b", 2024, "20", "person"))).isEmpty();
    }
}
