package org.esgledger.app.ledger;

/**
 * How to import a ledger file.
 *
 * @param dryRun  check and report, write nothing
 * @param replace supersede an earlier batch of the same file (same name or SHA-256) instead of refusing
 * @param by      who imports (recorded with the batch)
 */
public record ImportOptions(boolean dryRun, boolean replace, String by) {
}
