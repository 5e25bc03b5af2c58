package org.esgledger.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.esgledger.app.calculation.Calculations;
import org.esgledger.app.calculation.Change;
import org.esgledger.app.calculation.ComputeOptions;
import org.esgledger.app.calculation.ComputeResult;
import org.esgledger.app.calculation.FindingView;
import org.esgledger.app.calculation.SnapshotView;
import org.esgledger.app.calculation.TargetView;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.engine.i18n.Message;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code esg compute --year YYYY}: a reproducible snapshot of the year, with what changed since the last one and why. */
@Command(name = "compute", description = {"Compute a fiscal year into an immutable snapshot (roll-ups, formulas, checks, targets) and report what changed since the last one.",
        "计算某一财年并生成不可变快照（汇总、公式、校验、目标），报告与上一快照相比的变化及原因。"})
class ComputeCommand implements Callable<Integer> {

    @ParentCommand
    EsgCommand esg;

    @Spec
    CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "Fiscal year to compute.")
    int year;

    @Option(names = "--freeze", description = "Freeze the year on the resulting snapshot (needs --reason).")
    boolean freeze;

    @Option(names = "--recompute", description = "Recompute a frozen year on purpose (needs --reason); it stays frozen on the new snapshot.")
    boolean recompute;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why: recorded with the snapshot.")
    String reason;

    @Option(names = "--by", description = "Who computes (default: the system user).")
    String by = System.getProperty("user.name", "unknown");

    /** The headline GHG and energy figures of the root entity, as disclosed, when the year has them. */
    static final java.util.List<String> INVENTORY = java.util.List.of("ghg_scope1_emissions", "ghg_scope2_location_emissions",
            "ghg_scope2_market_emissions", "ghg_scope3_emissions", "ghg_scope1_2_emissions", "ghg_intensity_revenue", "energy_consumption",
            "energy_consumption_mwh", "green_electricity_share", "water_withdrawal");

    private void inventory(PrintWriter out, Calculations calculations, org.esgledger.app.organisation.Organisation organisation) {
        String root = organisation.tree().root().map(e -> e.code()).orElse("");
        java.util.Map<String, String> shown = new java.util.LinkedHashMap<>();
        for (var v : calculations.computedValues(java.util.Optional.of(year))) {
            if (v.entity().equals(root) && v.breakdown().isEmpty() && INVENTORY.contains(v.indicator()) && !v.value().isEmpty()) {
                shown.put(v.indicator(), v.note().replace("disclosed ", "") + " " + v.unit());
            }
        }
        if (!shown.isEmpty()) {
            out.printf("温室气体与能源 / GHG and energy (%s, %d):%n", root, year);
            INVENTORY.stream().filter(shown::containsKey).forEach(i -> out.printf("  %-31s %s%n", i, shown.get(i)));
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (var context = esg.open()) {
            ComputeResult r = context.getBean(Calculations.class).compute(year, new ComputeOptions(by, freeze, recompute, reason));
            SnapshotView s = r.snapshot();
            switch (r.outcome()) {
                case CREATED -> out.printf("已生成快照 / Snapshot #%d of %d created%n", s.id(), year);
                case UNCHANGED -> out.printf("输入未变，结果逐位相同 / Inputs unchanged, results bit-identical: snapshot #%d of %d%n", s.id(), year);
                default -> {
                    Message m = AppMessages.of("compute.frozen", String.valueOf(year), String.valueOf(s.id()), s.frozenReason());
                    out.println(m.zh());
                    out.println(m.en());
                }
            }
            out.printf("  fingerprint %s%n  content     %s%n  values %d, findings %d%s%n", s.fingerprint(), s.contentSha256(), s.values(),
                    s.findings(), s.frozen() ? ", frozen by " + s.frozenBy() + ": " + s.frozenReason() : "");
            r.changes().ifPresent(c -> {
                if (r.outcome() != ComputeResult.Outcome.UNCHANGED) {
                    out.printf("变化（相对快照 #%d）/ Changes since snapshot #%d: %d inputs, %d values%n", c.since(), c.since(),
                            c.inputs().size(), c.values().size());
                    c.inputs().forEach(i -> out.println("  input  " + i));
                    for (Change v : c.values()) {
                        out.printf("  value  %s: %s → %s%s%n", v.key(), v.before(), v.after(), v.difference().isEmpty() ? "" : " (Δ " + v.difference() + ")");
                        v.causes().forEach(cause -> out.println("         because " + cause));
                    }
                }
            });
            long problems = r.findings().stream().filter(f -> !f.severity().equals("info")).count();
            out.printf("校验 / Checks: %d findings (%d to look at) — esg checks --year %d%n", r.findings().size(), problems, year);
            for (FindingView f : r.findings()) {
                if (!f.severity().equals("info")) {
                    out.printf("  [%s] %s%n", f.severity(), f.message().en());
                }
            }
            long achieved = r.targets().stream().filter(t -> t.status().equals("achieved")).count();
            long notAchieved = r.targets().stream().filter(t -> t.status().equals("not_achieved")).count();
            out.printf("目标 / Targets: %d achieved, %d not achieved, %d other (in progress or not evaluable) of %d%n", achieved, notAchieved,
                    r.targets().size() - achieved - notAchieved, r.targets().size());
            for (TargetView t : r.targets()) {
                if (t.status().equals("achieved") || t.status().equals("not_achieved")) {
                    out.printf("  %s %s: %s — %s%n", t.id(), t.subject().en(), t.status(), t.explanation().en());
                }
            }
            inventory(out, context.getBean(Calculations.class), context.getBean(org.esgledger.app.organisation.Organisation.class));
            out.flush();
            return r.outcome() == ComputeResult.Outcome.FROZEN ? EsgCommand.REFUSED : 0;
        }
    }
}
