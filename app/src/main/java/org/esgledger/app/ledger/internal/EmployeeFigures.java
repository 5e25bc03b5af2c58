package org.esgledger.app.ledger.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.esgledger.engine.fact.ComputedFact;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.Nature;
import org.esgledger.engine.fact.Period;
import org.esgledger.engine.ledger.employees.Employee;
import org.esgledger.engine.ledger.employees.RosterFigures;

/**
 * Turns the active roster rows into computed facts for the organisation's root entity: the figures
 * of {@link RosterFigures} for the roster's latest year (the year of its latest hire, leave or
 * return date) and the opening figures of the year before, each with the rows it counts.
 */
public final class EmployeeFigures {

    private EmployeeFigures() {
    }

    public static List<ComputedFact> of(List<LedgerKind.Stored<Employee>> rows, String rootEntity, Set<String> knownIndicators) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, ComputedFact.SourceRow> where = new HashMap<>();
        List<Employee> roster = new ArrayList<>();
        Set<Long> batches = new TreeSet<>();
        for (LedgerKind.Stored<Employee> s : rows) {
            where.put(s.record().id(), new ComputedFact.SourceRow(s.batch(), s.row()));
            roster.add(s.record());
            batches.add(s.batch());
        }
        int year = roster.stream().flatMap(EmployeeFigures::dates).mapToInt(LocalDate::getYear).max().orElseThrow();
        String source = "employees ledger, batch " + String.join(", ", batches.stream().map(String::valueOf).toList());
        List<ComputedFact> out = new ArrayList<>();
        for (RosterFigures.Figure f : RosterFigures.of(roster, year)) {
            if (!knownIndicators.contains(f.indicator())) {
                continue;
            }
            FactKey key = new FactKey(f.indicator(), rootEntity, new Period.FiscalYear(f.year()), f.breakdown(), Nature.ACTUAL);
            out.add(new ComputedFact(key, f.value(), "person", source, f.employeeIds().stream().map(where::get).toList()));
        }
        return out;
    }

    private static Stream<LocalDate> dates(Employee e) {
        Stream<LocalDate> leave = e.parentalLeave().stream().flatMap(p -> Stream.concat(Stream.of(p.start()), p.returned().stream()));
        return Stream.concat(Stream.concat(Stream.of(e.hired()), e.left().stream()), leave);
    }
}
