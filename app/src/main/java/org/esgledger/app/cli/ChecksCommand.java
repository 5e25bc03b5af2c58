package org.esgledger.app.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.esgledger.app.calculation.Calculations;
import org.esgledger.app.calculation.FindingView;
import org.esgledger.engine.catalogue.Codes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code esg checks --year YYYY}: the consistency findings of a fresh computation of the year. */
@Command(name = "checks", description = {"Run the consistency rules on a fresh computation of the year and list the findings (nothing is stored).",
        "对该年度重新计算并运行一致性校验，列出发现的问题（不写入任何内容）。"})
class ChecksCommand implements Callable<Integer> {

    @ParentCommand
    EsgCommand esg;

    @Spec
    CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "Fiscal year.")
    int year;

    @Option(names = "--all", description = "Also list information findings (printed figures that cannot be recomputed, rules that could not run).")
    boolean all;

    @Option(names = "--format", defaultValue = "table", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        try (var context = esg.open()) {
            List<FindingView> findings = context.getBean(Calculations.class).checks(year);
            List<FindingView> shown = findings.stream().filter(f -> all || f.isProblem()).toList();
            Output output = new Output(format == OutputFormat.table ? List.of("severity", "rule", "subject", "message")
                    : List.of("severity", "rule", "subject", "message_zh", "message_en"), List.of());
            for (FindingView f : shown) {
                String severity = Codes.code(f.severity());
                output.row(format == OutputFormat.table
                        ? List.of(severity, f.rule(), f.subject(), f.message().zh() + "\n" + f.message().en())
                        : List.of(severity, f.rule(), f.subject(), f.message().zh(), f.message().en()));
            }
            output.write(format, spec.commandLine().getOut());
            if (format == OutputFormat.table) {
                spec.commandLine().getOut().printf("%d findings shown, %d in all (--all shows information findings too)%n", shown.size(),
                        findings.size());
                spec.commandLine().getOut().flush();
            }
        }
        return 0;
    }
}
