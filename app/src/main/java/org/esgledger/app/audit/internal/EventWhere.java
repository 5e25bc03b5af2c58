package org.esgledger.app.audit.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.esgledger.app.audit.AuditFilter;

/** The where clause of an audit log filter, with its parameters (never the filter's text in the SQL). */
record EventWhere(String sql, List<Object> params) {

    static EventWhere of(AuditFilter f, Optional<Long> before) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        f.user().ifPresent(u -> add(where, params, " and actor = ?", u));
        f.action().ifPresent(a -> add(where, params, " and action = ?", a));
        f.subject().ifPresent(s -> add(where, params, " and (subject_id = ? or subject_kind || ' ' || subject_id = ?)", s, s));
        f.entity().ifPresent(e -> add(where, params, " and (? = any(entities) or (subject_kind = 'entity' and subject_id = ?))", e, e));
        f.firstDay().ifPresent(d -> add(where, params, " and at >= ?", Timestamp.from(d.atStartOfDay(AuditFilter.zone()).toInstant())));
        f.lastDay().ifPresent(d -> add(where, params, " and at < ?",
                Timestamp.from(d.plusDays(1).atStartOfDay(AuditFilter.zone()).toInstant())));
        before.ifPresent(b -> add(where, params, " and seq < ?", b));
        return new EventWhere(where.toString(), List.copyOf(params));
    }

    private static void add(StringBuilder where, List<Object> params, String clause, Object... values) {
        where.append(clause);
        params.addAll(List.of(values));
    }
}
