package org.esgledger.app.ledger.internal;

import java.util.List;
import java.util.Set;

import org.esgledger.engine.fact.ComputedFact;
import org.esgledger.engine.ledger.Column;
import org.esgledger.engine.ledger.LedgerTable;
import org.esgledger.engine.ledger.RowReader;
import org.esgledger.engine.ledger.employees.Employee;
import org.esgledger.engine.ledger.employees.EmployeeLedger;
import org.springframework.stereotype.Component;

/** The employee roster ({@code docs/formats/employees.md}). */
@Component
public class EmployeesKind implements LedgerKind<Employee> {

    private final EmployeeRecordStore store;

    public EmployeesKind(EmployeeRecordStore store) {
        this.store = store;
    }

    public String code() {
        return EmployeeLedger.KIND;
    }

    public List<Column> columns() {
        return EmployeeLedger.COLUMNS;
    }

    @Override
    public Set<String> personalDataHeaders() {
        return EmployeeLedger.PERSONAL_DATA_HEADERS;
    }

    public RowReader<Employee> reader(LedgerTable.Header header, Context context) {
        return EmployeeLedger.reader(header, context::entity);
    }

    public void save(long batch, List<Stored<Employee>> rows) {
        store.save(batch, rows);
    }

    public List<Stored<Employee>> active() {
        return store.active();
    }

    public List<ComputedFact> figures(List<Stored<Employee>> active, Context context) {
        return EmployeeFigures.of(active, context.root(), context.indicators());
    }

    /** An employee is one row of the roster however the other columns changed: two rosters holding the same id count them twice. */
    @Override
    public List<String> key(Employee e) {
        return List.of(e.id());
    }

    public List<String> cells(Employee e) {
        return List.of(e.id(), e.entity(), EmployeeLedger.GENDER.label(e.gender()), String.valueOf(e.birthYear()),
                EmployeeLedger.EDUCATION.label(e.education()), EmployeeLedger.JOB_FAMILY.label(e.function()),
                EmployeeLedger.YES_NO.label(e.rdStaff() ? "yes" : "no"), e.hired().toString(),
                EmployeeLedger.HIRE_CHANNEL.label(e.hireChannel()), e.left().map(Object::toString).orElse(""),
                e.leaveReason(),
                e.parentalLeave().map(p -> EmployeeLedger.PARENTAL_LEAVE.label(p.kind())).orElse(""),
                e.parentalLeave().map(p -> p.start().toString()).orElse(""),
                e.parentalLeave().flatMap(Employee.ParentalLeave::returned).map(Object::toString).orElse(""));
    }

    public Employee example() {
        return new Employee("E00001", "group", "female", 1992, "bachelor", "technical", true, java.time.LocalDate.of(2019, 7, 1),
                "campus", java.util.Optional.empty(), "", java.util.Optional.of(new Employee.ParentalLeave("maternity",
                java.time.LocalDate.of(2024, 3, 1), java.util.Optional.of(java.time.LocalDate.of(2024, 8, 26)))));
    }
}
