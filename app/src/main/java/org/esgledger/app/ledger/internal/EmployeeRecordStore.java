package org.esgledger.app.ledger.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.esgledger.engine.ledger.employees.Employee;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The employee_record table: accepted roster rows with their batch and row. */
@Repository
public class EmployeeRecordStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public EmployeeRecordStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public void save(long batch, List<LedgerKind.Stored<Employee>> rows) {
        template.batchUpdate("""
                insert into employee_record (batch_id, row_no, employee_id, entity_code, gender, birth_year, education,
                    job_family, rd_staff, hired_on, hire_channel, left_on, leave_reason, parental_leave, parental_start,
                    parental_return) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                rows, 1000, (ps, s) -> {
                    Employee e = s.record();
                    ps.setLong(1, batch);
                    ps.setInt(2, s.row());
                    ps.setString(3, e.id());
                    ps.setString(4, e.entity());
                    ps.setString(5, e.gender());
                    ps.setInt(6, e.birthYear());
                    ps.setString(7, e.education());
                    ps.setString(8, e.function());
                    ps.setBoolean(9, e.rdStaff());
                    ps.setDate(10, Date.valueOf(e.hired()));
                    ps.setString(11, e.hireChannel());
                    ps.setDate(12, e.left().map(Date::valueOf).orElse(null));
                    ps.setString(13, e.leaveReason());
                    ps.setString(14, e.parentalLeave().map(Employee.ParentalLeave::kind).orElse(""));
                    ps.setDate(15, e.parentalLeave().map(p -> Date.valueOf(p.start())).orElse(null));
                    ps.setDate(16, e.parentalLeave().flatMap(Employee.ParentalLeave::returned).map(Date::valueOf).orElse(null));
                });
    }

    public List<LedgerKind.Stored<Employee>> active() {
        return jdbc.sql("""
                select r.batch_id, r.row_no, r.employee_id, r.entity_code, r.gender, r.birth_year, r.education, r.job_family,
                       r.rd_staff, r.hired_on, r.hire_channel, r.left_on, r.leave_reason, r.parental_leave, r.parental_start,
                       r.parental_return
                from employee_record r join ledger_batch b on b.id = r.batch_id
                where b.superseded_by is null order by r.batch_id, r.row_no""")
                .query((rs, n) -> stored(rs)).list();
    }

    private static LedgerKind.Stored<Employee> stored(ResultSet rs) throws SQLException {
        Optional<Employee.ParentalLeave> leave = rs.getString(14).isEmpty() ? Optional.empty()
                : Optional.of(new Employee.ParentalLeave(rs.getString(14), rs.getDate(15).toLocalDate(),
                Optional.ofNullable(rs.getDate(16)).map(Date::toLocalDate)));
        Employee e = new Employee(rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getString(7),
                rs.getString(8), rs.getBoolean(9), rs.getDate(10).toLocalDate(), rs.getString(11),
                Optional.ofNullable(rs.getDate(12)).map(Date::toLocalDate), rs.getString(13), leave);
        return new LedgerKind.Stored<>(rs.getLong(1), rs.getInt(2), e);
    }
}
