package org.esgledger.engine.ledger;

/**
 * Reads the rows of one ledger sheet, one at a time, so that files of any length can be streamed.
 * A reader may keep state across rows (to refuse a key seen before), so use one per sheet.
 */
@FunctionalInterface
public interface RowReader<R> {

    RowResult<R> read(LedgerTable.Row row);
}
