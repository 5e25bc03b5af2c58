package org.esgledger.app.ledger.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.esgledger.engine.ledger.LedgerRow;
import org.esgledger.engine.unit.UnitCatalogue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * Keeps the records of every ledger kind the same way, from the kind's {@link RecordTable}: rows
 * written in batches, the records in force (of batches not superseded) read back in batch and row
 * order, streamed so that a ledger of a million rows is never held whole.
 */
@Repository
public class RecordStore {

    /** Rows written per round trip. */
    private static final int WRITE_BATCH = 2000;
    /** Rows fetched at a time when streaming (inside a transaction; outside one the driver reads all). */
    private static final int FETCH = 10_000;

    private final JdbcTemplate template;

    public RecordStore(JdbcTemplate template) {
        this.template = template;
    }

    public <R> void save(RecordTable<R> table, long batch, List<LedgerRow<R>> rows) {
        List<StoredColumn<R>> columns = table.columns();
        String names = String.join(", ", columns.stream().map(StoredColumn::name).toList());
        String marks = String.join(", ", columns.stream().map(c -> "?").toList());
        template.batchUpdate("insert into " + table.name() + " (batch_id, row_no, " + names + ") values (?, ?, " + marks + ")",
                rows, WRITE_BATCH, (ps, row) -> bind(ps, columns, batch, row));
    }

    private static <R> void bind(PreparedStatement ps, List<StoredColumn<R>> columns, long batch, LedgerRow<R> row)
            throws SQLException {
        ps.setLong(1, batch);
        ps.setInt(2, row.row());
        for (int i = 0; i < columns.size(); i++) {
            StoredColumn<R> c = columns.get(i);
            c.type().bind(ps, i + 3, c.value().apply(row.record()));
        }
    }

    /** The records in force, in batch and row order. */
    public <R> List<LedgerRow<R>> active(RecordTable<R> table, UnitCatalogue units) {
        List<LedgerRow<R>> rows = new ArrayList<>();
        eachActive(table, units, rows::add);
        return rows;
    }

    /** The records in force one at a time, in batch and row order. */
    public <R> void eachActive(RecordTable<R> table, UnitCatalogue units, Consumer<LedgerRow<R>> each) {
        each(table, units, "b.superseded_by is null", null, each);
    }

    /** The accepted records of one batch (in force or superseded), in row order. */
    public <R> void eachOfBatch(RecordTable<R> table, UnitCatalogue units, long batch, Consumer<LedgerRow<R>> each) {
        each(table, units, "r.batch_id = ?", batch, each);
    }

    private <R> void each(RecordTable<R> table, UnitCatalogue units, String where, Long batch, Consumer<LedgerRow<R>> each) {
        List<StoredColumn<R>> columns = table.columns();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i).name(), i + 3);
        }
        String names = String.join(", ", columns.stream().map(c -> "r." + c.name()).toList());
        String sql = "select r.batch_id, r.row_no, " + names + " from " + table.name() + " r join ledger_batch b on b.id = r.batch_id"
                + " where " + where + " order by r.batch_id, r.row_no";
        template.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            statement.setFetchSize(FETCH);
            if (batch != null) {
                statement.setLong(1, batch);
            }
            return statement;
        }, (RowCallbackHandler) rs -> each.accept(row(rs, new StoredValues(rs, index, units), table)));
    }

    /** Whether the batch has an accepted row with this row number in the table. */
    public boolean hasRow(RecordTable<?> table, long batch, int row) {
        String sql = "select exists (select 1 from " + table.name() + " where batch_id = ? and row_no = ?)";
        return Boolean.TRUE.equals(template.queryForObject(sql, Boolean.class, batch, row));
    }

    private static <R> LedgerRow<R> row(ResultSet rs, StoredValues values, RecordTable<R> table) throws SQLException {
        return new LedgerRow<>(rs.getLong(1), rs.getInt(2), table.reader().read(values));
    }
}
