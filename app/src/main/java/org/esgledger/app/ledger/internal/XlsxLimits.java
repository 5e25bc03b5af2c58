package org.esgledger.app.ledger.internal;

/**
 * What a workbook may hold before it is refused as too large, checked while it is read, so that
 * memory stays bounded whatever the file: a workbook is streamed row by row, and only its shared
 * texts (which any row may refer to) and its cell formats are held, within these limits. Beyond
 * them the message says "too large" and suggests CSV, which is streamed without any of them.
 */
final class XlsxLimits {

    /** XLSX files on disk above this size are refused before they are opened (XLS: {@code SourceFile.MAX_BYTES}). */
    static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    /** Excel's last row: a row number beyond it is not a sheet Excel can have written. */
    static final int MAX_ROWS = 1_048_576;

    /**
     * Columns read per row: AMJ, far beyond any ledger (a dozen columns or so). Excel allows 16,384
     * (XFD); a value beyond column 1,024 is refused rather than dropped, so nothing is ignored
     * silently, and a row never costs more than 1,024 cells however it is written. Styled cells
     * without a value are not values and are ignored wherever they are.
     */
    static final int MAX_COLUMNS = 1_024;

    /** Excel's limit for the text of one cell. */
    static final int MAX_CELL_CHARS = 32_767;

    /**
     * Distinct texts of the shared-string table: each costs 6 bytes of index, and its characters
     * 2 bytes each (at most {@link #MAX_SHARED_CHARS}), about 110 MB at both limits. A million-row
     * ledger with one distinct text per row (a meter or invoice number) uses a fifth of either.
     */
    static final int MAX_SHARED_STRINGS = 5_000_000;

    /** Characters of all distinct texts together. */
    static final int MAX_SHARED_CHARS = 40_000_000;

    /** Cell formats and number formats (Excel allows 64,000 cell formats). */
    static final int MAX_STYLES = 65_536;

    /** Sheets listed in the workbook. */
    static final int MAX_SHEETS = 10_000;

    private XlsxLimits() {
    }
}
