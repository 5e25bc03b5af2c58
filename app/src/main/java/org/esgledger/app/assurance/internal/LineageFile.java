package org.esgledger.app.assurance.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.esgledger.app.calculation.ExplainNode;
import org.esgledger.app.calculation.SnapshotView;
import org.esgledger.app.evidence.CommentView;
import org.esgledger.app.evidence.EvidenceView;
import org.esgledger.app.report.Json;

/**
 * The lineage of every value of a snapshot, as {@code esg explain} gives it one level down (its value, how it came about:
 * stored fact, formula and version, roll-up; its provenance lines: who entered and approved it, the file and row, the ledger
 * batches and first rows it counts; its evidence and comments; its inputs or parts with their own value and how). Every input
 * is itself a value of the list (or a printed figure, or an input of another year), so the whole tree is followed by fact id.
 * Written one value at a time: {@code {"fiscal_year": …, "snapshot": {…}, "values": [ … ]}}.
 */
public final class LineageFile {

    private LineageFile() {
    }

    public static void write(OutputStream out, SnapshotView snapshot, List<ExplainNode> values) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", snapshot.id());
        s.put("fingerprint", snapshot.fingerprint());
        s.put("content_sha256", snapshot.contentSha256());
        w.write("{\"fiscal_year\": " + snapshot.fiscalYear() + ",\n\"snapshot\": " + Json.write(s).strip() + ",\n\"values\": [\n");
        String sep = "";
        for (ExplainNode n : values) {
            w.write(sep);
            w.write(Json.write(value(n)).strip());
            sep = ",\n";
        }
        w.write("\n]}\n");
        w.flush();
    }

    private static Map<String, Object> value(ExplainNode n) {
        Map<String, Object> v = node(n);
        v.put("evidence", n.annotations().evidence().stream().map(LineageFile::evidence).toList());
        v.put("comments", n.annotations().comments().stream().map(CommentView::line).toList());
        List<Map<String, Object>> inputs = new ArrayList<>();
        n.children().forEach(c -> inputs.add(node(c)));
        v.put("inputs", inputs);
        return v;
    }

    private static Map<String, Object> node(ExplainNode n) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("key", n.key());
        v.put("fact_id", n.factId());
        v.put("value", n.value());
        v.put("how", n.how());
        v.put("details", n.details());
        return v;
    }

    private static Map<String, Object> evidence(EvidenceView e) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("evidence", e.id());
        v.put("on", e.on().code());
        v.put("entry", PackTables.entry(e));
        v.put("sha256", e.sha256());
        v.put("line", e.line());
        return v;
    }
}
