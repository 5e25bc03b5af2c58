package org.esgledger.app.audit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.esgledger.app.audit.internal.AuditStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What was read from the store, kept until the next recorded change (ADR 0024). Every write goes through the one change
 * mechanism ({@link Changes}), which moves the audit chain's head in the transaction of the write, so a read made at a head
 * is the read of that head: while the head (its seq and hash, as committed) is the same, the kept value is returned; once it
 * moved, the value is read again. Only for reads of rows that change through recorded changes only (the catalogue, the
 * organisation, the values of a snapshot); never inside a transaction that writes (it may have written rows not recorded
 * yet, or a change it may still roll back): there every read goes to the store. Kept values are shared between requests and
 * threads, so they must be immutable.
 */
@Service
public class UntilNextChange {

    /** More kept values than this (years, snapshots) and all go; reads of the next head fill it again. */
    private static final int KEPT = 64;

    private final AuditStore store;
    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();

    UntilNextChange(AuditStore store) {
        this.store = store;
    }

    /** What a value is: the class that reads it and what it read (e.g. a year or a snapshot). */
    public record Key(Class<?> reader, String what) {
    }

    private record Kept(AuditStore.Head head, Object value) {
    }

    /** The value kept under this key at the current head, or the one {@code read} returns, then kept (not inside a write). */
    @SuppressWarnings("unchecked")
    public <T> T get(Key key, Supplier<T> read) {
        if (writing()) {
            return read.get();
        }
        // the head before the rows: a change committed in between is read with the rows and kept under the older head,
        // which the next request no longer finds (read again, never the other way round)
        AuditStore.Head head = store.head();
        Kept k = kept.get(key);
        if (k != null && k.head().equals(head)) {
            return (T) k.value();
        }
        T value = read.get();
        if (kept.size() >= KEPT) {
            kept.clear();
        }
        kept.put(key, new Kept(head, value));
        return value;
    }

    /**
     * Forgets every kept value: for writes outside the change mechanism, which do not move the head (a workspace emptied
     * and set up again, a test's demo copied back from its template; never a user's action).
     */
    public void forgetAll() {
        kept.clear();
    }

    private static boolean writing() {
        return TransactionSynchronizationManager.isActualTransactionActive() && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }
}
