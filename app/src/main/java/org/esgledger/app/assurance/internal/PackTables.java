package org.esgledger.app.assurance.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;

import org.esgledger.app.audit.AuditEvent;
import org.esgledger.app.evidence.EvidenceView;
import org.esgledger.app.fact.SourceRowView;
import org.esgledger.app.ledger.BatchView;
import org.esgledger.engine.catalogue.Codes;

/** The pack's tables as CSV (docs/formats/assurance-pack.md): the audit events, the ledger batches, the ledger rows counted, the evidence files. */
public final class PackTables {

    /** The columns of {@code esg audit --format csv}. */
    public static final List<String> AUDIT = List.of("seq", "at", "actor", "action", "subject_kind", "subject_id", "entities", "reason",
            "before", "after", "hash");
    public static final List<String> BATCHES = List.of("batch", "kind", "file", "sha256", "encoding", "loaded_by", "loaded_at",
            "accepted", "rejected", "skipped", "status", "superseded_by", "reason");
    public static final List<String> ROWS = List.of("fact_id", "key", "batch", "kind", "file", "sha256", "row");
    public static final List<String> EVIDENCE = List.of("evidence", "on", "entry", "file", "media_type", "bytes", "sha256", "by", "at",
            "note");

    private PackTables() {
    }

    public static void auditEvents(OutputStream out, List<AuditEvent> events) throws IOException {
        PackCsv csv = new PackCsv(out, AUDIT, Set.of("seq"));
        for (AuditEvent e : events) {
            csv.row(List.of(Long.toString(e.seq()), e.at().toString(), e.actor(), e.action(), e.subjectKind(), e.subjectId(),
                    String.join(",", e.entities()), e.reason(), e.before(), e.after(), e.hash()));
        }
        csv.end();
    }

    public static void batches(OutputStream out, List<BatchView> batches) throws IOException {
        PackCsv csv = new PackCsv(out, BATCHES, Set.of("batch", "accepted", "rejected", "skipped", "superseded_by"));
        for (BatchView b : batches) {
            csv.row(List.of(Long.toString(b.id()), b.kind(), b.fileName(), b.sha256(), b.encoding(), b.loadedBy(), b.loadedAt().toString(),
                    Integer.toString(b.accepted()), Integer.toString(b.rejected()), Integer.toString(b.skipped()),
                    Codes.code(b.status()), b.supersededBy().map(String::valueOf).orElse(""), b.reason()));
        }
        csv.end();
    }

    /** The ledger rows of the computed facts, fact by fact: what each counts. */
    public interface Rows {
        void each(RowSink sink);
    }

    /** Takes the rows of one computed fact. */
    public interface RowSink {
        void fact(String factId, String key, List<SourceRowView> rows);
    }

    public static void ledgerRows(OutputStream out, Rows rows) throws IOException {
        PackCsv csv = new PackCsv(out, ROWS, Set.of("batch", "row"));
        rows.each((factId, key, list) -> list.forEach(r -> csv.row(List.of(factId, key, Long.toString(r.batch()), r.kind(), r.file(),
                r.sha256(), Integer.toString(r.row())))));
        csv.end();
    }

    /** The evidence files and the entry each is in. */
    public static void evidence(OutputStream out, List<EvidenceView> files) throws IOException {
        PackCsv csv = new PackCsv(out, EVIDENCE, Set.of("evidence", "bytes"));
        for (EvidenceView e : files) {
            csv.row(List.of(Long.toString(e.id()), e.on().code(), entry(e), e.fileName(), e.mediaType(), Long.toString(e.size()), e.sha256(),
                    e.by(), e.at().toString(), e.note()));
        }
        csv.end();
    }

    /** An evidence file's entry: {@code evidence/ID-NAME}, the original name kept to letters, digits, {@code . _ -} (others {@code _}), at most 100 characters. */
    public static String entry(EvidenceView e) {
        StringBuilder name = new StringBuilder();
        e.fileName().codePoints().limit(100).forEach(c -> name.appendCodePoint(Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' ? c : '_'));
        String safe = name.toString().replace("..", "__");
        while (safe.startsWith(".")) {
            safe = "_" + safe.substring(1);
        }
        return "evidence/" + e.id() + "-" + (safe.isEmpty() ? "file" : safe);
    }
}
