package org.esgledger.app.ledger.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.ledger.BatchView;
import org.esgledger.app.ledger.LedgerCoverage;
import org.esgledger.app.ledger.Rejection;
import org.esgledger.engine.fact.FactStatus;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.ledger.LedgerRowException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Ledger batches and their rejected rows. */
@Repository
public class BatchStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public BatchStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** An earlier batch of the same kind and the same file (same SHA-256 or same name) that is still in force. */
    public record Earlier(long id, String fileName, String sha256, Instant loadedAt) {
    }

    public List<Earlier> activeSameFile(String kind, String fileName, String sha256) {
        return jdbc.sql("select id, file_name, sha256, loaded_at from ledger_batch where kind = ? and superseded_by is null "
                        + "and (sha256 = ? or file_name = ?) order by id")
                .params(kind, sha256, fileName)
                .query((rs, n) -> new Earlier(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** A batch by id: its file and when it was imported. */
    public Earlier batch(long id) {
        return jdbc.sql("select id, file_name, sha256, loaded_at from ledger_batch where id = ?").param(id)
                .query((rs, n) -> new Earlier(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
                .single();
    }

    /**
     * A ledger row whose figures cannot be computed, told the way import problems are: the file, its
     * batch, the row and the column, in zh and en. The whole import is refused with it.
     */
    public EsgException rowProblem(LedgerRowException e) {
        String file = jdbc.sql("select file_name from ledger_batch where id = ?").param(e.batch()).query(String.class).optional()
                .orElse("?");
        return new EsgException(AppMessages.of("ghg.row", file, String.valueOf(e.batch()), String.valueOf(e.row()), e.column(),
                e.problem().en(), e.problem().zh()), e);
    }

    public long create(String kind, String fileName, String sha256, String encoding, String importerVersion, String by,
                       Instant at, int accepted, int rejected, int skipped) {
        return jdbc.sql("""
                insert into ledger_batch (kind, file_name, sha256, encoding, importer_version, loaded_by, loaded_at,
                                          rows_accepted, rows_rejected, rows_skipped)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(kind, fileName, sha256, encoding, importerVersion, by, Timestamp.from(at), accepted, rejected, skipped)
                .query(Long.class).single();
    }

    /** The row counts of a batch, known once its file has been read to the end. */
    public void counts(long batch, int accepted, int rejected, int skipped) {
        jdbc.sql("update ledger_batch set rows_accepted = ?, rows_rejected = ?, rows_skipped = ? where id = ?")
                .params(accepted, rejected, skipped, batch).update();
    }

    public void supersede(long old, long by, String reason) {
        jdbc.sql("update ledger_batch set superseded_by = ?, reason = ? where id = ?").params(by, reason, old).update();
    }

    public void saveRejections(long batch, List<Rejection> rejections) {
        template.batchUpdate("insert into ledger_rejection (batch_id, row_no, col, reason_zh, reason_en, raw) values (?, ?, ?, ?, ?, ?)",
                rejections, 500, (ps, r) -> {
                    ps.setLong(1, batch);
                    ps.setInt(2, r.row());
                    ps.setString(3, r.column());
                    ps.setString(4, r.reason().zh());
                    ps.setString(5, r.reason().en());
                    ps.setString(6, r.raw());
                });
    }

    private static final String BATCH_VIEW = "select id, kind, file_name, sha256, encoding, loaded_by, loaded_at, rows_accepted, "
            + "rows_rejected, rows_skipped, status, superseded_by, reason from ledger_batch";

    /** Every batch, in force or superseded, newest first. */
    public List<BatchView> views() {
        return jdbc.sql(BATCH_VIEW + " order by id desc").query(BatchStore::view).list();
    }

    public Optional<BatchView> view(long id) {
        return jdbc.sql(BATCH_VIEW + " where id = ?").param(id).query(BatchStore::view).optional();
    }

    private static BatchView view(ResultSet rs, int n) throws SQLException {
        Optional<Long> by = Optional.ofNullable(rs.getObject(12, Long.class));
        return new BatchView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getTimestamp(7).toInstant(), rs.getInt(8), rs.getInt(9), rs.getInt(10), FactStatus.parse(rs.getString(11)),
                by, rs.getString(13));
    }

    /** The rejected rows of a batch, as its import kept them, in row order. */
    public List<Rejection> rejections(long batch) {
        return jdbc.sql("select row_no, col, reason_zh, reason_en, raw from ledger_rejection where batch_id = ? order by row_no, col")
                .param(batch)
                .query((rs, n) -> new Rejection(rs.getInt(1), rs.getString(2), new Bilingual(rs.getString(3), rs.getString(4)),
                        rs.getString(5)))
                .list();
    }

    public List<Long> active(String kind) {
        return jdbc.sql("select id from ledger_batch where kind = ? and superseded_by is null order by id").param(kind)
                .query(Long.class).list();
    }

    /** Batches not superseded, as {@code id|kind|file|sha256|accepted} lines, by id. */
    public List<String> activeLines() {
        return jdbc.sql("""
                select id || '|' || kind || '|' || file_name || '|' || sha256 || '|' || rows_accepted from ledger_batch
                where superseded_by is null order by id""").query(String.class).list();
    }

    /** Per kind, the batches in force and the rows they accepted. */
    public List<LedgerCoverage> coverage() {
        Map<String, Map<Integer, LedgerCoverage.Year>> years = new TreeMap<>();
        jdbc.sql("""
                select b.kind, p.fiscal_year, count(distinct b.id), count(distinct (s.batch_id, s.row_no))
                from fact_source_row s
                join ledger_batch b on b.id = s.batch_id and b.superseded_by is null
                join fact f on f.id = s.fact_id
                join period p on p.code = f.period_code
                group by b.kind, p.fiscal_year""")
                .query((ResultSet rs) -> {
                    years.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                            .put(rs.getInt(2), new LedgerCoverage.Year(rs.getInt(3), rs.getLong(4)));
                });
        return jdbc.sql("""
                select kind, count(*), coalesce(sum(rows_accepted), 0) from ledger_batch where superseded_by is null
                group by kind order by kind""")
                .query((rs, n) -> new LedgerCoverage(rs.getString(1), rs.getInt(2), rs.getLong(3),
                        years.getOrDefault(rs.getString(1), Map.of())))
                .list();
    }
}
