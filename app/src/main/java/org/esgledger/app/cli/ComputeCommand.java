package org.esgledger.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.esgledger.app.calculation.CalculatedValue;
import org.esgledger.app.calculation.Calculations;
import org.esgledger.app.calculation.Change;
import org.esgledger.app.calculation.ChangeReport;
import org.esgledger.app.calculation.ComputeOptions;
import org.esgledger.app.calculation.ComputeResult;
import org.esgledger.app.calculation.FindingView;
import org.esgledger.app.calculation.SnapshotView;
import org.esgledger.app.calculation.TargetView;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.app.user.Users;
import org.esgledger.engine.catalogue.Codes;
import org.esgledger.engine.i18n.Message;
import org.esgledger.engine.organisation.ReportingEntity;
import org.esgledger.engine.target.TargetStatus;
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

    @Option(names = "--by", paramLabel = "USER", description = "Who computes: a user of the workspace (default: the user your login is mapped to).")
    String by;

    /** The headline GHG and energy figures of the root entity, as disclosed, when the year has them. */
    static final List<String> INVENTORY = List.of("ghg_scope1_emissions", "ghg_scope2_location_emissions",
            "ghg_scope2_market_emissions", "ghg_scope3_emissions", "ghg_scope1_2_emissions", "ghg_intensity_revenue", "energy_consumption",
            "energy_consumption_mwh", "green_electricity_share", "water_withdrawal");

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (var context = esg.open()) {
            Calculations calculations = context.getBean(Calculations.class);
            ComputeResult r = calculations.compute(year, new ComputeOptions(context.getBean(Users.class).actor(Optional.ofNullable(by)), freeze, recompute, reason));
            snapshot(out, r);
            if (r.outcome() != ComputeResult.Outcome.UNCHANGED) {
                r.changes().ifPresent(c -> changes(out, c));
            }
            findings(out, r.findings());
            targets(out, r.targets());
            inventory(out, calculations, context.getBean(Organisation.class));
            out.flush();
            return r.outcome() == ComputeResult.Outcome.FROZEN ? EsgCommand.REFUSED : 0;
        }
    }

    private void snapshot(PrintWriter out, ComputeResult r) {
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
    }

    private static void changes(PrintWriter out, ChangeReport c) {
        out.printf("变化（相对快照 #%d）/ Changes since snapshot #%d: %d inputs, %d values%n", c.since(), c.since(),
                c.inputs().size(), c.values().size());
        c.inputs().forEach(i -> out.println("  input  " + i));
        for (Change v : c.values()) {
            out.printf("  value  %s: %s → %s%s%n", v.key(), v.before(), v.after(), v.difference().isEmpty() ? "" : " (Δ " + v.difference() + ")");
            v.causes().forEach(cause -> out.println("         because " + cause));
        }
    }

    private void findings(PrintWriter out, List<FindingView> findings) {
        List<FindingView> problems = findings.stream().filter(FindingView::isProblem).toList();
        out.printf("校验 / Checks: %d findings (%d to look at) — esg checks --year %d%n", findings.size(), problems.size(), year);
        problems.forEach(f -> out.printf("  [%s] %s%n", Codes.code(f.severity()), f.message().en()));
    }

    private static void targets(PrintWriter out, List<TargetView> targets) {
        long achieved = targets.stream().filter(t -> t.status() == TargetStatus.State.ACHIEVED).count();
        long notAchieved = targets.stream().filter(t -> t.status() == TargetStatus.State.NOT_ACHIEVED).count();
        out.printf("目标 / Targets: %d achieved, %d not achieved, %d other (in progress or not evaluable) of %d%n", achieved, notAchieved,
                targets.size() - achieved - notAchieved, targets.size());
        for (TargetView t : targets) {
            if (t.status().judged()) {
                out.printf("  %s %s: %s — %s%n", t.id(), t.subject().en(), Codes.code(t.status()), t.explanation().en());
            }
        }
    }

    private void inventory(PrintWriter out, Calculations calculations, Organisation organisation) {
        String root = organisation.tree().root().map(ReportingEntity::code).orElse("");
        Map<String, String> shown = new LinkedHashMap<>();
        for (CalculatedValue v : calculations.computedValues(Optional.of(year))) {
            if (v.entity().equals(root) && v.key().breakdown().isTotal() && INVENTORY.contains(v.indicator()) && v.value().isPresent()) {
                shown.put(v.indicator(), v.disclosed() + " " + v.unitCode());
            }
        }
        if (!shown.isEmpty()) {
            out.printf("温室气体与能源 / GHG and energy (%s, %d):%n", root, year);
            INVENTORY.stream().filter(shown::containsKey).forEach(i -> out.printf("  %-31s %s%n", i, shown.get(i)));
        }
    }
}
