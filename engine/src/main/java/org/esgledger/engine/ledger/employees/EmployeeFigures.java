package org.esgledger.engine.ledger.employees;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.esgledger.engine.fact.ComputedFact;
import org.esgledger.engine.ledger.LedgerContext;
import org.esgledger.engine.ledger.LedgerRow;
import org.esgledger.engine.ledger.LedgerRows;
import org.esgledger.engine.ledger.Totals;

/**
 * The roster's figures as facts for the organisation's root entity: the figures of
 * {@link RosterFigures} for the roster's latest year (the year of its latest hire, leave, parental
 * leave or return date) and the opening figures of the year before, each with the rows it counts and
 * the batches it came from in its source ("employees ledger, batch 3, 4").
 *
 * <p>A roster is not a stream: who is on the roll at a year's end, and which year that is, depends on
 * every row. So unlike the other kinds' figures, this one collects the rows into a list first (one
 * small record per employee).
 */
public final class EmployeeFigures {

    private EmployeeFigures() {
    }

    public static List<ComputedFact> of(LedgerRows<Employee> rows, LedgerContext context) {
        List<LedgerRow<Employee>> roster = new ArrayList<>();
        rows.forEach(roster::add);
        if (roster.isEmpty()) {
            return List.of();
        }
        List<Employee> employees = roster.stream().map(LedgerRow::record).toList();
        Map<String, ComputedFact.SourceRow> where = new HashMap<>();
        roster.forEach(row -> where.put(row.record().id(), row.source()));
        String root = context.root();
        String source = source(roster);
        List<ComputedFact> out = new ArrayList<>();
        for (RosterFigures.Figure f : RosterFigures.of(employees, year(employees))) {
            out.add(new ComputedFact(Totals.key(f.indicator(), root, f.year(), f.breakdown()), f.value(),
                    context.unitOf(f.indicator()), source, f.employeeIds().stream().map(where::get).toList()));
        }
        return out;
    }

    /** The roster's latest year: the year of its latest hire, leave, parental leave or return date. */
    static int year(List<Employee> roster) {
        return roster.stream().flatMap(EmployeeFigures::dates).mapToInt(LocalDate::getYear).max().orElseThrow();
    }

    /** The batches the rows come from, in order: "employees ledger, batch 3, 4". */
    static String source(List<LedgerRow<Employee>> roster) {
        Set<Long> batches = new TreeSet<>();
        roster.forEach(row -> batches.add(row.batch()));
        return "employees ledger, batch " + String.join(", ", batches.stream().map(String::valueOf).toList());
    }

    private static Stream<LocalDate> dates(Employee e) {
        Stream<LocalDate> leave = e.parentalLeave().stream().flatMap(p -> Stream.concat(Stream.of(p.start()), p.returned().stream()));
        return Stream.concat(Stream.concat(Stream.of(e.hired()), e.left().stream()), leave);
    }
}
