package org.esgledger.app.user.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The throttling rules on instants given, not on the clock: when a name or a client is locked out, and for how long. */
class FailedSignInsTest {

    private static final Instant T = Instant.parse("2026-12-02T08:00:00Z");

    private final FailedSignIns failures = new FailedSignIns();

    @Test
    void theFifthFailureOfANameWithinTheWindowLocksItOutForTheLockoutOnly() {
        for (int i = 0; i < FailedSignIns.USER_LIMIT - 1; i++) {
            failures.failed("li.na", "client-" + i, T.plusSeconds(i));
        }
        assertThat(failures.userLockedUntil("li.na", T.plusSeconds(10))).isEmpty();
        Instant fifth = T.plusSeconds(20);
        failures.failed("li.na", "client-x", fifth);
        assertThat(failures.userLockedUntil("li.na", fifth)).contains(fifth.plus(FailedSignIns.LOCKOUT));
        assertThat(failures.userLockedUntil("li.na", fifth.plus(FailedSignIns.LOCKOUT).minusSeconds(1))).isPresent();
        assertThat(failures.userLockedUntil("li.na", fifth.plus(FailedSignIns.LOCKOUT))).isEmpty();
        assertThat(failures.userLockedUntil("wang.wei", fifth)).as("other names are not affected").isEmpty();
        failures.failed("li.na", "client-x", fifth.plus(FailedSignIns.LOCKOUT));
        assertThat(failures.userLockedUntil("li.na", fifth.plus(FailedSignIns.LOCKOUT))).as("a lockout starts the count afresh").isEmpty();
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        for (int i = 0; i < FailedSignIns.USER_LIMIT - 1; i++) {
            failures.failed("zhao.lei", "c", T.plusSeconds(i));
        }
        Instant later = T.plus(FailedSignIns.WINDOW).plusSeconds(10);
        failures.failed("zhao.lei", "c", later);
        assertThat(failures.userLockedUntil("zhao.lei", later)).isEmpty();
    }

    @Test
    void aSuccessClearsTheNameButNotTheClient() {
        for (int i = 0; i < FailedSignIns.CLIENT_LIMIT - 1; i++) {
            failures.failed(i % 2 == 0 ? "sun.li" : "guess" + i, "10.0.0.9", T.plusSeconds(i));
        }
        failures.succeeded("sun.li");
        Instant next = T.plusSeconds(FailedSignIns.CLIENT_LIMIT);
        failures.failed("sun.li", "10.0.0.9", next);
        assertThat(failures.userLockedUntil("sun.li", next)).isEmpty();
        assertThat(failures.clientLockedUntil("10.0.0.9", next)).contains(next.plus(FailedSignIns.LOCKOUT));
        assertThat(failures.clientLockedUntil("10.0.0.8", next)).isEmpty();
    }

    @Test
    void atMostTheKeptNumberOfNamesIsRememberedTheOldestForgottenFirst() {
        failures.failed("first", "c", T);
        for (int i = 0; i < FailedSignIns.KEPT; i++) {
            failures.failed("name" + i, "c" + i, T.plus(Duration.ofMillis(i)));
        }
        for (int i = 1; i < FailedSignIns.USER_LIMIT; i++) {
            failures.failed("first", "c", T.plusSeconds(60 + i));
        }
        assertThat(failures.userLockedUntil("first", T.plusSeconds(70))).as("its first failure was forgotten").isEmpty();
    }
}
