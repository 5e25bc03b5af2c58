package org.esgledger.app.audit;

import java.time.Instant;
import java.util.List;

/**
 * One event of the audit trail, as stored.
 *
 * @param entities the entities the change touched (for {@code esg audit --entity})
 * @param before   the state before, as canonical JSON ({@code {}} when there was none)
 * @param after    the state after, as canonical JSON
 */
public record AuditEvent(long seq, Instant at, String actor, String action, String subjectKind, String subjectId, List<String> entities,
                         String reason, String before, String after, String prevHash, String hash) {

    public AuditEvent {
        entities = List.copyOf(entities);
    }
}
