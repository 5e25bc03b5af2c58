package org.esgledger.app.ledger.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.esgledger.engine.fact.ComputedFact;
import org.esgledger.engine.catalogue.Dimension;
import org.esgledger.engine.ledger.Column;
import org.esgledger.engine.ledger.LedgerTable;
import org.esgledger.engine.ledger.RowReader;
import org.esgledger.engine.organisation.OrganisationTree;
import org.esgledger.engine.organisation.ReportingEntity;
import org.esgledger.engine.unit.UnitCatalogue;

/**
 * One kind of operating ledger (employees, waste, donations, …): its columns, how a row becomes a
 * record, where records are kept, the facts they yield, and how they are written back in the
 * import layout. One adapter per kind; {@link org.esgledger.app.ledger.Ledgers} does the rest
 * (files, batches, rejections, transactions) the same way for all.
 */
public interface LedgerKind<R> {

    String code();

    List<Column> columns();

    /** Headers of personal data that are never read. */
    default Set<String> personalDataHeaders() {
        return Set.of();
    }

    /** Reads the rows under a header one at a time (one reader per sheet: it may remember keys seen). */
    RowReader<R> reader(LedgerTable.Header header, Context context);

    void save(long batch, List<Stored<R>> rows);

    /** Records of batches not superseded, in batch and row order. */
    List<Stored<R>> active();

    /**
     * Records of batches not superseded, one at a time, in batch and row order: what an import
     * goes through when it needs them all. A kind whose ledgers run to a million rows streams them
     * from the store instead of holding the list.
     */
    default void eachActive(java.util.function.Consumer<Stored<R>> each) {
        active().forEach(each);
    }

    List<ComputedFact> figures(List<Stored<R>> active, Context context);

    /** The facts the kind's active records yield; a kind that yields none need not load its records. */
    default List<ComputedFact> figures(Context context) {
        return figures(active(), context);
    }

    /** A record as a row of the import layout (Chinese words for coded values): export → import gives it back. */
    List<String> cells(R record);

    /**
     * What makes two records the same row, for refusing a file whose rows repeat a batch in force:
     * by default every column the kind reads; a kind whose rows have an identity says so (the roster: the employee id).
     */
    default List<String> key(R record) {
        return cells(record);
    }

    /** A filled-in example for the template. */
    R example();

    /** The records in the import layout as CSV (Chinese headers, UTF-8 with BOM). */
    default byte[] csv(List<R> records) {
        return LedgerCsv.write(columns(), records, this::cells);
    }

    /** A record with the batch and row it came from. */
    record Stored<R>(long batch, int row, R record) {
    }

    /** What rows are checked against and figures computed with. */
    record Context(OrganisationTree organisation, Map<String, Dimension> dimensions, UnitCatalogue units,
                   Map<String, String> indicatorUnits, org.esgledger.engine.ledger.Plausibility plausibility) {

        /** The indicators of the catalogue. */
        public Set<String> indicators() {
            return indicatorUnits.keySet();
        }

        public Optional<String> entity(String text) {
            return organisation.entities().stream().filter(e -> e.answersTo(text)).map(ReportingEntity::code).findFirst();
        }

        public String root() {
            return organisation.root().map(ReportingEntity::code).orElseThrow();
        }

        /** A member of a dimension named by its code, zh or en name. */
        public Optional<String> member(String dimension, String text) {
            Dimension d = dimensions.get(dimension);
            if (d == null) {
                return Optional.empty();
            }
            String t = org.esgledger.engine.ledger.CellText.fold(text);
            return d.members().stream().filter(m -> m.code().equals(t) || fold(m.name().zh()).equals(t)
                    || fold(m.name().en()).equalsIgnoreCase(t)).map(Dimension.Member::code).findFirst();
        }

        private static String fold(String name) {
            return org.esgledger.engine.ledger.CellText.fold(name);
        }
    }
}
