package org.esgledger.app.ledger.internal;

import java.util.List;

import org.esgledger.engine.ledger.employees.Employee;
import org.esgledger.engine.ledger.employees.EmployeeLedger;

/** The employee roster in its import layout (Chinese words for coded values). */
public final class EmployeeCsv {

    private EmployeeCsv() {
    }

    public static byte[] write(List<Employee> roster) {
        return LedgerCsv.write(EmployeeLedger.COLUMNS, roster, e -> List.of(
                e.id(), e.entity(), EmployeeLedger.GENDER.label(e.gender()), String.valueOf(e.birthYear()),
                EmployeeLedger.EDUCATION.label(e.education()), EmployeeLedger.JOB_FAMILY.label(e.function()),
                EmployeeLedger.YES_NO.label(e.rdStaff() ? "yes" : "no"), e.hired().toString(),
                EmployeeLedger.HIRE_CHANNEL.label(e.hireChannel()), e.left().map(Object::toString).orElse(""),
                e.leaveReason(),
                e.parentalLeave().map(p -> EmployeeLedger.PARENTAL_LEAVE.label(p.kind())).orElse(""),
                e.parentalLeave().map(p -> p.start().toString()).orElse(""),
                e.parentalLeave().flatMap(Employee.ParentalLeave::returned).map(Object::toString).orElse("")));
    }
}
