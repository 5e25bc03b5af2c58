package org.esgledger.app.calculation;

import java.time.Instant;
import java.util.Optional;

/**
 * A stored computation of one fiscal year.
 *
 * @param fingerprint   SHA-256 of every input (facts, published figures, ledger batches, catalogue, engine)
 * @param contentSha256 SHA-256 of every result (values, lineage, findings, targets)
 */
public record SnapshotView(long id, int fiscalYear, String fingerprint, String contentSha256, String engineVersion,
                           String computedBy, Instant computedAt, String reason, boolean frozen, String frozenBy,
                           Optional<Instant> frozenAt, String frozenReason, int values, int findings,
                           Optional<Long> supersededBy) {
}
