package org.esgledger.app.ledger;

import java.time.Instant;
import java.util.List;

/**
 * Rows of an imported file that repeat rows of a batch already in force: importing them as well would
 * count them twice.
 *
 * @param batch     the batch in force
 * @param file      its file name
 * @param loadedAt  when it was imported
 * @param rows      how many rows of the new file repeat its rows
 * @param firstRows the first of those rows (row numbers of the new file)
 */
public record OverlapView(long batch, String file, Instant loadedAt, int rows, List<Integer> firstRows) {

    public OverlapView {
        firstRows = List.copyOf(firstRows);
    }
}
