package org.esgledger.app.audit;

import java.time.Instant;
import java.util.Optional;

/** Which events {@code esg audit} lists: all, or since an instant, about an entity, by a user. */
public record AuditQuery(Optional<Instant> since, Optional<String> entity, Optional<String> actor) {

    public static final AuditQuery ALL = new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty());
}
