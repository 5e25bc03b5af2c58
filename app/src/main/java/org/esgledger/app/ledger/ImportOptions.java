package org.esgledger.app.ledger;

import java.nio.file.Path;
import java.util.Optional;

import org.esgledger.app.audit.Actor;
import org.esgledger.app.period.Restatement;

/**
 * How to import a ledger file.
 *
 * @param dryRun     check and report, write nothing to the store or the workspace
 * @param overlap    what to do with rows that repeat rows of a batch in force (and with an earlier import of the same file)
 * @param by         who imports (recorded with the batch and in the audit trail)
 * @param sheet      the workbook sheet to read; the first visible one when empty (ignored for CSV)
 * @param rejections where to write the rejection report; by default a real import writes it into the
 *                   workspace's {@code rejections} folder and a dry run writes none
 * @param restatement whether the figures the import recomputes may change values of a locked year, as a restatement
 *                    with its reason ({@code --restate --reason}); {@link Restatement#NONE} for an ordinary import
 * @param reason     why the batches this import supersedes are replaced ({@code --replace --reason}, the web's replace form):
 *                   kept on each superseded batch and its {@code supersede} audit event; empty: "replaced by FILE"
 */
public record ImportOptions(boolean dryRun, Overlap overlap, Actor by, Optional<String> sheet, Optional<Path> rejections,
                            Restatement restatement, String reason) {

    /** Rows of this file that repeat rows of a batch already in force (same values in the columns the kind reads). */
    public enum Overlap {
        /** Refuse the import, naming both files (the default). */
        REFUSE,
        /** Add the rows on top: they really are new rows that happen to look the same. */
        ADD,
        /** Supersede the batches whose rows this file repeats, and an earlier import of the same file. */
        REPLACE
    }

    public ImportOptions {
        overlap = overlap == null ? Overlap.REFUSE : overlap;
        sheet = sheet == null ? Optional.empty() : sheet;
        rejections = rejections == null ? Optional.empty() : rejections;
        restatement = restatement == null ? Restatement.NONE : restatement;
        reason = reason == null ? "" : reason.strip();
    }

    public ImportOptions(boolean dryRun, Overlap overlap, Actor by, Optional<String> sheet, Optional<Path> rejections,
                         Restatement restatement) {
        this(dryRun, overlap, by, sheet, rejections, restatement, "");
    }

    public ImportOptions(boolean dryRun, Overlap overlap, Actor by, Optional<String> sheet, Optional<Path> rejections) {
        this(dryRun, overlap, by, sheet, rejections, Restatement.NONE);
    }

    public ImportOptions(boolean dryRun, boolean replace, Actor by, Optional<String> sheet) {
        this(dryRun, replace ? Overlap.REPLACE : Overlap.REFUSE, by, sheet, Optional.empty());
    }

    public ImportOptions(boolean dryRun, boolean replace, Actor by) {
        this(dryRun, replace, by, Optional.empty());
    }

    /** The same options, as a dry run or not. */
    public ImportOptions dryRun(boolean dry) {
        return new ImportOptions(dry, overlap, by, sheet, rejections, restatement, reason);
    }

    public boolean replace() {
        return overlap == Overlap.REPLACE;
    }
}
