package org.esgledger.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.esgledger.app.StoreTest;
import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.audit.internal.ChainCheck;
import org.esgledger.app.audit.internal.EventContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit trail on the real store: appends chain, verify finds each kind of tampering, the application's role cannot rewrite it. */
@StoreTest
class AuditTrailTest {

    private static final Actor TESTER = Actor.user("chain.tester", Set.of(Role.MANAGER), Scope.NONE);

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    Changes changes;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void demo() {
        workspaces.demo();
    }

    @AfterEach
    void revokeAgain() {
        jdbc.sql("revoke update, delete on audit_event from current_user").update();
    }

    private long record(String what) {
        return new TransactionTemplate(transactions).execute(s -> changes.record(TESTER, Action.FACT_EDIT, Subject.of("fact", what),
                List.of("group"), Map.of("value", "1"), Map.of("value", "2"), "test " + what));
    }

    private boolean superuser() {
        return jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single();
    }

    @Test
    void eventsChainAndVerify() {
        long first = record("a");
        long second = record("b");
        assertThat(second).isEqualTo(first + 1);
        List<AuditEvent> events = changes.events(new AuditQuery(Optional.empty(), Optional.empty(),
                Optional.of("chain.tester")));
        AuditEvent a = events.stream().filter(e -> e.seq() == first).findFirst().orElseThrow();
        AuditEvent b = events.stream().filter(e -> e.seq() == second).findFirst().orElseThrow();
        assertThat(b.prevHash()).isEqualTo(a.hash());
        assertThat(b.hash()).isEqualTo(ChainCheck.content(b).hash(a.hash())).hasSize(64);
        assertThat(a.after()).isEqualTo("{\"value\":\"2\"}");
        assertThat(a.entities()).containsExactly("group");
        ChainVerdict verdict = changes.verify();
        assertThat(verdict).isInstanceOf(ChainVerdict.Intact.class);
        assertThat(((ChainVerdict.Intact) verdict).head()).isEqualTo(last().hash());
        assertThat(changes.events(AuditQuery.ALL).get(0).prevHash()).isEqualTo(EventContent.GENESIS);
    }

    @Test
    void theApplicationsRoleCannotUpdateOrDeleteEvents() {
        assumeFalse(superuser(), "a superuser bypasses grants (docs/audit.md)");
        record("grants");
        for (String sql : List.of("update audit_event set reason = 'rewritten'", "delete from audit_event", "truncate audit_event")) {
            Throwable t = catchThrowable(() -> jdbc.sql(sql).update());
            assertThat(t).as(sql).isNotNull();
            assertThat(sqlState(t)).as(sql).isEqualTo("42501");
        }
        assertThat(changes.verify()).isInstanceOf(ChainVerdict.Intact.class);
    }

    private static String sqlState(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException e) {
                return e.getSQLState();
            }
        }
        return "";
    }

    @Test
    void verifyNamesTheFirstEventChangedRemovedOrInserted() {
        long k = record("x");
        record("y");
        long last = record("z");
        // the owner can grant itself the rights back (a documented limit): a tamperer with the application's password would
        jdbc.sql("grant update, delete on audit_event to current_user").update();

        jdbc.sql("update audit_event set reason = 'nothing happened' where seq = ?").param(k).update();
        assertThat(changes.verify()).extracting(v -> ((ChainVerdict.Broken) v).seq(), v -> ((ChainVerdict.Broken) v).breach())
                .containsExactly(k, ChainVerdict.Breach.CONTENT_CHANGED);
        jdbc.sql("update audit_event set reason = 'test x' where seq = ?").param(k).update();
        assertThat(changes.verify()).isInstanceOf(ChainVerdict.Intact.class);

        AuditEvent removed = event(k + 1);
        jdbc.sql("delete from audit_event where seq = ?").param(k + 1).update();
        assertThat(changes.verify()).extracting(v -> ((ChainVerdict.Broken) v).seq(), v -> ((ChainVerdict.Broken) v).breach())
                .containsExactly(k + 1, ChainVerdict.Breach.EVENT_MISSING);
        reinsert(removed);
        assertThat(changes.verify()).isInstanceOf(ChainVerdict.Intact.class);

        // an event put in before the last one: the last moves up a seq, the forged one takes its place, hashed like a real one
        AuditEvent moved = event(last);
        AuditEvent before = event(last - 1);
        jdbc.sql("update audit_event set seq = seq + 1 where seq = ?").param(last).update();
        EventContent forged = new EventContent(last, moved.at(), "mallory", "fact_edit", "fact", "forged", List.of(), "", "{}", "{}");
        reinsert(new AuditEvent(last, forged.at(), forged.actor(), forged.action(), forged.subjectKind(), forged.subjectId(), List.of(), "",
                "{}", "{}", before.hash(), forged.hash(before.hash())));
        assertThat(changes.verify()).extracting(v -> ((ChainVerdict.Broken) v).seq(), v -> ((ChainVerdict.Broken) v).breach())
                .containsExactly(last, ChainVerdict.Breach.EVENT_INSERTED);
        jdbc.sql("delete from audit_event where seq = ?").param(last).update();
        jdbc.sql("update audit_event set seq = seq - 1 where seq = ?").param(last + 1).update();
        assertThat(changes.verify()).isInstanceOf(ChainVerdict.Intact.class);
    }

    private AuditEvent event(long seq) {
        return changes.events(AuditQuery.ALL).stream().filter(e -> e.seq() == seq).findFirst().orElseThrow();
    }

    private AuditEvent last() {
        List<AuditEvent> all = changes.events(AuditQuery.ALL);
        return all.get(all.size() - 1);
    }

    private void reinsert(AuditEvent e) {
        jdbc.sql("insert into audit_event (seq, at, actor, action, subject_kind, subject_id, entities, reason, before, after, prev_hash, hash) "
                        + "values (?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?)")
                .params(e.seq(), Timestamp.from(e.at()), e.actor(), e.action(), e.subjectKind(), e.subjectId(),
                        "{" + String.join(",", e.entities()) + "}", e.reason(), e.before(), e.after(), e.prevHash(), e.hash())
                .update();
    }
}
