package org.esgledger.app.audit;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.esgledger.app.audit.internal.AuditStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log for a reader (the web application's {@code /audit}): the events a filter selects, newest first a page at a time,
 * all of them for a download, and the chain's verification. Reading the log is {@link Permission#READ} on the whole workspace
 * (an admin, a manager or an auditor): it names every entity, user and value. A contributor or a reviewer is refused, recorded.
 */
@Service
public class AuditLog {

    /** Events per page. */
    public static final int PAGE = 100;

    private final AuditStore store;
    private final Changes changes;
    private final Authorisation authorisation;

    AuditLog(AuditStore store, Changes changes, Authorisation authorisation) {
        this.store = store;
        this.changes = changes;
        this.authorisation = authorisation;
    }

    /** The events the filter selects older than {@code before} (the newest when empty), at most {@link #PAGE}, newest first. */
    @Transactional(readOnly = true)
    public AuditPage page(Actor reader, AuditFilter filter, Optional<Long> before) {
        requireReader(reader);
        List<AuditEvent> events = store.page(filter, before, PAGE + 1);
        boolean more = events.size() > PAGE;
        List<AuditEvent> shown = more ? events.subList(0, PAGE) : events;
        return new AuditPage(shown, more ? Optional.of(shown.get(shown.size() - 1).seq()) : Optional.empty());
    }

    /** Every event the filter selects, in seq order (as {@code esg audit --format csv} lists them), streamed. */
    @Transactional(readOnly = true)
    public void each(Actor reader, AuditFilter filter, Consumer<AuditEvent> each) {
        requireReader(reader);
        store.forEach(filter, each);
    }

    /** {@code esg audit verify}: the chain recomputed from its first event. */
    @Transactional(readOnly = true)
    public ChainVerdict verify(Actor reader) {
        requireReader(reader);
        return changes.verify(Optional.empty());
    }

    /** Refuses (recorded) a reader who may not read the whole workspace. */
    public void requireReader(Actor reader) {
        authorisation.require(reader, Permission.READ, Action.READ, Area.WORKSPACE);
    }
}
