package org.esgledger.app.period;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.esgledger.app.audit.Action;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Area;
import org.esgledger.app.audit.Authorisation;
import org.esgledger.app.audit.Changes;
import org.esgledger.app.audit.Permission;
import org.esgledger.app.audit.Subject;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.period.internal.LockStore;
import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.i18n.Message;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Period locks and restatements: the one check every service that writes values of a year calls
 * ({@link #requireOpen}) before it records anything, and the record of each restated figure. A
 * locked year is never unlocked: a later change is made as a restatement, which keeps the published
 * value, the new one and the reason.
 */
@Service
public class Locks {

    private final LockStore store;
    private final Changes changes;
    private final Authorisation authorisation;
    private final Clock clock;

    Locks(LockStore store, Changes changes, Authorisation authorisation, Optional<Clock> clock) {
        this.store = store;
        this.changes = changes;
        this.authorisation = authorisation;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** {@code esg lock}: locks a year (a manager or an admin), with why; refused when it is already locked or no reason is given. */
    @Transactional
    public PeriodLock lock(int year, String reason, Actor by) {
        authorisation.require(by, Permission.LOCK_PERIOD, Action.LOCK, Area.WORKSPACE);
        String why = reason == null ? "" : reason.strip();
        Subject subject = Subject.of("period", year);
        if (why.isEmpty()) {
            refuse(by, Action.LOCK, subject, AppMessages.of("period.lockReason", String.valueOf(year)));
        }
        Optional<PeriodLock> existing = store.lock(year);
        if (existing.isPresent()) {
            refuse(by, Action.LOCK, subject, AppMessages.of("period.alreadyLocked", String.valueOf(year), existing.get().lockedBy(),
                    existing.get().lockedAt(), existing.get().reason()));
        }
        PeriodLock lock = new PeriodLock(year, by.name(), clock.instant(), why);
        long seq = changes.record(by, Action.LOCK, subject, List.of(), Map.of("locked", false), Map.of("locked", true, "year", year), why);
        store.lock(lock, seq);
        return lock;
    }

    @Transactional(readOnly = true)
    public Optional<PeriodLock> lockOf(int year) {
        return store.lock(year);
    }

    /**
     * The one check: refuses (recorded in the audit trail, thrown in zh and en) a change to values
     * of these years when one is locked and the change is not asked as a restatement, or is asked
     * without a reason. Call it before the change records anything.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public void requireOpen(Actor by, Action action, Collection<Integer> years, Restatement restatement) {
        TreeSet<Integer> locked = new TreeSet<>();
        years.forEach(y -> store.lock(y).ifPresent(l -> locked.add(y)));
        if (restatement.asked() && restatement.reason().isEmpty()) {
            refuse(by, action, Subject.of("period", locked.isEmpty() ? "" : locked.first()), AppMessages.of("period.restateReason"));
        }
        if (!locked.isEmpty() && !restatement.asked()) {
            PeriodLock l = store.lock(locked.first()).orElseThrow();
            refuse(by, action, Subject.of("period", l.year()), AppMessages.of("period.locked", String.valueOf(l.year()), l.lockedBy(), l.lockedAt(),
                    l.reason()));
        }
    }

    /** Keeps each restated figure (its published value differs from the new one) of the change recorded as {@code auditSeq}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void keep(List<Restated> restated) {
        restated.forEach(store::restated);
    }

    /** Every locked year (who, when, why), the latest first. */
    @Transactional(readOnly = true)
    public List<PeriodLock> locks() {
        return store.locks();
    }

    /** Whether the year is locked. */
    @Transactional(readOnly = true)
    public boolean locked(int year) {
        return store.lock(year).isPresent();
    }

    /** The restatements of these years, in the order they were made (a report prints those of the years before its own). */
    @Transactional(readOnly = true)
    public List<Restated> restatements(int first, int last) {
        return store.restatements(first, last);
    }

    /** Whether a figure of the year was restated after this instant (a locked year's compute may then write a new snapshot). */
    @Transactional(readOnly = true)
    public boolean restatedAfter(int year, Instant at) {
        return store.restatedAfter(year, at);
    }

    public Instant now() {
        return clock.instant();
    }

    private void refuse(Actor by, Action action, Subject subject, Message why) {
        changes.refused(by.name(), action, subject, why);
        throw new EsgException(why);
    }
}
