package org.esgledger.app.calculation;

import java.util.List;
import java.util.Optional;

/**
 * What {@code esg compute} did.
 *
 * @param snapshot the year's current snapshot after the run
 * @param changes  what changed against the snapshot that was current before (empty on a first run)
 */
public record ComputeResult(Outcome outcome, SnapshotView snapshot, Optional<ChangeReport> changes, List<FindingView> findings,
                            List<TargetView> targets) {

    /** {@code CREATED}: a new snapshot; {@code UNCHANGED}: the inputs are those of the current snapshot and the results identical; {@code FROZEN}: the year is frozen and nothing was written. */
    public enum Outcome { CREATED, UNCHANGED, FROZEN }
}
