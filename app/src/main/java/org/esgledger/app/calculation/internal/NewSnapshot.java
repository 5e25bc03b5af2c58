package org.esgledger.app.calculation.internal;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A computation of a year about to be kept: what it read and what it found, who computed it, when
 * and why, whether the year stays frozen on it, and the snapshot it supersedes.
 *
 * @param frozen       the year is frozen on this snapshot (frozen by {@code by} at {@code at})
 * @param frozenReason why the year is frozen; ignored when it is not
 * @param supersedes   the year's snapshot that was current until now
 */
public record NewSnapshot(int year, InputSet inputs, SnapshotContent content, String by, Instant at, String reason, boolean frozen,
                          String frozenReason, Optional<Long> supersedes) {

    public NewSnapshot {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(supersedes, "supersedes");
    }
}
