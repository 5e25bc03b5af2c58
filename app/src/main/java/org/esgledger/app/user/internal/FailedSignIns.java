package org.esgledger.app.user.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Throttling of failed sign-ins, per user name and per client address: {@value #USER_LIMIT} failures
 * of one name, or {@value #CLIENT_LIMIT} from one client, within {@link #WINDOW} lock that name or
 * client out for {@link #LOCKOUT}. Names are counted whether or not such a user exists, so a lockout
 * tells nothing about who exists. Kept in the memory of the one server process (a restart forgets
 * them), at most {@value #KEPT} names or clients each (the oldest forgotten first).
 */
@Component
public class FailedSignIns {

    public static final int USER_LIMIT = 5;
    public static final int CLIENT_LIMIT = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCKOUT = Duration.ofMinutes(15);
    static final int KEPT = 10_000;

    private final Counter users = new Counter(USER_LIMIT);
    private final Counter clients = new Counter(CLIENT_LIMIT);

    /** Until when the name is locked out, if it is at {@code now}. */
    public Optional<Instant> userLockedUntil(String name, Instant now) {
        return users.lockedUntil(name, now);
    }

    /** Until when the client is locked out, if it is at {@code now}. */
    public Optional<Instant> clientLockedUntil(String client, Instant now) {
        return clients.lockedUntil(client, now);
    }

    public void failed(String name, String client, Instant now) {
        users.failed(name, now);
        clients.failed(client, now);
    }

    /** A successful sign-in clears the name's failures (not the client's: it may be trying many names). */
    public void succeeded(String name) {
        users.clear(name);
    }

    /** Failures of one kind of key within the window, and the lockouts they caused. */
    static final class Counter {

        private final int limit;
        private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > KEPT;
            }
        };

        Counter(int limit) {
            this.limit = limit;
        }

        synchronized Optional<Instant> lockedUntil(String key, Instant now) {
            Entry e = entries.get(key);
            return e == null || e.lockedUntil == null || !now.isBefore(e.lockedUntil) ? Optional.empty() : Optional.of(e.lockedUntil);
        }

        synchronized void failed(String key, Instant now) {
            Entry e = entries.computeIfAbsent(key, k -> new Entry());
            while (!e.failures.isEmpty() && !e.failures.peekFirst().isAfter(now.minus(WINDOW))) {
                e.failures.removeFirst();
            }
            e.failures.addLast(now);
            if (e.failures.size() >= limit) {
                e.lockedUntil = now.plus(LOCKOUT);
                e.failures.clear();
            }
        }

        synchronized void clear(String key) {
            entries.remove(key);
        }
    }

    private static final class Entry {
        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant lockedUntil;
    }
}
