package org.esgledger.app.ledger.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.esgledger.engine.fact.ComputedFact;
import org.esgledger.engine.ledger.LedgerContext;
import org.esgledger.engine.ledger.LedgerKind;
import org.esgledger.engine.ledger.LedgerRow;
import org.esgledger.engine.ledger.LedgerRowException;
import org.esgledger.engine.unit.UnitCatalogue;

/**
 * The records of one ledger kind in this workspace: the kind's rules ({@link LedgerKind}) over the
 * records its table keeps. What imports, exports and templates work with, the same for every kind.
 */
public final class Ledger<R> {

    private final LedgerKind<R> kind;
    private final RecordTable<R> table;
    private final RecordStore store;
    private final UnitCatalogueSource units;
    private final BatchStore batches;

    Ledger(KindRecords<R> records, RecordStore store, UnitCatalogueSource units, BatchStore batches) {
        this.kind = records.kind();
        this.table = records.table();
        this.store = store;
        this.units = units;
        this.batches = batches;
    }

    public LedgerKind<R> kind() {
        return kind;
    }

    public String code() {
        return kind.code();
    }

    public void save(long batch, List<LedgerRow<R>> rows) {
        store.save(table, batch, rows);
    }

    /** The records in force, in batch and row order. */
    public List<LedgerRow<R>> active() {
        return store.active(table, units.units());
    }

    /** The records in force, streamed. */
    public void eachActive(Consumer<LedgerRow<R>> each) {
        store.eachActive(table, units.units(), each);
    }

    /** The accepted records of one batch, in row order. */
    public List<LedgerRow<R>> ofBatch(long batch) {
        List<LedgerRow<R>> rows = new ArrayList<>();
        store.eachOfBatch(table, units.units(), batch, rows::add);
        return rows;
    }

    /** Rows of a batch with their row numbers, in the import layout after a first column {@code 行号 row} (CSV, UTF-8 with BOM). */
    public byte[] csvWithRows(List<LedgerRow<R>> rows) {
        return LedgerCsv.writeRows(kind.columns(), rows, cells());
    }

    /** The facts the records in force yield; a row that cannot be computed refuses the import, naming its file, row and column. */
    public List<ComputedFact> figures(LedgerContext context) {
        try {
            return kind.figures(this::eachActive, context);
        } catch (LedgerRowException e) {
            throw batches.rowProblem(e);
        }
    }

    /**
     * Records as rows of the import layout. The workspace's units are read once, here: a function to
     * apply to every record of an export, not to ask for again per record.
     */
    public Function<R, List<String>> cells() {
        UnitCatalogue catalogue = units.units();
        return record -> kind.cells(record, catalogue);
    }

    /** What makes two records the same row; the units read once, as for {@link #cells()}. */
    public Function<R, List<String>> keys() {
        UnitCatalogue catalogue = units.units();
        return record -> kind.key(record, catalogue);
    }

    /** Whether the batch has an accepted row with this row number. */
    public boolean hasRow(long batch, int row) {
        return store.hasRow(table, batch, row);
    }

    public R example() {
        return kind.example(units.units());
    }

    /** The records in the import layout as CSV (Chinese headers, UTF-8 with BOM). */
    public byte[] csv(List<R> records) {
        return LedgerCsv.write(kind.columns(), records, cells());
    }
}
