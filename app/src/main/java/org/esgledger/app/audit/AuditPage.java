package org.esgledger.app.audit;

import java.util.List;
import java.util.Optional;

/**
 * One page of the audit log, newest first.
 *
 * @param next the seq to ask the next (older) page before, when there is one
 */
public record AuditPage(List<AuditEvent> events, Optional<Long> next) {

    public AuditPage {
        events = List.copyOf(events);
    }
}
