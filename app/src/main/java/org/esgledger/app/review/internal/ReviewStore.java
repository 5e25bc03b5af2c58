package org.esgledger.app.review.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.esgledger.app.review.Selection;
import org.esgledger.engine.catalogue.Codes;
import org.esgledger.engine.fact.FactStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The review columns of the fact and ledger_batch tables (V16): reads the targets of a selection, writes a step's outcome. */
@Repository
public class ReviewStore {

    private static final String FACTS = """
            select f.id, f.status, f.entity_code, f.entered_by,
                   case when f.origin <> 'computed' then 0
                        else (select count(distinct b.id) from fact_source_row r join ledger_batch b on b.id = r.batch_id
                              where r.fact_id = f.id and b.status not in ('approved', 'locked')) end as unapproved
            from fact f join period p on p.code = f.period_code
            """;

    private final JdbcClient jdbc;

    public ReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Target> fact(String id) {
        return jdbc.sql(FACTS + " where f.id = ?").param(id).query(ReviewStore::fact).list();
    }

    /** The facts a filter selects that are in one of the statuses {@code from}, in id order. */
    public List<Target> facts(Selection.Filter f, Set<FactStatus> from) {
        return jdbc.sql(FACTS + """
                 where (:entity::text is null or lower(f.entity_code) = lower(:entity::text))
                   and (:indicator::text is null or f.indicator_code = :indicator::text)
                   and (:year::int is null or p.fiscal_year = :year::int)
                   and f.status = any(:from::text[])
                 order by f.id""")
                .param("entity", f.entity().orElse(null)).param("indicator", f.indicator().orElse(null))
                .param("year", f.year().orElse(null)).param("from", codes(from))
                .query(ReviewStore::fact).list();
    }

    public List<Target> batch(long id) {
        return jdbc.sql("select id, status, kind, loaded_by from ledger_batch where id = ?").param(id)
                .query((rs, n) -> new Target(Target.Kind.BATCH, Long.toString(rs.getLong(1)), FactStatus.parse(rs.getString(2)),
                        rs.getString(3), rs.getString(4), 0))
                .list();
    }

    /** Writes a step's outcome on a fact or a batch: status, who and when, the rejection's reason, and whether the entrant approved. */
    public void write(Target t, FactStatus to, String by, Instant at, String rejection, boolean byEntrant) {
        String table = t.kind() == Target.Kind.FACT ? "fact" : "ledger_batch";
        String approvedBy = t.kind() == Target.Kind.FACT ? ", approved_by = :approvedBy" : "";
        jdbc.sql("update " + table + " set status = :status, reviewed_by = :by, reviewed_at = :at, rejection_reason = :rejection, "
                        + "approved_by_entrant = :byEntrant" + approvedBy + " where id = :id"
                        + (t.kind() == Target.Kind.FACT ? "" : "::bigint"))
                .param("status", Codes.code(to)).param("by", by).param("at", Timestamp.from(at)).param("rejection", rejection)
                .param("byEntrant", byEntrant).param("approvedBy", to == FactStatus.APPROVED ? by : null, Types.VARCHAR)
                .param("id", t.id())
                .update();
    }

    private static Target fact(ResultSet rs, int n) throws SQLException {
        return new Target(Target.Kind.FACT, rs.getString(1), FactStatus.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getInt(5));
    }

    private static String codes(Set<FactStatus> statuses) {
        return "{" + String.join(",", statuses.stream().map(Codes::code).toList()) + "}";
    }
}
