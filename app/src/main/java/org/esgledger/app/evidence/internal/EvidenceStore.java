package org.esgledger.app.evidence.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.esgledger.app.evidence.EvidenceView;
import org.esgledger.app.evidence.Reference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The evidence and evidence_chunk tables (V18): a file's description in one row, its bytes in chunks of {@link ContentCopy#CHUNK}. */
@Repository
public class EvidenceStore {

    private static final String COLUMNS = "select " + LinkColumns.SELECT
            + ", t.id, t.file_name, t.media_type, t.size_bytes, t.sha256, t.note, t.attached_by, t.attached_at from evidence t";

    private final JdbcClient jdbc;

    public EvidenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An id for a file about to be attached (its chunks are written before its row). */
    public long nextId() {
        return jdbc.sql("select nextval(pg_get_serial_sequence('evidence', 'id'))").query(Long.class).single();
    }

    public void chunk(long evidence, int chunkNo, byte[] bytes) {
        jdbc.sql("insert into evidence_chunk (evidence_id, chunk_no, bytes) values (?, ?, ?)").params(evidence, chunkNo, bytes).update();
    }

    public void insert(EvidenceView e, long auditSeq) {
        LinkColumns.bind(jdbc.sql("""
                        insert into evidence (id, subject_kind, fact_id, batch_id, row_no, file_name, media_type, size_bytes, sha256, note,
                                              attached_by, attached_at, audit_seq)
                        values (:id, :kind, :fact, :batch, :row, :name, :type, :size, :sha256, :note, :by, :at, :seq)"""), e.on())
                .param("id", e.id()).param("name", e.fileName()).param("type", e.mediaType()).param("size", e.size())
                .param("sha256", e.sha256()).param("note", e.note()).param("by", e.by()).param("at", Timestamp.from(e.at()))
                .param("seq", auditSeq).update();
    }

    public Optional<EvidenceView> find(long id) {
        return jdbc.sql(COLUMNS + " where t.id = ?").param(id).query(EvidenceStore::view).optional();
    }

    /** Hands the chunks of a file over one at a time, in order: one chunk in memory, whatever the file's size. */
    public void chunks(long evidence, Consumer<byte[]> each) {
        int next = 0;
        while (true) {
            Optional<byte[]> chunk = jdbc.sql("select bytes from evidence_chunk where evidence_id = ? and chunk_no = ?").params(evidence, next)
                    .query(byte[].class).optional();
            if (chunk.isEmpty()) {
                return;
            }
            each.accept(chunk.get());
            next++;
        }
    }

    /** Every file attached, or those linked to one reference, in the order they were attached. */
    public List<EvidenceView> list(Optional<Reference> on) {
        if (on.isEmpty()) {
            return jdbc.sql(COLUMNS + " order by t.id").query(EvidenceStore::view).list();
        }
        return LinkColumns.bind(jdbc.sql(COLUMNS + LinkColumns.WHERE + " order by t.id"), on.get()).query(EvidenceStore::view).list();
    }

    /** The files shown with each fact: on the fact, or on a batch or row it is computed from. */
    public Map<String, List<EvidenceView>> byFact() {
        Map<String, List<EvidenceView>> out = new LinkedHashMap<>();
        jdbc.sql("select x.for_fact, " + COLUMNS.substring("select ".length()) + " join (" + LinkColumns.BY_FACT.formatted("evidence")
                        + ") x on x.id = t.id order by x.for_fact, t.id")
                .query((ResultSet rs) -> {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(read(rs, 2));
                });
        return out;
    }

    public boolean any() {
        return jdbc.sql("select exists (select 1 from evidence)").query(Boolean.class).single();
    }

    private static EvidenceView view(ResultSet rs, int rowNum) throws SQLException {
        return read(rs, 1);
    }

    /** The columns of {@link #COLUMNS} from column {@code first} on. */
    private static EvidenceView read(ResultSet rs, int first) throws SQLException {
        int c = first + 4;
        return new EvidenceView(rs.getLong(c), LinkColumns.reference(rs, first), rs.getString(c + 1), rs.getString(c + 2), rs.getLong(c + 3),
                rs.getString(c + 4), rs.getString(c + 5), rs.getString(c + 6), rs.getTimestamp(c + 7).toInstant());
    }
}
