package org.esgledger.app;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Canonical text of what the store holds about the demo's figures, for {@link DemoBaselineTest}:
 * plain SQL on purpose, so that the dump does not move when the application's Java types do.
 *
 * <p>Each record is a header line and one {@code  column = value} line per column that carries a
 * value; a column that is null or empty is left out (the difference between the two is storage
 * detail, not a figure). Numbers are PostgreSQL's text of the stored {@code numeric}, so their
 * scale shows ({@code 21547.10} is not {@code 21547.1}). Rows are sorted by their natural key,
 * never by insertion order. No timestamp column is read, and ledger batches are named by kind,
 * file and SHA-256, not by their generated id.
 */
final class StoreDump {

    private final JdbcClient jdbc;

    StoreDump(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every fact with its members, source file, ledger rows (as ranges) and the batches those rows come from; then the printed figures. */
    String facts() {
        StringBuilder s = new StringBuilder();
        s.append("# ledger batches\n");
        for (Map<String, String> b : rows("""
                select b.kind || '/' || b.file_name || ' ' || b.sha256 as batch, b.sheet, b.encoding, b.importer_version, b.loaded_by,
                       b.rows_accepted, b.rows_rejected, b.rows_skipped, s.kind || '/' || s.file_name || ' ' || s.sha256 as superseded_by,
                       b.reason, (select count(*) from ledger_rejection r where r.batch_id = b.id) as rejections
                from ledger_batch b left join ledger_batch s on s.id = b.superseded_by
                order by b.kind, b.file_name, b.sha256""")) {
            record(s, b);
        }
        Map<String, String> members = grouped("""
                select fact_id as key, dimension_code || '=' || member_code as item from fact_member order by fact_id, dimension_code""");
        Map<String, String> sourceRows = sourceRows();
        s.append("\n# facts\n");
        for (Map<String, String> f : rows("""
                select f.id || ' ' || f.indicator_code || '@' || f.entity_code || '@' || f.period_code || '[' || f.breakdown || ']#' || f.nature as fact,
                       f.value_number::text as value_number, f.value_text, f.unit_code, f.status, f.origin,
                       sf.kind || '/' || sf.name || ' ' || sf.sha256 || ' (' || sf.rows || ' rows, loaded by ' || sf.loaded_by || ')' as source_file,
                       nullif(f.source_row, 0)::text as source_row, f.source, f.entered_by, f.approved_by, f.note,
                       f.not_available_zh, f.not_available_en
                from fact f left join source_file sf on sf.id = f.source_file_id
                order by f.id""")) {
            String id = f.get("fact").substring(0, f.get("fact").indexOf(' '));
            f.put("members", members.get(id));
            f.put("source_rows", sourceRows.get(id));
            record(s, f);
        }
        s.append("\n# published figures\n");
        for (Map<String, String> p : rows("""
                select report || ' ' || fact_id || ' ' || indicator_code || '@' || entity_code || '@' || period_code || '[' || breakdown
                           || ']#' || nature as figure,
                       value_number::text as value_number, value_text, unit_code, source, note
                from published_figure order by report, fact_id""")) {
            record(s, p);
        }
        return s.toString();
    }

    /** Every snapshot (its record without timestamps), then its values, lineage, sources, findings and targets. */
    String snapshots() {
        StringBuilder s = new StringBuilder();
        List<Map<String, String>> snapshots = rows("""
                select 'snapshot #' || id || ' FY' || fiscal_year as snapshot, id, fingerprint, content_sha256, engine_version, catalogue_digest, factor_set,
                       computed_by, reason, frozen, frozen_by, frozen_reason, superseded_by, values_count, findings_count
                from snapshot order by id""");
        for (Map<String, String> snap : snapshots) {
            String id = snap.remove("id");
            s.append("# ");
            record(s, snap);
            s.append("\n## values\n");
            rows("""
                    select fact_id || ' ' || indicator_code || '@' || entity_code || '@' || period_code || '[' || breakdown || ']' as value,
                           available, value_number::text as value_number, unit_code, disclosed, derivation, formula, formula_version, rule,
                           reason_zh, reason_en
                    from snapshot_value where snapshot_id = ? order by fact_id""", Long.parseLong(id)).forEach(v -> record(s, v));
            s.append("\n## inputs\n");
            rows("""
                    select fact_id || ' #' || ordinal as input, input_fact_id, input_key, reference, printed, value_number::text as value_number,
                           unit_code, share::text as share
                    from snapshot_input where snapshot_id = ? order by fact_id, ordinal""", Long.parseLong(id)).forEach(v -> record(s, v));
            s.append("\n## sources\n");
            rows("""
                    select kind || ' ' || key as source, digest, description
                    from snapshot_source where snapshot_id = ? order by kind, key""", Long.parseLong(id)).forEach(v -> record(s, v));
            s.append("\n## findings\n");
            rows("""
                    select ordinal::text as finding, rule, severity, subject, message_zh, message_en
                    from snapshot_finding where snapshot_id = ? order by ordinal""", Long.parseLong(id)).forEach(v -> record(s, v));
            s.append("\n## targets\n");
            rows("""
                    select target_id as target, status, actual::text as actual, unit_code, explanation_zh, explanation_en
                    from snapshot_target where snapshot_id = ? order by target_id""", Long.parseLong(id)).forEach(v -> record(s, v));
            s.append("\n");
        }
        return s.toString();
    }

    /** The ledger rows behind each computed fact: per batch (kind/file), its row numbers as ranges ({@code 2-3559}). */
    private Map<String, String> sourceRows() {
        Map<String, Map<String, List<Integer>>> byFact = new TreeMap<>();
        jdbc.sql("""
                        select r.fact_id, b.kind || '/' || b.file_name || ' ' || b.sha256 as batch, r.row_no
                        from fact_source_row r join ledger_batch b on b.id = r.batch_id
                        order by r.fact_id, batch, r.row_no""")
                .query((ResultSet rs) -> {
                    byFact.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                            .computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getInt(3));
                });
        Map<String, String> out = new TreeMap<>();
        byFact.forEach((fact, batches) -> {
            List<String> parts = new ArrayList<>();
            batches.forEach((batch, rows) -> parts.add(batch + " rows " + ranges(rows)));
            out.put(fact, String.join("; ", parts));
        });
        return out;
    }

    static String ranges(List<Integer> sorted) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
                j++;
            }
            out.add(i == j ? String.valueOf(sorted.get(i)) : sorted.get(i) + "-" + sorted.get(j));
            i = j + 1;
        }
        return String.join(",", out);
    }

    /** {@code key → item, item, …} of a two-column query ordered by key. */
    private Map<String, String> grouped(String sql) {
        Map<String, String> out = new TreeMap<>();
        for (Map<String, String> r : rows(sql)) {
            out.merge(r.get("key"), r.get("item"), (a, b) -> a + ", " + b);
        }
        return out;
    }

    private List<Map<String, String>> rows(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query((ResultSet rs, int n) -> row(rs)).list();
    }

    private static Map<String, String> row(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, String> row = new LinkedHashMap<>();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            row.put(meta.getColumnLabel(c), rs.getString(c));
        }
        return row;
    }

    /** The first column as the header line, then every other column that has a value. */
    private static void record(StringBuilder s, Map<String, String> row) {
        boolean first = true;
        for (Map.Entry<String, String> e : row.entrySet()) {
            if (first) {
                s.append(e.getValue()).append("\n");
                first = false;
            } else if (e.getValue() != null && !e.getValue().isEmpty()) {
                s.append("  ").append(e.getKey()).append(" = ").append(e.getValue().replace("\n", "\\n")).append("\n");
            }
        }
    }
}
