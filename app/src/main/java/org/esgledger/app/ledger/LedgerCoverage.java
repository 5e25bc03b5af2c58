package org.esgledger.app.ledger;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a ledger kind holds: its batches in force (not superseded) and their accepted rows, and per
 * fiscal year the batches and rows that the year's figures count (a roster row counts in every year
 * the person was employed; a row no figure counts, in no year).
 */
public record LedgerCoverage(String kind, int batches, long rows, Map<Integer, Year> years) {

    public LedgerCoverage {
        Objects.requireNonNull(kind, "kind");
        years = Map.copyOf(new TreeMap<>(years));
    }

    /** The batches and rows in force that a fiscal year's figures count. */
    public record Year(int batches, long rows) {
    }

    /** The year's batches and rows; none when the year's figures count no row of this kind. */
    public Year year(int fiscalYear) {
        return years.getOrDefault(fiscalYear, new Year(0, 0));
    }
}
