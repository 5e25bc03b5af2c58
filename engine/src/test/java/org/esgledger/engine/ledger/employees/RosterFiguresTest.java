package org.esgledger.engine.ledger.employees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class RosterFiguresTest {

    private static Employee e(String id, String gender, int birthYear, String hired, String left) {
        return new Employee(id, "hq", gender, birthYear, "bachelor", "technical", true, LocalDate.parse(hired), "social",
                Optional.ofNullable(left).map(LocalDate::parse), left == null ? "" : "resignation", Optional.empty());
    }

    private static Map<String, Integer> figures(List<Employee> roster, int year) {
        return RosterFigures.of(roster, 2024).stream().filter(f -> f.year() == year)
                .collect(Collectors.toMap(f -> f.indicator() + "[" + f.breakdown().code() + "]", f -> f.value().intValueExact()));
    }

    @Test
    void countsHeadcountHiresAndLeaversAtTheYearsBoundaries() {
        List<Employee> roster = List.of(
                e("A", "female", 1990, "2020-05-01", null),          // stays
                e("B", "male", 1999, "2024-01-01", null),            // hired on the first day
                e("C", "male", 1970, "2019-03-01", "2024-12-31"),    // last day is the year's last day: a leaver, not at year end
                e("D", "female", 1985, "2018-03-01", "2024-06-30"),  // left during the year
                e("E", "female", 2001, "2025-01-01", null),          // hired next year
                e("F", "male", 1980, "2015-01-01", "2023-12-31"));   // left last year
        Map<String, Integer> f = figures(roster, 2024);
        assertThat(f).containsEntry("employees_total[]", 2)
                .containsEntry("employees_total[gender=female]", 1)
                .containsEntry("employees_total[age=30_and_below]", 1)
                .doesNotContainKey("employees_total[age=over_50]")
                .containsEntry("new_hires[]", 1)
                .containsEntry("employee_departures[]", 2)
                .containsEntry("rd_staff[]", 2);
        int opening = figures(roster, 2023).get("employees_total[]");
        assertThat(opening).isEqualTo(3);
        assertThat(opening + f.get("new_hires[]") - f.get("employee_departures[]")).as("rolls forward").isEqualTo(f.get("employees_total[]"));
    }

    @Test
    void eachFigureNamesTheEmployeesItCounts() {
        var hires = RosterFigures.of(List.of(e("B", "male", 1999, "2024-01-01", null)), 2024).stream()
                .filter(x -> x.indicator().equals("new_hires") && x.breakdown().isTotal()).findFirst().orElseThrow();
        assertThat(hires.employeeIds()).containsExactly("B");
    }

    @Test
    void refusesLeavingBeforeBeingHired() {
        assertThatThrownBy(() -> e("X", "male", 1990, "2024-05-01", "2024-04-30")).isInstanceOf(IllegalArgumentException.class);
    }
}
