package org.esgledger.app.report.internal;

/**
 * Where a figure's value comes from, as the lineage page and the data pack say it: computed by the system (from ledger
 * rows, or by a formula or roll-up from other values), imported from a file, entered by hand, or taken from a report the
 * company published before (imported with the value that report printed, or printed as published for want of data).
 */
public enum FigureOrigin {
    COMPUTED, IMPORTED, ENTERED, PUBLISHED
}
