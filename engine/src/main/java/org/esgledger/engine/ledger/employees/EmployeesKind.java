package org.esgledger.engine.ledger.employees;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.esgledger.engine.fact.ComputedFact;
import org.esgledger.engine.ledger.Column;
import org.esgledger.engine.ledger.LedgerContext;
import org.esgledger.engine.ledger.LedgerKind;
import org.esgledger.engine.ledger.LedgerRows;
import org.esgledger.engine.ledger.LedgerTable;
import org.esgledger.engine.ledger.RowReader;
import org.esgledger.engine.unit.UnitCatalogue;

/** The employee roster ({@code docs/formats/employees.md}) as a ledger kind. */
public final class EmployeesKind extends LedgerKind<Employee> {

    public EmployeesKind() {
        super(EmployeeLedger.KIND, EmployeeLedger.COLUMNS, RosterFigures.INDICATORS);
    }

    @Override
    public Set<String> personalDataHeaders() {
        return EmployeeLedger.PERSONAL_DATA_HEADERS;
    }

    public RowReader<Employee> reader(LedgerTable.Header header, LedgerContext context) {
        return EmployeeLedger.reader(header, context::entity);
    }

    public List<ComputedFact> figures(LedgerRows<Employee> rows, LedgerContext context) {
        return EmployeeFigures.of(rows, context);
    }

    public List<String> cells(Employee e, UnitCatalogue units) {
        return List.of(e.id(), e.entity(), EmployeeLedger.GENDER.label(e.gender()), String.valueOf(e.birthYear()),
                EmployeeLedger.EDUCATION.label(e.education()), EmployeeLedger.JOB_FAMILY.label(e.function()),
                EmployeeLedger.YES_NO.label(e.rdStaff() ? "yes" : "no"), e.hired().toString(),
                EmployeeLedger.HIRE_CHANNEL.label(e.hireChannel()), e.left().map(Object::toString).orElse(""),
                e.leaveReason(),
                e.parentalLeave().map(p -> EmployeeLedger.PARENTAL_LEAVE.label(p.kind())).orElse(""),
                e.parentalLeave().map(p -> p.start().toString()).orElse(""),
                e.parentalLeave().flatMap(Employee.ParentalLeave::returned).map(Object::toString).orElse(""));
    }

    /** An employee is one row of the roster however the other columns changed: two rosters holding the same id count them twice. */
    @Override
    public List<String> key(Employee e, UnitCatalogue units) {
        return List.of(e.id());
    }

    public Employee example(UnitCatalogue units) {
        return new Employee("E00001", "group", "female", 1992, "bachelor", "technical", true, LocalDate.of(2019, 7, 1),
                "campus", Optional.empty(), "", Optional.of(new Employee.ParentalLeave("maternity",
                LocalDate.of(2024, 3, 1), Optional.of(LocalDate.of(2024, 8, 26)))));
    }
}
