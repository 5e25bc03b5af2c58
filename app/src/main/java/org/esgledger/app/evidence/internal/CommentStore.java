package org.esgledger.app.evidence.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.esgledger.app.evidence.CommentView;
import org.esgledger.app.evidence.Reference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The comment table (V18). */
@Repository
public class CommentStore {

    private static final String COLUMNS = "select " + LinkColumns.SELECT + ", t.id, t.body, t.written_by, t.written_at from comment t";

    private final JdbcClient jdbc;

    public CommentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An id for a comment about to be written (its audit event names it). */
    public long nextId() {
        return jdbc.sql("select nextval(pg_get_serial_sequence('comment', 'id'))").query(Long.class).single();
    }

    public void insert(long id, Reference on, String text, String by, Timestamp at, long auditSeq) {
        LinkColumns.bind(jdbc.sql("""
                        insert into comment (id, subject_kind, fact_id, batch_id, row_no, body, written_by, written_at, audit_seq)
                        values (:id, :kind, :fact, :batch, :row, :body, :by, :at, :seq)"""), on)
                .param("id", id).param("body", text).param("by", by).param("at", at).param("seq", auditSeq).update();
    }

    /** Every comment, or those on one reference, in the order they were written. */
    public List<CommentView> list(Optional<Reference> on) {
        if (on.isEmpty()) {
            return jdbc.sql(COLUMNS + " order by t.id").query(CommentStore::view).list();
        }
        return LinkColumns.bind(jdbc.sql(COLUMNS + LinkColumns.WHERE + " order by t.id"), on.get()).query(CommentStore::view).list();
    }

    /** The comments shown with each fact: on the fact, or on a batch or row it is computed from. */
    public Map<String, List<CommentView>> byFact() {
        Map<String, List<CommentView>> out = new LinkedHashMap<>();
        jdbc.sql("select x.for_fact, " + COLUMNS.substring("select ".length()) + " join (" + LinkColumns.BY_FACT.formatted("comment")
                        + ") x on x.id = t.id order by x.for_fact, t.id")
                .query((ResultSet rs) -> {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(read(rs, 2));
                });
        return out;
    }

    public boolean any() {
        return jdbc.sql("select exists (select 1 from comment)").query(Boolean.class).single();
    }

    private static CommentView view(ResultSet rs, int rowNum) throws SQLException {
        return read(rs, 1);
    }

    private static CommentView read(ResultSet rs, int first) throws SQLException {
        int c = first + 4;
        return new CommentView(rs.getLong(c), LinkColumns.reference(rs, first), rs.getString(c + 1), rs.getString(c + 2),
                rs.getTimestamp(c + 3).toInstant());
    }
}
