package org.esgledger.app.review;

import java.time.Instant;

/**
 * A ledger batch in a review queue: its kind, file and SHA-256, the rows accepted, who imported it and who took the last step.
 *
 * @param by     who submitted it (waiting for review) or rejected it (returned)
 * @param reason the rejection's reason (returned); empty while waiting
 */
public record QueuedBatch(long id, String kind, String file, String sha256, int rows, String loadedBy, String by, Instant at,
                          String reason) {
}
