package org.esgledger.app.fact;

import java.util.List;

/** Ledger rows behind a computed fact: the first few and the total count. */
public record SourceRows(List<SourceRowView> rows, int total) {
}
