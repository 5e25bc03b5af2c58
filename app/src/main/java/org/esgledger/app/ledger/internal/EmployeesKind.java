package org.esgledger.app.ledger.internal;

import java.util.List;
import java.util.Set;

import org.esgledger.app.fact.ComputedFact;
import org.esgledger.engine.ledger.Column;
import org.esgledger.engine.ledger.LedgerTable;
import org.esgledger.engine.ledger.RowResult;
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

    public List<RowResult<Employee>> read(LedgerTable table, Context context) {
        return EmployeeLedger.read(table, context::entity);
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

    public byte[] csv(List<Employee> records) {
        return EmployeeCsv.write(records);
    }
}
