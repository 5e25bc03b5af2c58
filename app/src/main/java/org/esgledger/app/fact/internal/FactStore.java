package org.esgledger.app.fact.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.esgledger.app.fact.SourceRowView;
import org.esgledger.app.period.RestatedValue;
import org.esgledger.engine.catalogue.Codes;
import org.esgledger.engine.fact.ComputedFact;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.FactStatus;
import org.esgledger.engine.fact.FactValue;
import org.esgledger.engine.fact.Origin;
import org.esgledger.engine.i18n.Bilingual;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes the fact, fact_member, fact_source_row, published_figure and source_file tables ({@link FactQueries} reads them). */
@Repository
public class FactStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final UnchangedFacts unchanged;

    public FactStore(JdbcClient jdbc, JdbcTemplate template, UnchangedFacts unchanged) {
        this.jdbc = jdbc;
        this.template = template;
        this.unchanged = unchanged;
    }

    public long saveSourceFile(String kind, String name, String sha256, int rows, String by, Instant at) {
        return jdbc.sql("insert into source_file (kind, name, sha256, rows, loaded_by, loaded_at) values (?, ?, ?, ?, ?, ?) returning id")
                .params(kind, name, sha256, rows, by, Timestamp.from(at))
                .query(Long.class).single();
    }

    /** The status of a stored fact, if there is one. */
    public Optional<FactStatus> status(String factId) {
        return jdbc.sql("select status from fact where id = ?").param(factId).query(String.class).optional().map(FactStatus::parse);
    }

    /** The value a fact holds now (number or text, and unit); {@link RestatedValue#NONE} when there is no such fact. */
    public RestatedValue value(String factId) {
        return jdbc.sql("select value_number, value_text, unit_code from fact where id = ?").param(factId)
                .query((rs, n) -> new RestatedValue(rs.getBigDecimal(1), rs.getString(2), rs.getString(3))).optional()
                .orElse(RestatedValue.NONE);
    }

    /** Inserts or replaces a fact (no source file: a value entered in the web application); returns true if it was new. */
    public boolean save(FactFile.Entry e, Origin origin, Long sourceFileId, String by, Instant at) {
        boolean exists = status(e.key().id()).isPresent();
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
                .param("nature", Codes.code(e.key().nature())).param("number", number(e.value())).param("text", text(e.value()))
                .param("unit", unit(e.value())).param("status", Codes.code(e.status())).param("origin", Codes.code(origin))
                .param("file", sourceFileId, Types.BIGINT).param("row", e.line()).param("source", e.source())
                .param("by", by).param("at", Timestamp.from(at)).param("approvedBy", approvedBy).param("note", e.note())
                .update();
        saveMembers(e.key());
        return !exists;
    }

    /**
     * Inserts or replaces a computed fact (status draft: nobody has reviewed it yet) and the ledger
     * rows it counts; a fact that cannot be computed is stored without a value, with its unit and
     * the reason in zh and en.
     */
    /** Stores a computed value as a draft; one that equals what the fact holds, from the same rows, leaves it as it is. */
    public void saveComputed(ComputedFact c, String by, Instant at) {
        if (unchanged.holds(c)) {
            return;
        }
        FactKey key = c.key();
        jdbc.sql("""
                insert into fact (id, indicator_code, entity_code, period_code, breakdown, nature, value_number, value_text,
                                  unit_code, status, origin, source_file_id, source_row, source, entered_by, entered_at,
                                  approved_by, note, not_available_zh, not_available_en)
                values (:id, :indicator, :entity, :period, :breakdown, :nature, :number, null, :unit, :status, :origin,
                        null, 0, :source, :by, :at, null, '', :naZh, :naEn)
                on conflict (id) do update set value_number = excluded.value_number, value_text = null,
                    unit_code = excluded.unit_code, status = excluded.status, origin = excluded.origin, source_file_id = null,
                    source_row = 0, source = excluded.source, entered_by = excluded.entered_by,
                    entered_at = excluded.entered_at, approved_by = null, note = '',
                    not_available_zh = excluded.not_available_zh, not_available_en = excluded.not_available_en
                """)
                .param("id", key.id()).param("indicator", key.indicator()).param("entity", key.entity())
                .param("period", key.period().code()).param("breakdown", key.breakdown().code())
                .param("nature", Codes.code(key.nature())).param("number", c.value(), Types.NUMERIC).param("unit", c.unit())
                .param("status", Codes.code(FactStatus.DRAFT)).param("origin", Codes.code(Origin.COMPUTED))
                .param("source", c.source()).param("by", by).param("at", Timestamp.from(at))
                .param("naZh", c.notAvailable().map(Bilingual::zh).orElse(null), Types.VARCHAR)
                .param("naEn", c.notAvailable().map(Bilingual::en).orElse(null), Types.VARCHAR)
                .update();
        saveMembers(key);
        jdbc.sql("delete from fact_source_row where fact_id = ?").param(key.id()).update();
        template.batchUpdate("insert into fact_source_row (fact_id, batch_id, row_no) values (?, ?, ?)", c.rows(), 2000,
                (ps, r) -> {
                    ps.setString(1, key.id());
                    ps.setLong(2, r.batch());
                    ps.setInt(3, r.row());
                });
    }

    /**
     * Adds a version to the history of each of these facts whose value, unit, status, origin or
     * reason for having no value differs from its latest version (or that has none yet).
     */
    public void keepVersions(List<String> factIds, long auditSeq) {
        if (factIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into fact_version (fact_id, version, value_number, value_text, unit_code, status, origin, not_available_en,
                                          changed_by, changed_at, audit_seq)
                select f.id, coalesce(v.version, 0) + 1, f.value_number, f.value_text, f.unit_code, f.status, f.origin,
                       f.not_available_en, f.entered_by, f.entered_at, ?
                from fact f
                left join lateral (select * from fact_version x where x.fact_id = f.id order by x.version desc limit 1) v on true
                where f.id = any(?::text[])
                  and (v.fact_id is null or v.value_number is distinct from f.value_number or v.value_text is distinct from f.value_text
                       or v.unit_code is distinct from f.unit_code or v.status <> f.status or v.origin <> f.origin
                       or v.not_available_en is distinct from f.not_available_en)
                """)
                .params(auditSeq, "{" + String.join(",", factIds.stream().distinct().toList()) + "}")
                .update();
    }

    /**
     * Adds a version to the history of each of these facts for a change of its review status (issue 13, review):
     * the value as it stands, changed by the reviewer at {@code at}.
     */
    public void keepStatusVersions(List<String> factIds, long auditSeq, String by, Instant at) {
        if (factIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into fact_version (fact_id, version, value_number, value_text, unit_code, status, origin, not_available_en,
                                          changed_by, changed_at, audit_seq)
                select f.id, coalesce((select max(x.version) from fact_version x where x.fact_id = f.id), 0) + 1, f.value_number,
                       f.value_text, f.unit_code, f.status, f.origin, f.not_available_en, ?, ?, ?
                from fact f where f.id = any(?::text[])
                """)
                .params(by, Timestamp.from(at), auditSeq, "{" + String.join(",", factIds.stream().distinct().toList()) + "}")
                .update();
    }

    /** Those of these facts approved by the person who entered them (allowed only with the four-eyes rule off). */
    public Set<String> approvedByEntrant(Collection<String> factIds) {
        return Set.copyOf(jdbc.sql("select id from fact where id = any(?::text[]) and approved_by_entrant and status in ('approved', 'locked')")
                .param("{" + String.join(",", factIds) + "}").query(String.class).list());
    }

    /** The breakdown members of a fact, for queries by dimension. */
    private void saveMembers(FactKey key) {
        jdbc.sql("delete from fact_member where fact_id = ?").param(key.id()).update();
        key.breakdown().members().forEach((dimension, member) ->
                jdbc.sql("insert into fact_member (fact_id, dimension_code, member_code) values (?, ?, ?)")
                        .params(key.id(), dimension, member).update());
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
                    ps.setString(1, report);
                    ps.setString(2, e.key().id());
                    ps.setString(3, e.key().indicator());
                    ps.setString(4, e.key().entity());
                    ps.setString(5, e.key().period().code());
                    ps.setString(6, e.key().breakdown().code());
                    ps.setString(7, Codes.code(e.key().nature()));
                    ps.setBigDecimal(8, number(e.value()));
                    ps.setString(9, text(e.value()));
                    ps.setString(10, unit(e.value()));
                    ps.setString(11, e.source());
                    ps.setString(12, e.note());
                });
    }

    private static BigDecimal number(FactValue v) {
        return v instanceof FactValue.Amount a ? a.quantity().value() : null;
    }

    private static String text(FactValue v) {
        return v instanceof FactValue.Amount ? null : v.plain();
    }

    private static String unit(FactValue v) {
        return v instanceof FactValue.Amount a ? a.quantity().unit().code() : null;
    }

    public long published(String report) {
        return jdbc.sql("select count(*) from published_figure where report = ?").param(report).query(Long.class).single();
    }

    public List<String> reports() {
        return jdbc.sql("select distinct report from published_figure order by report").query(String.class).list();
    }

    /** The ledger rows a computed fact counts: batch, kind, file, SHA-256, row; at most {@code limit}. */
    public List<SourceRowView> sourceRows(String factId, int limit) {
        return jdbc.sql("""
                select r.batch_id, b.kind, b.file_name, b.sha256, r.row_no from fact_source_row r
                join ledger_batch b on b.id = r.batch_id where r.fact_id = ? order by r.batch_id, r.row_no limit ?""")
                .params(factId, limit)
                .query((rs, n) -> new SourceRowView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
                .list();
    }

    public int sourceRowCount(String factId) {
        return jdbc.sql("select count(*) from fact_source_row where fact_id = ?").param(factId).query(Integer.class).single();
    }

    public long count() {
        return jdbc.sql("select count(*) from fact").query(Long.class).single();
    }
}
