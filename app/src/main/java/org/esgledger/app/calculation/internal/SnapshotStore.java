package org.esgledger.app.calculation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.esgledger.app.calculation.SnapshotView;
import org.esgledger.engine.calc.Derivation;
import org.esgledger.engine.check.Severity;
import org.esgledger.engine.target.TargetStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Snapshots read back: written once ({@link SnapshotWriter}), never updated except to be frozen or
 * superseded. The codes the tables hold (derivation, severity, target status) become the engine's
 * enums here.
 */
@Repository
public class SnapshotStore {

    private final JdbcClient jdbc;

    public SnapshotStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    private static SnapshotView view(ResultSet rs) throws SQLException {
        Timestamp frozenAt = rs.getTimestamp(11);
        long superseded = rs.getLong(15);
        boolean current = rs.wasNull();
        return new SnapshotView(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getBoolean(9), rs.getString(10),
                Optional.ofNullable(frozenAt).map(Timestamp::toInstant), rs.getString(12), rs.getInt(13), rs.getInt(14),
                current ? Optional.empty() : Optional.of(superseded));
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
                            Derivation.Kind.parse(rs.getString(11)), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16)));
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
                .param(id).query((rs, n) -> new SnapshotContent.FindingRow(rs.getInt(1), rs.getString(2), Severity.parse(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5), rs.getString(6))).list();
    }

    public List<SnapshotContent.TargetRow> targets(long id) {
        return jdbc.sql("select target_id, status, actual, unit_code, explanation_zh, explanation_en from snapshot_target where snapshot_id = ? order by target_id")
                .param(id).query((rs, n) -> new SnapshotContent.TargetRow(rs.getString(1), TargetStatus.State.parse(rs.getString(2)),
                        rs.getBigDecimal(3),
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
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return out;
    }
}
