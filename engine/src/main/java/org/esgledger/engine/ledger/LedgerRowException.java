package org.esgledger.engine.ledger;

import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.i18n.Message;

/**
 * A ledger row whose figures cannot be computed at all (a unit that cannot be converted, a factor
 * that does not exist): the import is refused with the batch, row and column it is about.
 */
public class LedgerRowException extends EsgException {

    private final long batch;
    private final int row;
    private final String column;

    public LedgerRowException(LedgerRow<?> row, String column, Message problem) {
        super(problem);
        this.batch = row.batch();
        this.row = row.row();
        this.column = column;
    }

    public long batch() {
        return batch;
    }

    public int row() {
        return row;
    }

    /** The ledger column the problem is in. */
    public String column() {
        return column;
    }
}
