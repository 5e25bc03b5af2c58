package org.esgledger.app.period;

import java.time.Instant;

/** A figure of a locked year restated: the fact, the published value, the new one, why, who, when and its audit event. */
public record Restated(String factId, String indicator, String entity, int year, RestatedValue before, RestatedValue after,
                       String reason, String by, Instant at, long auditSeq) {
}
