package org.esgledger.app.ledger;

import java.util.Optional;

/**
 * How to import a ledger file.
 *
 * @param dryRun  check and report, write nothing
 * @param replace supersede an earlier batch of the same file (same name or SHA-256) instead of refusing
 * @param by      who imports (recorded with the batch)
 * @param sheet   the workbook sheet to read; the first visible one when empty (ignored for CSV)
 */
public record ImportOptions(boolean dryRun, boolean replace, String by, Optional<String> sheet) {

    public ImportOptions {
        sheet = sheet == null ? Optional.empty() : sheet;
    }

    public ImportOptions(boolean dryRun, boolean replace, String by) {
        this(dryRun, replace, by, Optional.empty());
    }
}
