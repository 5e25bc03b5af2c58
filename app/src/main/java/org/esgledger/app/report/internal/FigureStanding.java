package org.esgledger.app.report.internal;

import java.time.Instant;
import java.util.Optional;

import org.esgledger.engine.fact.FactStatus;

/**
 * Where a figure stands: its origin; its review status (a stored fact's own; a computed figure's is approved when every
 * stored value under it is, draft otherwise; none for a figure no one entered, such as a value printed as published);
 * who entered it and when, who approved it, when the store knows it; and whether it differs from what the company published before.
 */
public record FigureStanding(FigureOrigin origin, Optional<FactStatus> status, Optional<String> enteredBy, Optional<Instant> enteredAt,
                             Optional<String> approvedBy, boolean differs) {

    /** Not approved (nor locked): the lineage page flags it, {@code --final} refuses it. */
    public boolean draft() {
        return status.isPresent() && status.get() != FactStatus.APPROVED && status.get() != FactStatus.LOCKED;
    }
}
