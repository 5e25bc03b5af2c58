package org.esgledger.app.workspace;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Whole-workspace operations on the store: its small key/value state, and emptying it. */
@Service
public class WorkspaceStore {

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
