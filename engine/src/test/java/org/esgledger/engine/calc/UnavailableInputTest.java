package org.esgledger.engine.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.esgledger.engine.calc.CalculationTest.in;
import static org.esgledger.engine.calc.CalculationTest.key;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.Nature;
import org.esgledger.engine.fact.Period;
import org.esgledger.engine.formula.Formula;
import org.esgledger.engine.formula.FormulaSet;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.unit.UnitTable;
import org.junit.jupiter.api.Test;

/**
 * A stored value known not to be available (a ledger figure no emission factor applies to) stays
 * not available, and so does everything built on it: the roll-up over entities, months and
 * breakdown members, and the formulas that read it; never a sum of the parts that are there.
 */
class UnavailableInputTest {

    static final Bilingual NO_FACTOR = Bilingual.of("a 在 2020 年没有适用的电网电力排放因子", "No grid electricity emission factor applies to a in 2020");

    static CalculationModel model(Formula... formulas) {
        return new CalculationModel(CalculationTest.INDICATORS, CalculationTest.DIMENSIONS,
                FormulaSet.of(List.of(formulas), CalculationTest.INDICATORS, CalculationTest.DIMENSIONS), Set.of(), CalculationTest.TREE,
                UnitTable.standard());
    }

    static Outcome.NotAvailable notAvailable(Calculation c, FactKey k) {
        Outcome o = c.outcome(k).orElseThrow(() -> new AssertionError("no outcome for " + k));
        assertThat(o).as(k.toString()).isInstanceOf(Outcome.NotAvailable.class);
        return (Outcome.NotAvailable) o;
    }

    @Test
    void theParentOfAnEntityWhoseValueIsNotAvailableIsNotAvailableEither() {
        Calculation c = Calculation.run(model(), List.of(in("electricity", "b", 2020, "1000", "kWh"), in("electricity", "b", 2024, "5", "kWh"),
                in("electricity", "a", 2024, "7", "kWh")), List.of(new UnavailableInput(key("electricity", "a", 2020), NO_FACTOR)), List.of());
        Outcome.NotAvailable own = notAvailable(c, key("electricity", "a", 2020));
        assertThat(own.derivation()).isEqualTo(Derivation.STORED);
        assertThat(own.reason().en()).isEqualTo("electricity@a@2020 is not available: " + NO_FACTOR.en());
        assertThat(own.reason().zh()).contains(NO_FACTOR.zh());
        Outcome.NotAvailable group = notAvailable(c, key("electricity", "group", 2020));
        assertThat(group.reason().en()).contains("electricity@group@2020").contains("electricity@a@2020").contains(NO_FACTOR.en());
        assertThat(((Derivation.RolledUp) group.derivation()).parts()).containsExactly(key("electricity", "a", 2020),
                key("electricity", "b", 2020));
        assertThat(c.outcome(key("electricity", "b", 2020)).orElseThrow()).isInstanceOf(Outcome.Available.class);
        // other years are as they were
        assertThat(((Outcome.Available) c.outcome(key("electricity", "group", 2024)).orElseThrow()).value()).isEqualByComparingTo("12");
    }

    @Test
    void aFormulaReadingItAndABreakdownTotalOverItAreNotAvailable() {
        Formula share = Formula.parse("rd_share", "rd_staff / employees", "1");
        FactKey female = new FactKey("employees", "a", new Period.FiscalYear(2020), Breakdown.of("gender", "female"), Nature.ACTUAL);
        FactKey male = new FactKey("employees", "a", new Period.FiscalYear(2020), Breakdown.of("gender", "male"), Nature.ACTUAL);
        Calculation c = Calculation.run(model(share), List.of(in("rd_staff", "a", 2020, "10", "person"),
                new InputValue(male, new BigDecimal("60"), "person")), List.of(new UnavailableInput(female, NO_FACTOR)), List.of());
        Outcome.NotAvailable total = notAvailable(c, key("employees", "a", 2020));
        assertThat(total.reason().en()).contains("employees@a@2020").contains(NO_FACTOR.en());
        assertThat(notAvailable(c, key("rd_share", "a", 2020)).reason().en()).contains("no value for employees@a@2020");
        assertThat(notAvailable(c, key("employees", "group", 2020)).reason().en()).contains(NO_FACTOR.en());
    }

    @Test
    void aMonthThatIsNotAvailableMakesTheYearNotAvailable() {
        FactKey january = new FactKey("electricity", "a", new Period.Month(2020, 1), Breakdown.TOTAL, Nature.ACTUAL);
        FactKey february = new FactKey("electricity", "a", new Period.Month(2020, 2), Breakdown.TOTAL, Nature.ACTUAL);
        Calculation c = Calculation.run(model(), List.of(new InputValue(january, new BigDecimal("3"), "kWh")),
                List.of(new UnavailableInput(february, NO_FACTOR)), List.of());
        assertThat(notAvailable(c, key("electricity", "a", 2020)).reason().en()).contains(NO_FACTOR.en());
        assertThat(notAvailable(c, key("electricity", "group", 2020)).reason().en()).contains(NO_FACTOR.en());
    }

    @Test
    void aValueArrivingLaterMakesTheRollUpAvailableAgain() {
        Calculation c = Calculation.run(model(), List.of(in("electricity", "b", 2020, "1000", "kWh")),
                List.of(new UnavailableInput(key("electricity", "a", 2020), NO_FACTOR)), List.of());
        notAvailable(c, key("electricity", "group", 2020));
        c.update(in("electricity", "a", 2020, "250", "kWh"));
        assertThat(((Outcome.Available) c.outcome(key("electricity", "group", 2020)).orElseThrow()).value()).isEqualByComparingTo("1250");
        Calculation fresh = Calculation.run(model(), List.of(in("electricity", "b", 2020, "1000", "kWh"), in("electricity", "a", 2020, "250",
                "kWh")), List.of());
        assertThat(((Outcome.Available) fresh.outcome(key("electricity", "group", 2020)).orElseThrow()).value()).isEqualByComparingTo("1250");
    }
}
