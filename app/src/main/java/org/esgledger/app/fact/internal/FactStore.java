package org.esgledger.app.fact.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.esgledger.engine.fact.ComputedFact;
import org.esgledger.app.fact.FactView;
import org.esgledger.engine.catalogue.Codes;
import org.esgledger.engine.fact.FactValue;
import org.esgledger.engine.fact.Origin;
import org.esgledger.engine.i18n.Bilingual;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The fact, fact_member and source_file tables. */
@Repository
public class FactStore {

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate template;

    public FactStore(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public long saveSourceFile(String kind, String name, String sha256, int rows, String by, Instant at) {
        return jdbc.sql("insert into source_file (kind, name, sha256, rows, loaded_by, loaded_at) values (?, ?, ?, ?, ?, ?) returning id")
                .params(kind, name, sha256, rows, by, Timestamp.from(at))
                .query(Long.class).single();
    }

    /** The status of a stored fact, if there is one. */
    public Optional<String> status(String factId) {
        return jdbc.sql("select status from fact where id = ?").param(factId).query(String.class).optional();
    }

    /** Inserts or replaces a fact; returns true if it was new. */
    public boolean save(FactFile.Entry e, Origin origin, long sourceFileId, String by, Instant at) {
        boolean exists = status(e.key().id()).isPresent();
        FactValue v = e.value();
        Object number = v instanceof FactValue.Amount a ? a.quantity().value() : null;
        String text = v instanceof FactValue.Amount ? null : v.plain();
        String unit = v instanceof FactValue.Amount a ? a.quantity().unit().code() : null;
        String approvedBy = switch (e.status()) {
            case APPROVED, LOCKED -> by;
            default -> null;
        };
        jdbc.sql("""
                insert into fact (id, indicator_code, entity_code, period_code, breakdown, nature, value_number, value_text,
                                  unit_code, status, origin, source_file_id, source_row, source, entered_by, entered_at,
                                  approved_by, note)
                values (:id, :indicator, :entity, :period, :breakdown, :nature, :number, :text, :unit, :status, :origin,
                        :file, :row, :source, :by, :at, :approvedBy, :note)
                on conflict (id) do update set value_number = excluded.value_number, value_text = excluded.value_text,
                    unit_code = excluded.unit_code, status = excluded.status, origin = excluded.origin,
                    source_file_id = excluded.source_file_id, source_row = excluded.source_row, source = excluded.source,
                    entered_by = excluded.entered_by, entered_at = excluded.entered_at, approved_by = excluded.approved_by,
                    note = excluded.note, not_available_zh = null, not_available_en = null
                """)
                .param("id", e.key().id()).param("indicator", e.key().indicator()).param("entity", e.key().entity())
                .param("period", e.key().period().code()).param("breakdown", e.key().breakdown().code())
                .param("nature", Codes.code(e.key().nature())).param("number", number).param("text", text)
                .param("unit", unit).param("status", Codes.code(e.status())).param("origin", Codes.code(origin))
                .param("file", sourceFileId).param("row", e.line()).param("source", e.source())
                .param("by", by).param("at", Timestamp.from(at)).param("approvedBy", approvedBy).param("note", e.note())
                .update();
        jdbc.sql("delete from fact_member where fact_id = ?").param(e.key().id()).update();
        e.key().breakdown().members().forEach((dimension, member) ->
                jdbc.sql("insert into fact_member (fact_id, dimension_code, member_code) values (?, ?, ?)")
                        .params(e.key().id(), dimension, member).update());
        return !exists;
    }

    /**
     * Inserts or replaces a computed fact and the ledger rows it counts; a fact that cannot be
     * computed is stored without a value, with its unit and the reason in zh and en.
     */
    public void saveComputed(org.esgledger.engine.fact.ComputedFact c, String by, Instant at) {
        var key = c.key();
        jdbc.sql("""
                insert into fact (id, indicator_code, entity_code, period_code, breakdown, nature, value_number, value_text,
                                  unit_code, status, origin, source_file_id, source_row, source, entered_by, entered_at,
                                  approved_by, note, not_available_zh, not_available_en)
                values (:id, :indicator, :entity, :period, :breakdown, :nature, :number, null, :unit, 'draft', 'computed',
                        null, 0, :source, :by, :at, null, '', :naZh, :naEn)
                on conflict (id) do update set value_number = excluded.value_number, value_text = null,
                    unit_code = excluded.unit_code, status = 'draft', origin = 'computed', source_file_id = null,
                    source_row = 0, source = excluded.source, entered_by = excluded.entered_by,
                    entered_at = excluded.entered_at, approved_by = null, note = '',
                    not_available_zh = excluded.not_available_zh, not_available_en = excluded.not_available_en
                """)
                .param("id", key.id()).param("indicator", key.indicator()).param("entity", key.entity())
                .param("period", key.period().code()).param("breakdown", key.breakdown().code())
                .param("nature", Codes.code(key.nature())).param("number", c.value(), java.sql.Types.NUMERIC).param("unit", c.unit())
                .param("source", c.source()).param("by", by).param("at", Timestamp.from(at))
                .param("naZh", c.notAvailable().map(Bilingual::zh).orElse(null), java.sql.Types.VARCHAR)
                .param("naEn", c.notAvailable().map(Bilingual::en).orElse(null), java.sql.Types.VARCHAR)
                .update();
        jdbc.sql("delete from fact_member where fact_id = ?").param(key.id()).update();
        key.breakdown().members().forEach((dimension, member) ->
                jdbc.sql("insert into fact_member (fact_id, dimension_code, member_code) values (?, ?, ?)")
                        .params(key.id(), dimension, member).update());
        jdbc.sql("delete from fact_source_row where fact_id = ?").param(key.id()).update();
        template.batchUpdate("insert into fact_source_row (fact_id, batch_id, row_no) values (?, ?, ?)", c.rows(), 2000,
                (ps, r) -> {
                    ps.setString(1, key.id());
                    ps.setLong(2, r.batch());
                    ps.setInt(3, r.row());
                });
    }

    /** Stores a report's printed figures (replacing what was recorded for that report and key). */
    public void publish(String report, List<FactFile.Entry> entries) {
        template.batchUpdate("""
                insert into published_figure (report, fact_id, indicator_code, entity_code, period_code, breakdown, nature,
                                              value_number, value_text, unit_code, source, note)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (report, fact_id) do update set value_number = excluded.value_number,
                    value_text = excluded.value_text, unit_code = excluded.unit_code, source = excluded.source,
                    note = excluded.note""", entries, 500, (ps, e) -> {
                    FactValue v = e.value();
                    ps.setString(1, report);
                    ps.setString(2, e.key().id());
                    ps.setString(3, e.key().indicator());
                    ps.setString(4, e.key().entity());
                    ps.setString(5, e.key().period().code());
                    ps.setString(6, e.key().breakdown().code());
                    ps.setString(7, Codes.code(e.key().nature()));
                    ps.setBigDecimal(8, v instanceof FactValue.Amount a ? a.quantity().value() : null);
                    ps.setString(9, v instanceof FactValue.Amount ? null : v.plain());
                    ps.setString(10, v instanceof FactValue.Amount a ? a.quantity().unit().code() : null);
                    ps.setString(11, e.source());
                    ps.setString(12, e.note());
                });
    }

    public long published(String report) {
        return jdbc.sql("select count(*) from published_figure where report = ?").param(report).query(Long.class).single();
    }

    /** A report's published figures in report order, shaped like facts (status and origin {@code published}). */
    public List<FactView> listPublished(String report, Optional<Integer> fiscalYear) {
        return jdbc.sql("""
                select f.fact_id, f.indicator_code, i.name_zh, i.name_en, f.entity_code, e.name_zh, e.name_en, f.period_code,
                       p.fiscal_year, f.breakdown, f.nature, coalesce(f.value_number::text, f.value_text), f.unit_code,
                       u.name_zh, u.symbol, 'published', 'published', f.source, f.report, '', 0, f.report,
                       now(), '', f.note, null, null
                from published_figure f
                join indicator i on i.code = f.indicator_code
                join entity e on e.code = f.entity_code
                join period p on p.code = f.period_code
                left join unit u on u.code = f.unit_code
                where f.report = :report and (:year::int is null or p.fiscal_year = :year::int)
                order by i.ordinal, f.indicator_code, e.code = 'group' desc, f.entity_code, p.start_date, p.end_date,
                         f.nature, f.breakdown
                """)
                .param("report", report).param("year", fiscalYear.orElse(null))
                .query((rs, n) -> view(rs))
                .list();
    }

    public List<String> reports() {
        return jdbc.sql("select distinct report from published_figure order by report").query(String.class).list();
    }

    /** The ledger rows a computed fact counts: batch, kind, file, SHA-256, row; at most {@code limit}. */
    public List<org.esgledger.app.fact.SourceRowView> sourceRows(String factId, int limit) {
        return jdbc.sql("""
                select r.batch_id, b.kind, b.file_name, b.sha256, r.row_no from fact_source_row r
                join ledger_batch b on b.id = r.batch_id where r.fact_id = ? order by r.batch_id, r.row_no limit ?""")
                .params(factId, limit)
                .query((rs, n) -> new org.esgledger.app.fact.SourceRowView(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5)))
                .list();
    }

    public int sourceRowCount(String factId) {
        return jdbc.sql("select count(*) from fact_source_row where fact_id = ?").param(factId).query(Integer.class).single();
    }

    /** Facts in report order: catalogue order, then entity, period and breakdown. */
    public List<FactView> list(Optional<Integer> fiscalYear) {
        return jdbc.sql("""
                select f.id, f.indicator_code, i.name_zh, i.name_en, f.entity_code, e.name_zh, e.name_en, f.period_code,
                       p.fiscal_year, f.breakdown, f.nature, coalesce(f.value_number::text, f.value_text), f.unit_code,
                       u.name_zh, u.symbol, f.status, f.origin, f.source, s.name, s.sha256, f.source_row, f.entered_by,
                       f.entered_at, f.approved_by, f.note, f.not_available_zh, f.not_available_en
                from fact f
                join indicator i on i.code = f.indicator_code
                join entity e on e.code = f.entity_code
                join period p on p.code = f.period_code
                left join unit u on u.code = f.unit_code
                left join source_file s on s.id = f.source_file_id
                where (:year::int is null or p.fiscal_year = :year::int)
                order by i.ordinal, f.indicator_code, e.code = 'group' desc, f.entity_code, p.start_date, p.end_date,
                         f.nature, f.breakdown
                """)
                .param("year", fiscalYear.orElse(null))
                .query((rs, n) -> view(rs))
                .list();
    }

    /**
     * A fact row as a view; a fact that is not available has an empty value, the reason in its
     * note ("not available: en / zh", as the computed values of a snapshot) and in {@link FactView#notAvailable()}.
     */
    private static FactView view(ResultSet rs) throws SQLException {
        String value = rs.getString(12);
        Optional<Bilingual> notAvailable = rs.getString(27) == null ? Optional.empty()
                : Optional.of(Bilingual.of(rs.getString(26), rs.getString(27)));
        if (notAvailable.isPresent()) {
            value = "";
        } else if (rs.getString(13) != null) {
            value = rs.getBigDecimal(12).toPlainString();
        }
        String note = notAvailable.map(r -> "not available: " + r.en() + " / " + r.zh()).orElse(rs.getString(25));
        return new FactView(rs.getString(1), rs.getString(2), Bilingual.of(rs.getString(3), rs.getString(4)),
                rs.getString(5), Bilingual.of(rs.getString(6), rs.getString(7)), rs.getString(8), rs.getInt(9),
                rs.getString(10), rs.getString(11), value, nullToEmpty(rs.getString(13)),
                Bilingual.of(rs.getString(14), rs.getString(15)), rs.getString(16), rs.getString(17),
                rs.getString(18), nullToEmpty(rs.getString(19)), nullToEmpty(rs.getString(20)), rs.getInt(21),
                rs.getString(22), rs.getTimestamp(23).toInstant(), nullToEmpty(rs.getString(24)), note, notAvailable);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    public long count() {
        return jdbc.sql("select count(*) from fact").query(Long.class).single();
    }
}
