package org.esgledger.app.audit.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.esgledger.app.audit.AuditEvent;
import org.esgledger.app.audit.AuditFilter;
import org.esgledger.app.audit.AuditQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit_event table: appends (one at a time, chained), and reads. It never updates or deletes: its role may not. */
@Repository
public class AuditStore {

    /** The advisory lock that serialises appends, so that two transactions never chain onto the same event. */
    static final long APPEND_LOCK = 0x4553_4741_5544_4954L;
    private static final String COLUMNS = "seq, at, actor, action, subject_kind, subject_id, entities, reason, before, after, prev_hash, hash";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AuditStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The head of the chain (seq 0 and the genesis hash when empty). */
    public record Head(long seq, String hash) {
    }

    /** Takes the append lock until the caller's transaction ends, and reads the head. */
    public Head lockHead() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(APPEND_LOCK).query((ResultSet rs) -> { });
        return head();
    }

    /** The head as committed now (no lock: a read). */
    public Head head() {
        return jdbc.sql("select seq, hash from audit_event order by seq desc limit 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).optional()
                .orElse(new Head(0, EventContent.GENESIS));
    }

    public void insert(EventContent e, String prevHash, String hash) {
        jdbc.sql("insert into audit_event (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?)")
                .params(e.seq(), Timestamp.from(e.at()), e.actor(), e.action(), e.subjectKind(), e.subjectId(),
                        textArray(e.entities()), e.reason(), e.before(), e.after(), prevHash, hash)
                .update();
    }

    private static String textArray(List<String> values) {
        StringBuilder s = new StringBuilder("{");
        for (String v : values) {
            s.append(s.length() > 1 ? "," : "").append('"').append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return s.append('}').toString();
    }

    public List<AuditEvent> list(AuditQuery q) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where true");
        q.since().ifPresent(s -> {
            where.append(" and at >= ?");
            params.add(Timestamp.from(s));
        });
        q.entity().ifPresent(e -> {
            where.append(" and (? = any(entities) or (subject_kind = 'entity' and subject_id = ?))");
            params.add(e);
            params.add(e);
        });
        q.actor().ifPresent(a -> {
            where.append(" and actor = ?");
            params.add(a);
        });
        return jdbc.sql("select " + COLUMNS + " from audit_event" + where + " order by seq").params(params)
                .query((rs, n) -> event(rs)).list();
    }

    /** The last {@code limit} events, newest first; with {@code actor}, that user's only. */
    public List<AuditEvent> latest(Optional<String> actor, int limit) {
        return jdbc.sql("select " + COLUMNS + " from audit_event where (?::text is null or actor = ?::text) order by seq desc limit ?")
                .params(actor.orElse(null), actor.orElse(null), limit).query((rs, n) -> event(rs)).list();
    }

    /** Every event in seq order, streamed. */
    public void forEach(Consumer<AuditEvent> each) {
        forEach(AuditFilter.ALL, each);
    }

    /** The events a filter selects, in seq order, streamed. */
    public void forEach(AuditFilter filter, Consumer<AuditEvent> each) {
        EventWhere where = EventWhere.of(filter, Optional.empty());
        template.query(con -> {
            var ps = con.prepareStatement("select " + COLUMNS + " from audit_event" + where.sql() + " order by seq");
            for (int i = 0; i < where.params().size(); i++) {
                ps.setObject(i + 1, where.params().get(i));
            }
            ps.setFetchSize(1000);
            return ps;
        }, (ResultSet rs) -> {
            each.accept(event(rs));
        });
    }

    /** At most {@code limit} events a filter selects before a seq, newest first. */
    public List<AuditEvent> page(AuditFilter filter, Optional<Long> before, int limit) {
        EventWhere where = EventWhere.of(filter, before);
        return jdbc.sql("select " + COLUMNS + " from audit_event" + where.sql() + " order by seq desc limit " + limit).params(where.params())
                .query((rs, n) -> event(rs)).list();
    }

    private static AuditEvent event(ResultSet rs) throws SQLException {
        Array entities = rs.getArray("entities");
        return new AuditEvent(rs.getLong("seq"), rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("action"),
                rs.getString("subject_kind"), rs.getString("subject_id"), Arrays.asList((String[]) entities.getArray()),
                rs.getString("reason"), rs.getString("before"), rs.getString("after"), rs.getString("prev_hash"), rs.getString("hash"));
    }
}
