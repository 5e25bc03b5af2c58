package org.esgledger.app.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.esgledger.app.audit.internal.AuditStore;
import org.esgledger.app.audit.internal.ChainCheck;
import org.esgledger.app.audit.internal.EventContent;
import org.esgledger.app.audit.internal.JsonObject;
import org.esgledger.engine.i18n.Message;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one place every change is recorded (ADR 0012): who, when, what (subject, before and after)
 * and why, as an event of the append-only audit trail, in the transaction of the change itself, so
 * that a change and its record are kept or lost together. Each event's SHA-256 covers its content
 * and the previous event's hash; appends are serialised by an advisory lock, so the chain never forks.
 */
@Service
public class Changes {

    /** Bound to a transaction that holds the append lock. */
    private static final String LOCK_HELD = Changes.class.getName() + ".lock";

    private final AuditStore store;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    Changes(AuditStore store, PlatformTransactionManager transactions, Optional<Clock> clock) {
        this.store = store;
        this.clock = clock.orElse(Clock.systemUTC());
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Records a change in the caller's transaction and returns its seq.
     *
     * @param entities the entities it touched, if any (for {@code esg audit --entity})
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long record(Actor actor, Action action, Subject subject, List<String> entities, Map<String, ?> before, Map<String, ?> after,
                       String reason) {
        return append(actor.name(), action.code(), subject, entities, JsonObject.of(before), JsonObject.of(after), reason);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long record(Actor actor, Action action, Subject subject, Map<String, ?> after, String reason) {
        return record(actor, action, subject, List.of(), Map.of(), after, reason);
    }

    /**
     * Records a refusal in a transaction of its own, committed at once: the refused action's
     * transaction rolls back, its record of the refusal must not. {@code attempted} is what was
     * refused ({@link Action#REFUSED} when it is not known: a user who cannot act at all). Call it before the action has
     * recorded anything (the append lock its transaction would hold is not shared).
     */
    public void refused(String actor, Action attempted, Subject subject, Message why) {
        if (TransactionSynchronizationManager.hasResource(LOCK_HELD)) {
            throw new IllegalStateException("a refusal is recorded before the action records anything: " + why.en());
        }
        Map<String, String> after = new TreeMap<>(Map.of("why_zh", why.zh(), "why_en", why.en()));
        if (attempted != Action.REFUSED) {
            after.put("attempted", attempted.code());
        }
        ownTransaction.executeWithoutResult(s -> append(actor, Action.REFUSED.code(), subject, List.of(), JsonObject.of(Map.of()),
                JsonObject.of(after), why.en()));
    }

    private long append(String actor, String action, Subject subject, List<String> entities, String before, String after, String reason) {
        AuditStore.Head head = store.lockHead();
        if (TransactionSynchronizationManager.isSynchronizationActive() && !TransactionSynchronizationManager.hasResource(LOCK_HELD)) {
            TransactionSynchronizationManager.bindResource(LOCK_HELD, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(LOCK_HELD);
                }
            });
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        EventContent e = new EventContent(head.seq() + 1, at, actor, action, subject.kind(), subject.id(), entities,
                reason == null ? "" : reason, before, after);
        store.insert(e, head.hash(), e.hash(head.hash()));
        return e.seq();
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> events(AuditQuery query) {
        return store.list(query);
    }

    /** The last {@code limit} events, newest first; with {@code actor}, that user's only (the dashboard's last changes). */
    @Transactional(readOnly = true)
    public List<AuditEvent> latest(Optional<String> actor, int limit) {
        return store.latest(actor, limit);
    }

    /** Recomputes the chain from the first event; names the first broken one. */
    @Transactional(readOnly = true)
    public ChainVerdict verify() {
        return verify(Optional.empty());
    }

    /**
     * As {@link #verify()}; with an anchor (a head printed earlier: lineage page, data pack, {@code esg audit head}), the
     * intact chain must also still hold that event with that hash, else the chain was rewritten or cut short.
     */
    @Transactional(readOnly = true)
    public ChainVerdict verify(Optional<ChainHead> anchor) {
        ChainCheck check = new ChainCheck(anchor);
        store.forEach(check::accept);
        return check.verdict();
    }

    /** The head of the chain now: the last event's seq and hash (to write down outside the database). */
    @Transactional(readOnly = true)
    public ChainHead head() {
        AuditStore.Head h = store.head();
        return new ChainHead(h.seq(), h.hash());
    }
}
