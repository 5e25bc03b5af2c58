package org.esgledger.app.ledger;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What an import did with every row of a file: accepted, rejected (with reasons) or skipped (title,
 * blank and total rows, as ranges), and what it computed from the accepted records.
 *
 * @param ignoredColumns headers that are not columns of the ledger kind (personal data among them is never read)
 * @param replaced       the batches this one superseded (or, in a dry run, would supersede)
 * @param computedFacts  facts computed from the kind's active records after the import
 * @param overlaps       batches in force whose rows this file repeats; a dry run lists them, an import
 *                       with {@link ImportOptions.Overlap#REFUSE} is refused because of them
 * @param rejectionFile  where the rejection report was written, if anywhere
 */
public record ImportReport(String kind, String file, String sha256, String encoding, int headerRow,
                           Optional<Long> batch, boolean dryRun, int accepted, List<Rejection> rejections,
                           SkippedRows skipped, List<String> ignoredColumns, List<Long> replaced, int computedFacts,
                           List<OverlapView> overlaps, Optional<Path> rejectionFile) {

    /** Rejected rows (a row with several problems counts once). */
    public int rejected() {
        return (int) rejections.stream().map(Rejection::row).distinct().count();
    }

    /** True when a dry run found rows that the import would refuse as counted twice. */
    public boolean wouldBeRefused(ImportOptions.Overlap overlap) {
        return overlap == ImportOptions.Overlap.REFUSE && !overlaps.isEmpty();
    }
}
