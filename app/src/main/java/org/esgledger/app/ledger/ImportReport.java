package org.esgledger.app.ledger;

import java.util.List;
import java.util.Optional;

/**
 * What an import did with every row of a file: accepted, rejected (with reasons) or skipped (title,
 * blank and total rows, as ranges), and what it computed from the accepted records.
 *
 * @param ignoredColumns headers that are not columns of the ledger kind (personal data among them is never read)
 * @param replaced       the batch this one superseded, if any
 * @param computedFacts  facts computed from the kind's active records after the import
 */
public record ImportReport(String kind, String file, String sha256, String encoding, int headerRow,
                           Optional<Long> batch, boolean dryRun, int accepted, List<Rejection> rejections,
                           SkippedRows skipped, List<String> ignoredColumns, Optional<Long> replaced, int computedFacts) {

    public int rejected() {
        return rejections.size();
    }
}
