package org.esgledger.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.esgledger.app.ledger.LedgerCoverage;
import org.esgledger.app.readiness.ReadinessReport;
import org.esgledger.engine.catalogue.Codes;

/** {@code esg status} for people: each part of the readiness report under a heading in Chinese and English. */
final class StatusTable {

    private StatusTable() {
    }

    static void print(PrintWriter w, ReadinessReport r, boolean all) {
        w.printf("就绪状态 / Readiness, FY%d%n%n", r.year());
        w.printf("主体 / Entities: %d, %d 层 / levels%n%n", r.entities().count(), r.entities().levels());
        ledgers(w, r);
        w.printf("数据点（已存储） / Stored facts, FY%d: %s%n", r.year(), counts(r.facts()));
        w.printf("快照计算值 / Values computed in the snapshot: %d%n%n", r.computedValues());
        figures(w, r.figures(), all);
        snapshot(w, r);
        lock(w, r);
    }

    private static void ledgers(PrintWriter w, ReadinessReport r) {
        if (r.ledgers().isEmpty()) {
            w.printf("台账 / Ledgers: 尚未导入 / none imported%n%n");
            return;
        }
        Output t = new Output(List.of("kind", "batches", "rows", "batches_" + r.year(), "rows_" + r.year(), "years"),
                List.of("batches", "rows", "batches_" + r.year(), "rows_" + r.year()));
        for (LedgerCoverage c : r.ledgers()) {
            LedgerCoverage.Year y = c.year(r.year());
            t.row(List.of(c.kind(), String.valueOf(c.batches()), String.valueOf(c.rows()), String.valueOf(y.batches()),
                    String.valueOf(y.rows()), c.years().keySet().stream().map(String::valueOf).collect(Collectors.joining(" "))));
        }
        w.printf("台账（有效批次与行数；本年度数据计入的批次与行数） / Ledgers (batches in force and rows; those FY%d's figures count):%n",
                r.year());
        t.write(OutputFormat.table, w);
        w.println();
    }

    private static void figures(PrintWriter w, ReadinessReport.Figures f, boolean all) {
        w.printf("报告模板 / Report template: %s%n", f.template());
        w.printf("  数据引用 / figures: %d; 无数值 / without value: %d; 仅有草稿数值 / only draft values: %d; 待填写 / to be written: %d%n",
                f.total(), f.missing(), f.draft(), f.toWrite());
        Output t = new Output(List.of("chapter", "figures", "missing", "draft"), List.of("figures", "missing", "draft"));
        f.chapters().forEach(c -> t.row(List.of(c.id(), String.valueOf(c.figures()), String.valueOf(c.missing()), String.valueOf(c.draft()))));
        t.write(OutputFormat.table, w);
        if (all && !f.open().isEmpty()) {
            w.println();
            Output open = new Output(List.of("state", "ref", "section"), List.of());
            f.open().forEach(x -> open.row(List.of(Codes.code(x.state()), x.ref(), x.section())));
            open.write(OutputFormat.table, w);
        }
        w.println();
    }

    private static void snapshot(PrintWriter w, ReadinessReport r) {
        if (r.snapshot().isEmpty()) {
            w.printf("快照 / Snapshot: 尚无，请运行 / none yet, run: esg compute --year %d%n", r.year());
            return;
        }
        ReadinessReport.Snapshot s = r.snapshot().get();
        w.printf("快照 / Snapshot: #%d, %s, %s; %s%n", s.id(), s.computedAt(), s.computedBy(),
                s.frozen() ? "已冻结 / frozen " + s.frozenAt().map(Object::toString).orElse("") + " " + s.frozenBy() : "未冻结 / not frozen");
        w.printf("一致性问题 / Findings: %s%n", counts(r.findings()));
    }

    private static void lock(PrintWriter w, ReadinessReport r) {
        w.println(r.lock().map(l -> String.format("期间锁定 / Period lock: 已锁定 / locked %s, %s: %s", l.lockedAt(), l.lockedBy(), l.reason()))
                .orElse("期间锁定 / Period lock: 未锁定 / open"));
    }

    /** {@code draft 3, submitted 0, …} in the enum's order. */
    private static <E extends Enum<E>> String counts(Map<E, Long> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Codes.code(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
