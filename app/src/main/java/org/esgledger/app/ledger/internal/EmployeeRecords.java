package org.esgledger.app.ledger.internal;

import java.sql.SQLException;
import java.util.Optional;

import org.esgledger.engine.ledger.employees.Employee;
import org.esgledger.engine.ledger.employees.EmployeesKind;
import org.springframework.stereotype.Component;

/**
 * The roster's records, in {@code employee_record}. Parental leave is three columns: its kind
 * ('' when none), its start and its return (null when none, or not returned yet).
 */
@Component
class EmployeeRecords extends KindRecords<Employee> {

    private static final RecordTable<Employee> TABLE = RecordTable.<Employee>named("employee_record")
            .text("employee_id", Employee::id)
            .text("entity_code", Employee::entity)
            .text("gender", Employee::gender)
            .integer("birth_year", Employee::birthYear)
            .text("education", Employee::education)
            .text("job_family", Employee::function)
            .flag("rd_staff", Employee::rdStaff)
            .date("hired_on", Employee::hired)
            .text("hire_channel", Employee::hireChannel)
            .optionalDate("left_on", Employee::left)
            .text("leave_reason", Employee::leaveReason)
            .text("parental_leave", e -> e.parentalLeave().map(Employee.ParentalLeave::kind).orElse(""))
            .optionalDate("parental_start", e -> e.parentalLeave().map(Employee.ParentalLeave::start))
            .optionalDate("parental_return", e -> e.parentalLeave().flatMap(Employee.ParentalLeave::returned))
            .reading(EmployeeRecords::employee);

    EmployeeRecords() {
        super(new EmployeesKind(), TABLE);
    }

    private static Employee employee(StoredValues v) throws SQLException {
        return new Employee(v.text("employee_id"), v.text("entity_code"), v.text("gender"), v.integer("birth_year"),
                v.text("education"), v.text("job_family"), v.flag("rd_staff"), v.date("hired_on"), v.text("hire_channel"),
                v.optionalDate("left_on"), v.text("leave_reason"), parentalLeave(v));
    }

    private static Optional<Employee.ParentalLeave> parentalLeave(StoredValues v) throws SQLException {
        String kind = v.text("parental_leave");
        return kind.isEmpty() ? Optional.empty()
                : Optional.of(new Employee.ParentalLeave(kind, v.date("parental_start"), v.optionalDate("parental_return")));
    }
}
