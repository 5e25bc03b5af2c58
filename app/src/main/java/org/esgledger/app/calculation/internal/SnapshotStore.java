package org.esgledger.app.calculation.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.esgledger.app.calculation.SnapshotView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Snapshots: written once, never updated except to be frozen or superseded. */
@Repository
public class SnapshotStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public SnapshotStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    private static final String VIEW = """
            select id, fiscal_year, fingerprint, content_sha256, engine_version, computed_by, computed_at, reason, frozen,
                   coalesce(frozen_by, ''), frozen_at, coalesce(frozen_reason, ''), values_count, findings_count, superseded_by
            from snapshot""";

    /** The snapshot a report of the year uses: the latest one not superseded. */
    public Optional<SnapshotView> current(int year) {
        return jdbc.sql(VIEW + " where fiscal_year = ? and superseded_by is null order by id desc limit 1").param(year)
                .query((rs, n) -> view(rs)).optional();
    }

    public Optional<SnapshotView> byId(long id) {
        return jdbc.sql(VIEW + " where id = ?").param(id).query((rs, n) -> view(rs)).optional();
    }

    public List<SnapshotView> history(int year) {
        return jdbc.sql(VIEW + " where fiscal_year = ? order by id").param(year).query((rs, n) -> view(rs)).list();
    }

    private static SnapshotView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp frozenAt = rs.getTimestamp(11);
        long superseded = rs.getLong(15);
        boolean current = rs.wasNull();
        return new SnapshotView(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getBoolean(9), rs.getString(10),
                Optional.ofNullable(frozenAt).map(Timestamp::toInstant), rs.getString(12), rs.getInt(13), rs.getInt(14),
                current ? Optional.empty() : Optional.of(superseded));
    }

    /** Writes a new snapshot with all its rows; supersedes {@code previous} if given. */
    public long write(int year, InputSet inputs, SnapshotContent content, String by, Instant at, String reason, boolean frozen,
                      String frozenReason, Optional<Long> previous) {
        long id = jdbc.sql("""
                insert into snapshot (fiscal_year, fingerprint, content_sha256, engine_version, catalogue_digest, factor_set,
                                      computed_by, computed_at, reason, frozen, frozen_by, frozen_at, frozen_reason, values_count,
                                      findings_count)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(year, inputs.fingerprint(), content.digest(), InputSet.ENGINE_VERSION, inputs.catalogueDigest(),
                        InputSet.FACTOR_SET, by, Timestamp.from(at), reason, frozen, frozen ? by : null, frozen ? Timestamp.from(at) : null,
                        frozen ? frozenReason : null, content.values().size(), content.findings().size())
                .query(Long.class).single();
        template.batchUpdate("""
                insert into snapshot_value (snapshot_id, fact_id, indicator_code, entity_code, period_code, breakdown, available,
                    value_number, unit_code, disclosed, derivation, formula, formula_version, rule, reason_zh, reason_en)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", content.values(), 1000, (ps, v) -> {
                    ps.setLong(1, id);
                    ps.setString(2, v.factId());
                    ps.setString(3, v.indicator());
                    ps.setString(4, v.entity());
                    ps.setString(5, v.period());
                    ps.setString(6, v.breakdown());
                    ps.setBoolean(7, v.available());
                    ps.setBigDecimal(8, v.value());
                    ps.setString(9, v.unit());
                    ps.setString(10, v.disclosed());
                    ps.setString(11, v.derivation());
                    ps.setString(12, v.formula());
                    ps.setString(13, v.formulaVersion());
                    ps.setString(14, v.rule());
                    ps.setString(15, v.reasonZh());
                    ps.setString(16, v.reasonEn());
                });
        template.batchUpdate("""
                insert into snapshot_input (snapshot_id, fact_id, ordinal, input_fact_id, input_key, reference, printed, value_number,
                    unit_code, share) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", content.inputs(), 1000, (ps, i) -> {
                    ps.setLong(1, id);
                    ps.setString(2, i.factId());
                    ps.setInt(3, i.ordinal());
                    ps.setString(4, i.inputFactId());
                    ps.setString(5, i.inputKey());
                    ps.setString(6, i.reference());
                    ps.setBoolean(7, i.printed());
                    ps.setBigDecimal(8, i.value());
                    ps.setString(9, i.unit());
                    ps.setBigDecimal(10, i.share());
                });
        template.batchUpdate("insert into snapshot_source (snapshot_id, kind, key, digest, description) values (?, ?, ?, ?, ?)",
                List.copyOf(inputs.sources().values()), 1000, (ps, s) -> {
                    ps.setLong(1, id);
                    ps.setString(2, s.kind());
                    ps.setString(3, s.key());
                    ps.setString(4, s.digest());
                    ps.setString(5, s.description());
                });
        template.batchUpdate("""
                insert into snapshot_finding (snapshot_id, ordinal, rule, severity, subject, message_zh, message_en)
                values (?, ?, ?, ?, ?, ?, ?)""", content.findings(), 1000, (ps, f) -> {
                    ps.setLong(1, id);
                    ps.setInt(2, f.ordinal());
                    ps.setString(3, f.rule());
                    ps.setString(4, f.severity());
                    ps.setString(5, f.subject());
                    ps.setString(6, f.messageZh());
                    ps.setString(7, f.messageEn());
                });
        template.batchUpdate("""
                insert into snapshot_target (snapshot_id, target_id, status, actual, unit_code, explanation_zh, explanation_en)
                values (?, ?, ?, ?, ?, ?, ?)""", content.targets(), 1000, (ps, t) -> {
                    ps.setLong(1, id);
                    ps.setString(2, t.targetId());
                    ps.setString(3, t.status());
                    ps.setBigDecimal(4, t.actual());
                    ps.setString(5, t.unit());
                    ps.setString(6, t.explanationZh());
                    ps.setString(7, t.explanationEn());
                });
        previous.ifPresent(p -> jdbc.sql("update snapshot set superseded_by = ? where id = ?").params(id, p).update());
        return id;
    }

    public void freeze(long id, String by, Instant at, String reason) {
        jdbc.sql("update snapshot set frozen = true, frozen_by = ?, frozen_at = ?, frozen_reason = ? where id = ?")
                .params(by, Timestamp.from(at), reason, id).update();
    }

    /** The values of a snapshot by fact id. */
    public Map<String, SnapshotContent.ValueRow> values(long id) {
        Map<String, SnapshotContent.ValueRow> out = new LinkedHashMap<>();
        jdbc.sql("""
                select fact_id, indicator_code || '@' || entity_code || '@' || period_code
                       || case when breakdown = '' then '' else '[' || breakdown || ']' end,
                       indicator_code, entity_code, period_code, breakdown, available, value_number, unit_code, disclosed,
                       derivation, formula, formula_version, rule, reason_zh, reason_en
                from snapshot_value where snapshot_id = ? order by fact_id""").param(id)
                .query(rs -> {
                    out.put(rs.getString(1), new SnapshotContent.ValueRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getBigDecimal(8), rs.getString(9), rs.getString(10),
                            rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16)));
                });
        return out;
    }

    public List<SnapshotContent.InputRow> inputs(long id, String factId) {
        return jdbc.sql("""
                select fact_id, ordinal, input_fact_id, input_key, reference, printed, value_number, unit_code, share
                from snapshot_input where snapshot_id = ? and fact_id = ? order by ordinal""").params(id, factId)
                .query((rs, n) -> new SnapshotContent.InputRow(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6), rs.getBigDecimal(7), rs.getString(8), rs.getBigDecimal(9)))
                .list();
    }

    /** The sources a snapshot read, by {@code kind|key}. */
    public Map<String, InputSet.Source> sources(long id) {
        Map<String, InputSet.Source> out = new LinkedHashMap<>();
        jdbc.sql("select kind, key, digest, description from snapshot_source where snapshot_id = ? order by kind, key").param(id)
                .query(rs -> {
                    out.put(rs.getString(1) + "|" + rs.getString(2),
                            new InputSet.Source(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                });
        return out;
    }

    public List<SnapshotContent.FindingRow> findings(long id) {
        return jdbc.sql("select ordinal, rule, severity, subject, message_zh, message_en from snapshot_finding where snapshot_id = ? order by ordinal")
                .param(id).query((rs, n) -> new SnapshotContent.FindingRow(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6))).list();
    }

    public List<SnapshotContent.TargetRow> targets(long id) {
        return jdbc.sql("select target_id, status, actual, unit_code, explanation_zh, explanation_en from snapshot_target where snapshot_id = ? order by target_id")
                .param(id).query((rs, n) -> new SnapshotContent.TargetRow(rs.getString(1), rs.getString(2), rs.getBigDecimal(3),
                        rs.getString(4), rs.getString(5), rs.getString(6))).list();
    }


    /** The key ({@code indicator@entity@period[breakdown]}) of a fact id in any current snapshot. */
    public Optional<String> keyOf(String factId) {
        return jdbc.sql("""
                select v.indicator_code || '@' || v.entity_code || '@' || v.period_code
                       || case when v.breakdown = '' then '' else '[' || v.breakdown || ']' end
                from snapshot_value v join snapshot s on s.id = v.snapshot_id
                where v.fact_id = ? and s.superseded_by is null order by s.id desc limit 1""")
                .param(factId).query(String.class).optional();
    }

    /** Fiscal years that have a snapshot. */
    public List<Integer> years() {
        return jdbc.sql("select distinct fiscal_year from snapshot order by fiscal_year").query(Integer.class).list();
    }

    /** Every lineage edge of a snapshot: fact id → input fact ids in order. */
    public Map<String, List<String>> allInputs(long id) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        jdbc.sql("select fact_id, input_fact_id from snapshot_input where snapshot_id = ? order by fact_id, ordinal").param(id)
                .query(rs -> {
                    out.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>()).add(rs.getString(2));
                });
        return out;
    }
}
