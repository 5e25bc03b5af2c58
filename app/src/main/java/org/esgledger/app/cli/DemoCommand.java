package org.esgledger.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.esgledger.app.demo.DemoReportTemplate;
import org.esgledger.app.demo.DemoSummary;
import org.esgledger.app.demo.DemoWorkspace;
import org.esgledger.app.report.Editions;
import org.esgledger.app.report.RenderOptions;
import org.esgledger.app.report.Rendering;
import org.esgledger.engine.report.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code esg demo}: creates or refreshes the demo workspace. */
@Command(name = "demo", description = {
        "Create or refresh the demo workspace: catalogue, organisation and the seed report's figures as facts.",
        "创建或刷新演示工作区：指标目录、组织架构及示例报告披露的数据。"})
class DemoCommand implements Callable<Integer> {

    @ParentCommand
    EsgCommand esg;

    @Spec
    CommandSpec spec;

    @Option(names = "--force", description = "Reload even if the workspace already holds this demo.")
    boolean force;

    @Option(names = "--no-report", description = "Load the demo without rendering its report (esg report --year 2024 renders it later).")
    boolean noReport;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        spec.commandLine().getErr().println("Opening workspace " + esg.workspace.toAbsolutePath() + " …");
        try (var context = esg.open()) {
            DemoSummary s = context.getBean(DemoWorkspace.class).refresh(force);
            out.println(s.upToDate() ? "演示工作区已是最新 / Demo workspace is up to date" : "演示工作区已加载 / Demo workspace loaded");
            out.printf("  store            %s%n", s.store());
            out.printf("  units            %d%n", s.units());
            out.printf("  entities         %d%n", s.entities());
            out.printf("  dimensions       %d%n", s.dimensions());
            out.printf("  indicators       %d%n", s.indicators());
            s.frameworkItems().forEach((f, n) -> out.printf("  framework items  %-5s %d%n", f, n));
            s.factsByYear().forEach((y, n) -> out.printf("  facts            FY%d  %d%n", y, n));
            out.printf("  facts total      %d%n", s.facts());
            out.printf("  fingerprint      %s%n", s.fingerprint().substring(0, 16));
            s.snapshots().forEach(v -> out.printf("  snapshot         FY%d  #%d  %d values, %d findings%n", v.fiscalYear(), v.id(), v.values(), v.findings()));
            Path template = DemoReportTemplate.install(esg.workspace);
            if (!noReport) {
                Rendering r = context.getBean(Editions.class).render(new RenderOptions(2024, template, List.of(Language.ZH, Language.EN),
                        Set.copyOf(RenderOptions.FORMATS), esg.workspace.resolve("out"), false));
                ReportCommand.print(out, 2024, r);
            }
            out.println("Next: ./esg facts --year 2024 --format csv   ./esg checks --year 2024   ./esg explain rd_staff_share@group@2024   ./esg report --year 2024");
            out.flush();
        }
        return 0;
    }
}
