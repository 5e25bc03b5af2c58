package org.esgledger.app.period;

import java.time.Instant;

/**
 * A figure of a locked year restated: the fact (indicator, entity, year and breakdown, written as fact keys write it:
 * {@code energy_type=electricity}, empty for a total), the published value, the new one, why, who, when and its audit event.
 */
public record Restated(String factId, String indicator, String entity, int year, String breakdown, RestatedValue before,
                       RestatedValue after, String reason, String by, Instant at, long auditSeq) {

    public Restated {
        breakdown = breakdown == null ? "" : breakdown;
    }
}
