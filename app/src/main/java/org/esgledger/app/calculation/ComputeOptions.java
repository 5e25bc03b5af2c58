package org.esgledger.app.calculation;

import org.esgledger.app.audit.Actor;

/**
 * How {@code esg compute} was asked to run.
 *
 * @param by        who computes (recorded with the snapshot and in the audit trail)
 * @param freeze    freeze the year on the resulting snapshot
 * @param recompute recompute a frozen year on purpose (needs a reason)
 * @param reason    why, recorded with the snapshot (required to freeze or recompute a frozen year)
 */
public record ComputeOptions(Actor by, boolean freeze, boolean recompute, String reason) {

    public ComputeOptions {
        reason = reason == null ? "" : reason.strip();
    }
}
