package org.esgledger.engine.report;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The years a report draws on: its fiscal year and the four before it. A sustainability report's
 * multi-year tables commonly reach five years back, so the figures the report is composed from, the
 * lineage page and the data pack's earlier figures all cover this window and no other.
 */
public record ReportingWindow(int year) {

    /** How many fiscal years the window holds, the report's own included. */
    public static final int YEARS = 5;

    /** The earliest year of the window. */
    public int first() {
        return year - (YEARS - 1);
    }

    /** Every year of the window, the earliest first. */
    public List<Integer> years() {
        return IntStream.rangeClosed(first(), year).boxed().toList();
    }

    /** The years before the report's year, the latest first. */
    public List<Integer> earlier() {
        return IntStream.iterate(year - 1, y -> y >= first(), y -> y - 1).boxed().toList();
    }

    public boolean contains(int fiscalYear) {
        return fiscalYear >= first() && fiscalYear <= year;
    }
}
