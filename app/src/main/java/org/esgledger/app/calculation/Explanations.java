package org.esgledger.app.calculation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.esgledger.app.calculation.internal.SnapshotContent;
import org.esgledger.app.calculation.internal.SnapshotStore;
import org.esgledger.app.evidence.Annotations;
import org.esgledger.app.evidence.Evidence;
import org.esgledger.app.fact.FactView;
import org.esgledger.app.fact.Facts;
import org.esgledger.app.fact.SourceRows;
import org.esgledger.app.fact.SourceRowView;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.engine.catalogue.Codes;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.Origin;
import org.esgledger.engine.fact.Provenance;
import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.i18n.Message;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code esg explain}: the lineage of a value in its year's current snapshot, down to the stored
 * facts (who entered and approved them, from which file and row), the ledger rows they count and
 * the printed figures a rule compared, and the evidence and comments on the stored facts and on the
 * ledger batches and rows they count.
 */
@Service
public class Explanations {

    /** Ledger rows listed per computed fact; the total is always given. */
    static final int ROWS_SHOWN = 5;

    private final SnapshotStore snapshots;
    private final Facts facts;
    private final Evidence evidence;

    Explanations(SnapshotStore snapshots, Facts facts, Evidence evidence) {
        this.snapshots = snapshots;
        this.facts = facts;
        this.evidence = evidence;
    }

    @Transactional(readOnly = true)
    public ExplainNode explain(String reference, int maxDepth) {
        FactKey key = parse(reference);
        int year = key.period().fiscalYear();
        SnapshotView snapshot = snapshots.current(year)
                .orElseThrow(() -> new EsgException(AppMessages.of("explain.noSnapshot", String.valueOf(year))));
        Context c = new Context();
        SnapshotContent.ValueRow row = c.values(snapshot.id()).get(key.id());
        if (row == null) {
            throw new EsgException(AppMessages.of("explain.unknown", reference, String.valueOf(snapshot.id())));
        }
        return node(c, snapshot.id(), row, maxDepth);
    }

    /**
     * Every value of a snapshot explained one level down (what {@code esg explain} prints for each),
     * in one pass with shared caches: the lineage page of the HTML editions.
     */
    @Transactional(readOnly = true)
    public List<ExplainNode> explainAll(long snapshot) {
        Context c = new Context();
        List<ExplainNode> out = new ArrayList<>();
        for (SnapshotContent.ValueRow row : c.values(snapshot).values()) {
            out.add(node(c, snapshot, row, 1));
        }
        out.sort(Comparator.comparing(ExplainNode::key));
        return out;
    }

    /** Caches per explanation: snapshot values, stored facts, evidence and comments by fact id. */
    private final class Context {
        final Map<Long, Map<String, SnapshotContent.ValueRow>> values = new HashMap<>();
        final Map<Integer, Map<String, FactView>> factsByYear = new HashMap<>();
        Map<String, Annotations> annotations;

        Annotations annotations(String factId) {
            if (annotations == null) {
                annotations = evidence.byFact();
            }
            return annotations.getOrDefault(factId, Annotations.NONE);
        }

        Map<String, SnapshotContent.ValueRow> values(long snapshot) {
            return values.computeIfAbsent(snapshot, snapshots::values);
        }

        Optional<FactView> fact(int year, String id) {
            return Optional.ofNullable(factsByYear.computeIfAbsent(year, y -> {
                Map<String, FactView> m = new HashMap<>();
                facts.list(Optional.of(y)).forEach(f -> m.put(f.id(), f));
                return m;
            }).get(id));
        }
    }

    private ExplainNode node(Context c, long snapshot, SnapshotContent.ValueRow row, int depth) {
        String value = row.available() ? row.disclosed() + " " + row.unit() + "  (exact " + row.value().toPlainString() + ")"
                : "not available — " + row.reasonEn() + " / " + row.reasonZh();
        List<Message> lines = new ArrayList<>();
        String how;
        switch (row.derivation()) {
            case DERIVED -> how = "formula v" + row.formulaVersion() + ": " + row.formula();
            case ROLLED_UP -> how = "rolled up (" + row.rule() + ") from the parts below";
            default -> {
                how = "stored fact";
                provenance(c, row, lines);
            }
        }
        lines.add(0, line("lineage.snapshot", String.valueOf(snapshot), row.factId()));
        List<ExplainNode> children = new ArrayList<>();
        if (depth > 0) {
            for (SnapshotContent.InputRow in : snapshots.inputs(snapshot, row.factId())) {
                children.add(child(c, snapshot, in, depth - 1));
            }
        }
        return new ExplainNode(row.key(), row.factId(), value, how, lines, c.annotations(row.factId()), children);
    }

    private ExplainNode child(Context c, long snapshot, SnapshotContent.InputRow in, int depth) {
        String share = in.share() == null ? "" : " × ownership share " + in.share().toPlainString();
        Message shareLine = in.share() == null ? line("lineage.none") : line("lineage.share", in.share().toPlainString());
        if (in.printed()) {
            return new ExplainNode(in.inputKey(), in.inputFactId(), value(in) + share, "printed in the published report",
                    List.of(line("lineage.reference", in.reference(), line("lineage.none"))), List.of());
        }
        FactKey key = parse(in.inputKey());
        Optional<SnapshotView> s = key.period().fiscalYear() == snapshots.byId(snapshot).orElseThrow().fiscalYear()
                ? snapshots.byId(snapshot) : snapshots.current(key.period().fiscalYear());
        if (s.isPresent()) {
            SnapshotContent.ValueRow row = c.values(s.get().id()).get(in.inputFactId());
            if (row != null) {
                ExplainNode n = node(c, s.get().id(), row, depth);
                List<Message> lines = new ArrayList<>(n.lines());
                if (!in.reference().isEmpty()) {
                    lines.add(0, line("lineage.reference", in.reference(), shareLine));
                } else if (in.share() != null) {
                    lines.add(0, line("lineage.shareOnly", in.share().toPlainString()));
                }
                return new ExplainNode(n.key(), n.factId(), n.value(), n.how(), lines, n.annotations(), n.children());
            }
        }
        Message why = in.value() == null ? line("lineage.notInSnapshot", String.valueOf(key.period().fiscalYear()))
                : line("lineage.notInSnapshotUsed", String.valueOf(key.period().fiscalYear()));
        return new ExplainNode(in.inputKey(), in.inputFactId(), value(in) + share, "input", List.of(why), List.of());
    }

    private static String value(SnapshotContent.InputRow in) {
        return in.value() == null ? "missing" : in.value().stripTrailingZeros().toPlainString() + " " + in.unit();
    }

    private static Message line(String key, Object... args) {
        return AppMessages.of(key, args);
    }

    private void provenance(Context c, SnapshotContent.ValueRow row, List<Message> lines) {
        c.fact(row.factKey().period().fiscalYear(), row.factId()).ifPresent(f -> {
            Provenance p = f.provenance();
            Message approval = p.approvedBy().map(by -> line("lineage.approvedBy", by)).orElse(line("lineage.notApproved"));
            Message same = facts.approvedByEntrant(List.of(f.id())).contains(f.id()) ? line("lineage.samePerson") : line("lineage.none");
            lines.add(line("lineage.entered", line("lineage.origin." + Codes.code(f.origin())), line("lineage.status." + Codes.code(f.status())), p.enteredBy(), String.valueOf(p.enteredAt()),
                    approval, same));
            p.file().ifPresent(file -> lines.add(line("lineage.file", file.name(), String.valueOf(file.row()), file.sha256())));
            if (!p.source().isEmpty()) {
                lines.add(line("lineage.source", p.source()));
            }
            if (f.origin() == Origin.COMPUTED) {
                ledgerRows(f.id(), lines);
            }
        });
    }

    /** The first ledger rows a computed fact counts, by batch, and how many there are in all. */
    private void ledgerRows(String factId, List<Message> lines) {
        SourceRows rows = facts.sourceRows(factId, ROWS_SHOWN);
        Map<Long, List<SourceRowView>> byBatch = new LinkedHashMap<>();
        rows.rows().forEach(r -> byBatch.computeIfAbsent(r.batch(), b -> new ArrayList<>()).add(r));
        Message all = rows.total() > rows.rows().size() ? line("lineage.rowsInAll", String.valueOf(rows.total())) : line("lineage.none");
        byBatch.forEach((batch, list) -> lines.add(line(ExplainNode.LEDGER_LINE, list.get(0).kind(), String.valueOf(batch), list.get(0).file(),
                list.get(0).sha256(), String.join(", ", list.stream().map(r -> String.valueOf(r.row())).toList()), all)));
    }

    /** A fact id ({@code F} + 16 hex digits) looked up in the current snapshots, or {@code indicator@entity@period[dim=member]}. */
    FactKey parse(String reference) {
        String r = reference == null ? "" : reference.strip();
        if (r.matches("F[0-9a-f]{16}")) {
            return snapshots.keyOf(r).map(this::parse).orElseThrow(() -> new EsgException(AppMessages.of("explain.malformed", reference)));
        }
        return FactKey.parse(r).orElseThrow(() -> new EsgException(AppMessages.of("explain.malformed", reference)));
    }
}
