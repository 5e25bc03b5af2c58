package org.esgledger.app.evidence;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.esgledger.app.audit.Action;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Authorisation;
import org.esgledger.app.audit.Changes;
import org.esgledger.app.audit.Permission;
import org.esgledger.app.evidence.internal.CommentStore;
import org.esgledger.app.evidence.internal.Linked;
import org.esgledger.app.evidence.internal.Links;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.period.Locks;
import org.esgledger.app.workspace.WorkspaceStore;
import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.i18n.Message;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on a stored fact, a ledger batch or a ledger row (docs/audit.md): who, when, what. Written like any change:
 * who may ({@link Authorisation}, the same rule as evidence), one audit event carrying the text, one transaction.
 */
@Service
public class Comments {

    /** A comment is at most this many characters. */
    public static final int MAX = 4000;

    private final CommentStore store;
    private final Links links;
    private final Authorisation authorisation;
    private final Changes changes;
    private final Locks locks;
    private final WorkspaceStore workspace;
    private final Clock clock;

    Comments(CommentStore store, Links links, Authorisation authorisation, Changes changes, Locks locks, WorkspaceStore workspace,
             Optional<Clock> clock) {
        this.store = store;
        this.links = links;
        this.authorisation = authorisation;
        this.changes = changes;
        this.locks = locks;
        this.workspace = workspace;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** {@code esg comment}: adds the comment to what {@code on} names. */
    @Transactional
    public CommentView comment(Actor by, Reference on, String text) {
        workspace.requireSetUp();
        Linked linked = links.require(by, Action.COMMENT, on);
        authorisation.require(by, Permission.ANNOTATE, Action.COMMENT, linked.area());
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            refuse(by, linked, AppMessages.of("evidence.commentEmpty"));
        }
        if (body.length() > MAX) {
            refuse(by, linked, AppMessages.of("evidence.commentTooLong", String.valueOf(MAX), String.valueOf(body.length())));
        }
        Instant now = clock.instant();
        long id = store.nextId();
        Map<String, Object> after = new TreeMap<>(Map.of("comment", id, "text", body));
        linked.fiscalYear().filter(locks::locked).ifPresent(year -> after.put("period_locked", year));
        long seq = changes.record(by, Action.COMMENT, linked.subject(), linked.entities(), Map.of(), after, "");
        store.insert(id, on, body, by.name(), Timestamp.from(now), seq);
        return new CommentView(id, on, body, by.name(), now);
    }

    private void refuse(Actor by, Linked linked, Message why) {
        changes.refused(by.name(), Action.COMMENT, linked.subject(), why);
        throw new EsgException(why);
    }
}
