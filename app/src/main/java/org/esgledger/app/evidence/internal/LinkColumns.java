package org.esgledger.app.evidence.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

import org.esgledger.app.evidence.Reference;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The link columns the evidence and comment tables share: {@code subject_kind}, {@code fact_id}, {@code batch_id},
 * {@code row_no} (exactly one of a fact, a batch, a row); and the query that puts each link under the facts it concerns.
 */
final class LinkColumns {

    /** Selected as the first four columns. */
    static final String SELECT = "t.subject_kind, t.fact_id, t.batch_id, t.row_no";

    /**
     * The ids of table {@code %1$s} (evidence or comment) with the fact each is shown with: its own fact, or every fact computed
     * from rows of its batch (or from its row).
     */
    static final String BY_FACT = """
            select t.id, t.fact_id as for_fact from %1$s t where t.subject_kind = 'fact'
            union
            select t.id, r.fact_id from %1$s t join fact_source_row r on r.batch_id = t.batch_id and (t.row_no is null or r.row_no = t.row_no)
            where t.subject_kind in ('batch', 'row')""";

    /** The rows linked to this reference (with the table aliased {@code t}). */
    static final String WHERE = " where t.subject_kind = :kind and (t.fact_id = :fact::text"
            + " or t.batch_id = :batch::bigint and t.row_no is not distinct from :row::integer)";

    private LinkColumns() {
    }

    static Reference reference(ResultSet rs, int first) throws SQLException {
        String kind = rs.getString(first);
        if ("fact".equals(kind)) {
            return new Reference.Fact(rs.getString(first + 1));
        }
        long batch = rs.getLong(first + 2);
        return "batch".equals(kind) ? new Reference.Batch(batch) : new Reference.Row(batch, rs.getInt(first + 3));
    }

    /** Binds {@code :kind, :fact, :batch, :row} for an insert or for {@link #WHERE}. */
    static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Reference on) {
        String fact = on instanceof Reference.Fact f ? f.id() : null;
        Long batch = on instanceof Reference.Batch b ? Long.valueOf(b.id()) : on instanceof Reference.Row w ? Long.valueOf(w.batch()) : null;
        Integer row = on instanceof Reference.Row w ? Integer.valueOf(w.row()) : null;
        return spec.param("kind", on.kind()).param("fact", fact, Types.VARCHAR).param("batch", batch, Types.BIGINT)
                .param("row", row, Types.INTEGER);
    }
}
