package org.esgledger.engine.ledger.employees;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.esgledger.engine.fact.ComputedFact;
import org.esgledger.engine.fact.ComputedFact.SourceRow;
import org.esgledger.engine.ledger.LedgerContext;
import org.esgledger.engine.ledger.LedgerRow;
import org.esgledger.engine.ledger.LedgerRows;
import org.esgledger.engine.ledger.Plausibility;
import org.junit.jupiter.api.Test;

class EmployeeFiguresTest {

    private static final LedgerContext CONTEXT = new LedgerContext(EmployeeLedgerTest.CONTEXT.organisation(), Map.of(),
            EmployeeLedgerTest.CONTEXT.units(), RosterFigures.INDICATORS.stream().collect(Collectors.toMap(i -> i, i -> "person")),
            Plausibility.DEFAULTS);

    private static Employee e(String id, String gender, String hired, String left, Employee.ParentalLeave leave) {
        return new Employee(id, "hq", gender, 1990, "bachelor", "technical", true, LocalDate.parse(hired), "social",
                Optional.ofNullable(left).map(LocalDate::parse), left == null ? "" : "resignation", Optional.ofNullable(leave));
    }

    private static Employee.ParentalLeave maternity(String start, String returned) {
        return new Employee.ParentalLeave("maternity", LocalDate.parse(start), Optional.ofNullable(returned).map(LocalDate::parse));
    }

    private static List<ComputedFact> figures(List<LedgerRow<Employee>> rows) {
        return EmployeeFigures.of(LedgerRows.of(rows), CONTEXT);
    }

    /** The facts by their short key (indicator@entity@year[breakdown]). */
    private static Map<String, ComputedFact> byKey(List<ComputedFact> facts) {
        Map<String, ComputedFact> out = new LinkedHashMap<>();
        facts.forEach(f -> out.put(f.key().toString(), f));
        return out;
    }

    @Test
    void theYearIsTheYearOfTheLatestHireLeaveOrParentalLeaveDate() {
        assertThat(EmployeeFigures.year(List.of(e("A", "female", "2020-05-01", null, null)))).isEqualTo(2020);
        assertThat(EmployeeFigures.year(List.of(e("A", "female", "2020-05-01", null, null),
                e("B", "male", "2019-01-01", "2023-03-31", null)))).isEqualTo(2023);
        assertThat(EmployeeFigures.year(List.of(e("A", "female", "2020-05-01", null, maternity("2024-11-01", null))))).isEqualTo(2024);
        assertThat(EmployeeFigures.year(List.of(e("A", "female", "2020-05-01", null, maternity("2024-11-01", "2025-04-30")))))
                .isEqualTo(2025);
    }

    @Test
    void figuresAreForTheRootEntityTheLatestYearAndTheYearBefore() {
        List<ComputedFact> facts = figures(List.of(
                new LedgerRow<>(3, 2, e("A", "female", "2020-05-01", null, null)),
                new LedgerRow<>(3, 3, e("B", "male", "2024-02-01", null, null)),
                new LedgerRow<>(3, 4, e("C", "male", "2019-03-01", "2024-06-30", null))));
        assertThat(facts).allSatisfy(f -> {
            assertThat(f.key().entity()).isEqualTo("group");
            assertThat(f.unit()).isEqualTo("person");
            assertThat(f.source()).isEqualTo("employees ledger, batch 3");
            assertThat(f.notAvailable()).isEmpty();
        });
        assertThat(facts).extracting(f -> f.key().period().code()).containsOnly("2024", "2023");
        Map<String, ComputedFact> f = byKey(facts);
        assertThat(f.get("employees_total@group@2024").value()).isEqualByComparingTo("2");
        assertThat(f.get("employees_total@group@2023").value()).isEqualByComparingTo("2");
        assertThat(f.get("new_hires@group@2024").value()).isEqualByComparingTo("1");
        assertThat(f.get("employee_departures@group@2024").value()).isEqualByComparingTo("1");
        assertThat(f.get("employees_total@group@2024[gender=male]").value()).isEqualByComparingTo("1");
    }

    @Test
    void eachFigureCountsTheRowsOfItsEmployeesAndNamesEveryBatch() {
        List<ComputedFact> facts = figures(List.of(
                new LedgerRow<>(3, 2, e("A", "female", "2020-05-01", null, maternity("2024-03-01", "2024-08-26"))),
                new LedgerRow<>(3, 3, e("B", "male", "2024-02-01", null, null)),
                new LedgerRow<>(7, 2, e("D", "female", "2024-07-01", null, null))));
        Map<String, ComputedFact> f = byKey(facts);
        assertThat(f.get("employees_total@group@2024").rows())
                .containsExactly(new SourceRow(3, 2), new SourceRow(3, 3), new SourceRow(7, 2));
        assertThat(f.get("new_hires@group@2024").rows()).containsExactly(new SourceRow(3, 3), new SourceRow(7, 2));
        assertThat(f.get("new_hires@group@2024[gender=female]").rows()).containsExactly(new SourceRow(7, 2));
        assertThat(f.get("maternity_leave_employees@group@2024").rows()).containsExactly(new SourceRow(3, 2));
        assertThat(f.get("maternity_leave_returned@group@2024").rows()).containsExactly(new SourceRow(3, 2));
        assertThat(f.get("employee_departures@group@2024").rows()).isEmpty();
        assertThat(f.get("employee_departures@group@2024").value()).isZero();
        assertThat(facts).allSatisfy(x -> assertThat(x.source()).isEqualTo("employees ledger, batch 3, 7"));
    }

    @Test
    void theFactsFollowTheRosterFiguresOneForOne() {
        List<Employee> roster = List.of(e("A", "female", "2020-05-01", null, maternity("2024-03-01", null)),
                e("B", "male", "2024-02-01", "2024-12-31", null));
        List<LedgerRow<Employee>> rows = new ArrayList<>();
        for (int i = 0; i < roster.size(); i++) {
            rows.add(new LedgerRow<>(1, i + 2, roster.get(i)));
        }
        List<ComputedFact> facts = figures(rows);
        List<RosterFigures.Figure> expected = RosterFigures.of(roster, 2024);
        assertThat(facts).hasSameSizeAs(expected);
        for (int i = 0; i < facts.size(); i++) {
            assertThat(facts.get(i).key().indicator()).isEqualTo(expected.get(i).indicator());
            assertThat(facts.get(i).key().breakdown()).isEqualTo(expected.get(i).breakdown());
            assertThat(facts.get(i).value()).isEqualTo(expected.get(i).value());
            assertThat(facts.get(i).rows()).hasSize(expected.get(i).employeeIds().size());
        }
        assertThat(facts).extracting(x -> x.key().indicator()).containsOnlyElementsOf(RosterFigures.INDICATORS)
                .containsAll(RosterFigures.INDICATORS);
    }

    @Test
    void anEmptyRosterYieldsNothing() {
        assertThat(figures(List.of())).isEmpty();
    }
}
