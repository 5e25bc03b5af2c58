package org.esgledger.app.calculation;

/**
 * How {@code esg compute} was asked to run.
 *
 * @param freeze    freeze the year on the resulting snapshot
 * @param recompute recompute a frozen year on purpose (needs a reason)
 * @param reason    why, recorded with the snapshot (required to freeze or recompute a frozen year)
 */
public record ComputeOptions(String by, boolean freeze, boolean recompute, String reason) {

    public ComputeOptions {
        reason = reason == null ? "" : reason.strip();
    }
}
