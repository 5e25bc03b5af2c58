package org.esgledger.app.cli;

import java.io.PrintWriter;
import java.time.Year;
import java.util.concurrent.Callable;

import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.readiness.Readiness;
import org.esgledger.app.report.ReportTemplates;
import org.esgledger.app.readiness.ReadinessReport;
import org.esgledger.app.report.Json;
import org.esgledger.engine.catalogue.Codes;
import org.esgledger.engine.i18n.EsgException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code esg status [--year YYYY] [--format table|json] [--all]}: the readiness of a year's report
 * (docs/readiness.md): entities, ledgers, facts by status, the template's figures without value or
 * resting only on drafts, the snapshot and its findings.
 */
@Command(name = "status", description = {"Readiness of a year's report: entities, ledgers per kind and year, facts by status, the report "
        + "template's figures without value or only draft values, the snapshot and its findings.",
        "年度报告就绪状态：主体、各类台账及年度、各状态数据点、报告模板中缺少数值或仅有草稿数值的数据、快照及其一致性问题。"})
class StatusCommand implements Callable<Integer> {

    @ParentCommand
    EsgCommand esg;

    @Spec
    CommandSpec spec;

    @Option(names = "--year", paramLabel = "YYYY", description = "Fiscal year (default: the latest the workspace has data for).")
    Integer year;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--all", description = "List every figure without value or with only draft values (JSON always lists them).")
    boolean all;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        if (format == OutputFormat.csv) {
            throw new EsgException(AppMessages.of("status.format", Codes.code(format)));
        }
        try (var context = esg.open()) {
            Readiness readiness = context.getBean(Readiness.class);
            int y = year != null ? year : readiness.latestYear().orElse(Year.now().getValue() - 1);
            ReadinessReport r = readiness.of(y, ReportTemplates.workspaceTemplate(esg.workspace, y));
            if (format == OutputFormat.json) {
                w.print(Json.write(StatusJson.of(r)));
            } else {
                StatusTable.print(w, r, all);
            }
            w.flush();
        }
        return 0;
    }
}
