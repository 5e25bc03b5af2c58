package org.esgledger.app.period;

import java.time.Instant;

/** A locked fiscal year: who locked it, when and why (usually the report's publication). */
public record PeriodLock(int year, String lockedBy, Instant lockedAt, String reason) {
}
