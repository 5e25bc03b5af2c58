package org.esgledger.engine.ledger.employees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import org.esgledger.engine.fact.Breakdown;

/**
 * The employee figures a sustainability report prints, computed from the roster rather than typed
 * in: headcount at year end and its structure, new hires, leavers, R&D staff, maternity leave. Each
 * figure names the roster rows (employee ids) it counts, for lineage. Rates (turnover, female share,
 * return to work) are formulas over these counts, computed by the calculation engine.
 */
public final class RosterFigures {

    /** A count for an indicator, a fiscal year and a breakdown, with the employees it counts. */
    public record Figure(String indicator, int year, Breakdown breakdown, BigDecimal value, List<String> employeeIds) {
    }

    /** Every indicator the roster's figures are for. */
    public static final Set<String> INDICATORS = Set.of("employees_total", "new_hires", "employee_departures", "rd_staff",
            "maternity_leave_employees", "maternity_leave_returned");

    private RosterFigures() {
    }

    public static List<Figure> of(List<Employee> roster, int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        List<Figure> out = new ArrayList<>();

        List<Employee> atEnd = roster.stream().filter(e -> e.employedAtEndOf(end)).toList();
        out.addAll(countAll("employees_total", year, atEnd, Map.of(
                "gender", Employee::gender,
                "age", e -> e.ageBand(end),
                "education", Employee::education,
                "function", Employee::function)));
        out.addAll(countAll("employees_total", year - 1,
                roster.stream().filter(e -> e.employedAtEndOf(start.minusDays(1))).toList(), Map.of()));

        List<Employee> hires = roster.stream().filter(within(Employee::hired, start, end)).toList();
        out.addAll(countAll("new_hires", year, hires, Map.of(
                "hire_channel", Employee::hireChannel,
                "gender", Employee::gender,
                "age", e -> e.ageBand(end))));

        List<Employee> leavers = roster.stream()
                .filter(e -> e.left().map(l -> !l.isBefore(start) && !l.isAfter(end)).orElse(false)).toList();
        out.addAll(countAll("employee_departures", year, leavers, Map.of()));

        out.addAll(countAll("rd_staff", year, atEnd.stream().filter(Employee::rdStaff).toList(),
                Map.of("gender", Employee::gender)));
        out.addAll(countAll("rd_staff", year - 1, roster.stream().filter(e -> e.employedAtEndOf(start.minusDays(1)))
                .filter(Employee::rdStaff).toList(), Map.of("gender", Employee::gender)));

        List<Employee> maternity = roster.stream().filter(e -> e.parentalLeave()
                .filter(p -> p.kind().equals("maternity") && !p.start().isBefore(start) && !p.start().isAfter(end)).isPresent())
                .toList();
        out.addAll(countAll("maternity_leave_employees", year, maternity, Map.of()));
        out.addAll(countAll("maternity_leave_returned", year, maternity.stream()
                .filter(e -> e.parentalLeave().flatMap(Employee.ParentalLeave::returned).filter(r -> !r.isAfter(end)).isPresent())
                .toList(), Map.of()));
        return out;
    }

    private static Predicate<Employee> within(Function<Employee, LocalDate> date, LocalDate start, LocalDate end) {
        return e -> !date.apply(e).isBefore(start) && !date.apply(e).isAfter(end);
    }

    /** The total and, for each dimension, one figure per member present (members sorted). */
    private static List<Figure> countAll(String indicator, int year, List<Employee> employees,
                                         Map<String, Function<Employee, String>> dimensions) {
        List<Figure> out = new ArrayList<>();
        out.add(figure(indicator, year, Breakdown.TOTAL, employees));
        new TreeMap<>(dimensions).forEach((dimension, member) -> {
            Map<String, List<Employee>> groups = new TreeMap<>();
            for (Employee e : employees) {
                groups.computeIfAbsent(member.apply(e), k -> new ArrayList<>()).add(e);
            }
            groups.forEach((m, list) -> out.add(figure(indicator, year, Breakdown.of(dimension, m), list)));
        });
        return out;
    }

    private static Figure figure(String indicator, int year, Breakdown breakdown, List<Employee> employees) {
        return new Figure(indicator, year, breakdown, BigDecimal.valueOf(employees.size()),
                employees.stream().map(Employee::id).toList());
    }
}
