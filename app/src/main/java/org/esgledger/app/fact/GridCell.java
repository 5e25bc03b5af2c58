package org.esgledger.app.fact;

import java.math.BigDecimal;
import java.util.Optional;

import org.esgledger.engine.fact.FactStatus;
import org.esgledger.engine.fact.Origin;

/**
 * A stored fact as the fact grid shows it in a row: its value and unit, its review status and who stands behind it.
 *
 * @param value           the number in plain notation, or the text; empty when it could not be computed
 * @param number          the number, for the change against the prior year; empty for a text, yes/no or date value
 * @param reviewedBy      who took the last review step (submitted, approved or rejected it); empty while a draft
 * @param rejectionReason why a reviewer rejected it (while it is rejected)
 */
public record GridCell(String factId, String value, Optional<BigDecimal> number, String unit, FactStatus status, Origin origin,
                       String enteredBy, String reviewedBy, String rejectionReason) {

    /** Who stands behind the status: the reviewer for submitted, approved and rejected values, the entrant for a draft. */
    public String standsBehind() {
        return reviewedBy.isEmpty() || status == FactStatus.DRAFT ? enteredBy : reviewedBy;
    }

    public boolean computed() {
        return origin == Origin.COMPUTED;
    }
}
