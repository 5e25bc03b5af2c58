package org.esgledger.app.fact;

/** One ledger row behind a computed fact: its batch, the ledger kind, the file, its SHA-256 and the row number. */
public record SourceRowView(long batch, String kind, String file, String sha256, int row) {
}
