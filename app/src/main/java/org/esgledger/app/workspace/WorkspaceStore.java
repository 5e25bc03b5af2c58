package org.esgledger.app.workspace;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.esgledger.app.i18n.AppMessages;
import org.esgledger.engine.i18n.EsgException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whole-workspace operations on the store: its small key/value state, emptying it, and the one
 * check that the production set-up was applied ({@link #requireSetUp()}).
 */
@Service
public class WorkspaceStore {

    /** The state key of the fingerprint of the production set-up last applied (written by the set-up, {@code esg init}, {@code esg demo}). */
    public static final String SETUP_FINGERPRINT = "setup.fingerprint";
    /** The state key of the fingerprint of the demo a workspace holds (written by {@code esg demo} only). */
    public static final String DEMO_FINGERPRINT = "demo.fingerprint";

    private final JdbcClient jdbc;

    WorkspaceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<String> state(String key) {
        return jdbc.sql("select value from workspace_state where key = ?").param(key).query(String.class).optional();
    }

    @Transactional
    public void putState(String key, String value) {
        jdbc.sql("insert into workspace_state (key, value, updated_at) values (?, ?, ?) "
                        + "on conflict (key) do update set value = excluded.value, updated_at = excluded.updated_at")
                .params(key, value, Timestamp.from(Instant.now())).update();
    }

    /**
     * Refuses, in zh and en, to go on in a workspace that holds no set-up (no units, no catalogue):
     * it says to run {@code esg init} or {@code esg demo}. Called by every service that needs the
     * set-up (loading entities or facts, importing a ledger, computing, rendering).
     */
    @Transactional(readOnly = true)
    public void requireSetUp() {
        if (state(SETUP_FINGERPRINT).isEmpty()) {
            throw new EsgException(AppMessages.of("workspace.notSetUp"));
        }
    }

    /**
     * Empties every table of the schema but Flyway's history and the audit trail (append-only: its
     * rows cannot be removed, and the emptying is itself recorded there), in the caller's transaction.
     */
    @Transactional
    public void empty() {
        List<String> tables = jdbc.sql("select tablename from pg_tables where schemaname = current_schema() "
                        + "and tablename not in ('flyway_schema_history', 'audit_event') order by tablename")
                .query(String.class).list();
        if (!tables.isEmpty()) {
            jdbc.sql("truncate table " + String.join(", ", tables.stream().map(t -> "\"" + t + "\"").toList())
                    + " restart identity cascade").update();
        }
    }
}
