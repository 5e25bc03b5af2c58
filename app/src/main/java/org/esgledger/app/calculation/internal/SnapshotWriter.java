package org.esgledger.app.calculation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.esgledger.engine.catalogue.Codes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes a snapshot once, with every row of it; {@link SnapshotStore} reads them. */
@Repository
public class SnapshotWriter {

    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public SnapshotWriter(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Writes a new snapshot with all its rows and supersedes the one that was current; returns its id. */
    public long write(NewSnapshot snapshot) {
        long id = insertSnapshot(snapshot);
        writeValues(id, snapshot.content().values());
        writeLineage(id, snapshot.content().inputs());
        writeSources(id, snapshot.inputs().sources().values());
        writeFindings(id, snapshot.content().findings());
        writeTargets(id, snapshot.content().targets());
        snapshot.supersedes().ifPresent(previous -> supersede(previous, id));
        return id;
    }

    /** The snapshot itself: the year, the fingerprints of its inputs and results, who, when, why, and the freeze. */
    private long insertSnapshot(NewSnapshot s) {
        boolean frozen = s.frozen();
        return jdbc.sql("""
                insert into snapshot (fiscal_year, fingerprint, content_sha256, engine_version, catalogue_digest, factor_set,
                                      computed_by, computed_at, reason, frozen, frozen_by, frozen_at, frozen_reason, values_count,
                                      findings_count)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(s.year(), s.inputs().fingerprint(), s.content().digest(), InputSet.ENGINE_VERSION, s.inputs().catalogueDigest(),
                        InputSet.FACTOR_SET, s.by(), Timestamp.from(s.at()), s.reason(), frozen, frozen ? s.by() : null,
                        frozen ? Timestamp.from(s.at()) : null, frozen ? s.frozenReason() : null, s.content().values().size(),
                        s.content().findings().size())
                .query(Long.class).single();
    }

    /** Every value of the year, available or not, with how it came about. */
    private void writeValues(long id, List<SnapshotContent.ValueRow> values) {
        template.batchUpdate("""
                insert into snapshot_value (snapshot_id, fact_id, indicator_code, entity_code, period_code, breakdown, available,
                    value_number, unit_code, disclosed, derivation, formula, formula_version, rule, reason_zh, reason_en)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", values, BATCH, (ps, v) -> {
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
                    ps.setString(11, Codes.code(v.derivation()));
                    ps.setString(12, v.formula());
                    ps.setString(13, v.formulaVersion());
                    ps.setString(14, v.rule());
                    ps.setString(15, v.reasonZh());
                    ps.setString(16, v.reasonEn());
                });
    }

    /** The lineage one level down: the inputs of each formula result and the parts of each roll-up. */
    private void writeLineage(long id, List<SnapshotContent.InputRow> inputs) {
        template.batchUpdate("""
                insert into snapshot_input (snapshot_id, fact_id, ordinal, input_fact_id, input_key, reference, printed, value_number,
                    unit_code, share) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", inputs, BATCH, (ps, i) -> {
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
    }

    /** The inputs the fingerprint was taken over, so that a later computation can say which one changed. */
    private void writeSources(long id, Collection<InputSet.Source> sources) {
        template.batchUpdate("insert into snapshot_source (snapshot_id, kind, key, digest, description) values (?, ?, ?, ?, ?)",
                List.copyOf(sources), BATCH, (ps, s) -> {
                    ps.setLong(1, id);
                    ps.setString(2, s.kind());
                    ps.setString(3, s.key());
                    ps.setString(4, s.digest());
                    ps.setString(5, s.description());
                });
    }

    private void writeFindings(long id, List<SnapshotContent.FindingRow> findings) {
        template.batchUpdate("""
                insert into snapshot_finding (snapshot_id, ordinal, rule, severity, subject, message_zh, message_en)
                values (?, ?, ?, ?, ?, ?, ?)""", findings, BATCH, (ps, f) -> {
                    ps.setLong(1, id);
                    ps.setInt(2, f.ordinal());
                    ps.setString(3, f.rule());
                    ps.setString(4, Codes.code(f.severity()));
                    ps.setString(5, f.subject());
                    ps.setString(6, f.messageZh());
                    ps.setString(7, f.messageEn());
                });
    }

    private void writeTargets(long id, List<SnapshotContent.TargetRow> targets) {
        template.batchUpdate("""
                insert into snapshot_target (snapshot_id, target_id, status, actual, unit_code, explanation_zh, explanation_en)
                values (?, ?, ?, ?, ?, ?, ?)""", targets, BATCH, (ps, t) -> {
                    ps.setLong(1, id);
                    ps.setString(2, t.targetId());
                    ps.setString(3, Codes.code(t.status()));
                    ps.setBigDecimal(4, t.actual());
                    ps.setString(5, t.unit());
                    ps.setString(6, t.explanationZh());
                    ps.setString(7, t.explanationEn());
                });
    }

    /** The snapshot that was current until now stays, as history. */
    private void supersede(long previous, long id) {
        jdbc.sql("update snapshot set superseded_by = ? where id = ?").params(id, previous).update();
    }

    public void freeze(long id, String by, Instant at, String reason) {
        jdbc.sql("update snapshot set frozen = true, frozen_by = ?, frozen_at = ?, frozen_reason = ? where id = ?")
                .params(by, Timestamp.from(at), reason, id).update();
    }
}
