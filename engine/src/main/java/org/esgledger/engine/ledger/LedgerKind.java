package org.esgledger.engine.ledger;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.esgledger.engine.fact.ComputedFact;
import org.esgledger.engine.unit.UnitCatalogue;

/**
 * One kind of operating ledger (employees, waste, donations, …) as plain rules: its code and
 * columns, the indicators it yields, how a row becomes a record, the figures its records yield, how
 * a record is written back in the import layout, and a filled-in example for the template. Where
 * records are kept is the application's business; adding a kind is one package here and one small
 * class there ({@code docs/adding-a-ledger-kind.md}).
 *
 * @param <R> the record a row becomes
 */
public abstract class LedgerKind<R> {

    private final String code;
    private final List<Column> columns;
    private final Set<String> indicators;

    /**
     * @param code       the code people and files name the kind by ({@code esg import --ledger energy})
     * @param columns    the columns of the import layout, in order
     * @param indicators every indicator the kind can yield: a catalogue without one of them is refused
     *                   before any import, rather than the figure being dropped without a word
     */
    protected LedgerKind(String code, List<Column> columns, Set<String> indicators) {
        this.code = Objects.requireNonNull(code, "code");
        this.columns = List.copyOf(columns);
        this.indicators = Set.copyOf(indicators);
    }

    public final String code() {
        return code;
    }

    public final List<Column> columns() {
        return columns;
    }

    public final Set<String> indicators() {
        return indicators;
    }

    /** Headers of personal data that are recognised and never read. */
    public Set<String> personalDataHeaders() {
        return Set.of();
    }

    /** Reads the rows under a header one at a time (one reader per sheet: it may remember keys seen). */
    public abstract RowReader<R> reader(LedgerTable.Header header, LedgerContext context);

    /**
     * The facts the records in force yield, each counting its rows.
     *
     * @throws LedgerRowException when a row cannot be computed at all (the import is refused with it)
     */
    public abstract List<ComputedFact> figures(LedgerRows<R> rows, LedgerContext context);

    /** A record as a row of the import layout (Chinese words for coded values): export → import gives it back. */
    public abstract List<String> cells(R record, UnitCatalogue units);

    /**
     * What makes two records the same row, for refusing a file whose rows repeat a batch in force:
     * by default every cell of the layout; a kind whose rows have an identity says so (the roster: the employee id).
     */
    public List<String> key(R record, UnitCatalogue units) {
        return cells(record, units);
    }

    /** A filled-in example for the template. */
    public abstract R example(UnitCatalogue units);
}
