package org.esgledger.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import org.esgledger.app.audit.Actor;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.intake.SourceFile;
import org.esgledger.app.report.Editions;
import org.esgledger.app.report.RenderOptions;
import org.esgledger.app.report.Rendering;
import org.esgledger.app.report.ReportFormat;
import org.esgledger.app.report.ReportTemplates;
import org.esgledger.app.user.Users;
import org.esgledger.engine.i18n.Message;
import org.esgledger.engine.report.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code esg report --year YYYY --lang zh,en --format html,pdf,docx,json,csv --out DIR}: the year's
 * editions from the report template, the lineage page, the data pack and the render report.
 */
@Command(name = "report", description = {"Render the year's report from its template and current snapshot: HTML (with lineage links), PDF, DOCX "
        + "in Chinese and English, the JSON/CSV data pack, and a render report of missing and unused figures.",
        "由报告模板和当前快照生成年度报告：中英文 HTML（含数据溯源链接）、PDF、DOCX，JSON/CSV 数据包，以及列出缺失和未使用数据的渲染报告。"})
class ReportCommand implements Callable<Integer> {

    @ParentCommand
    EsgCommand esg;

    @Spec
    CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "Fiscal year (its current snapshot: run esg compute first).")
    int year;

    @Option(names = "--lang", split = ",", defaultValue = "zh,en", converter = ReportChoices.Languages.class,
            completionCandidates = ReportChoices.LanguageCodes.class, description = "Editions: ${COMPLETION-CANDIDATES} (default: both).")
    List<Language> languages;

    @Option(names = "--format", split = ",", defaultValue = "html,pdf,docx,json,csv", converter = ReportChoices.Formats.class,
            description = "${COMPLETION-CANDIDATES} (default: all).")
    List<ReportFormat> formats;

    @Option(names = "--template", paramLabel = "FILE", description = "Report template (default: WORKSPACE/report/template-YYYY.xml, else WORKSPACE/report/template.xml; "
            + "when there is neither, the starter template is written to the first).")
    Path template;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to write to (default: WORKSPACE/out).")
    Path out;

    @Option(names = "--strict", description = "Refuse to write anything when a figure reference has no value.")
    boolean strict;

    @Option(names = "--final", description = "Refuse to write anything while a printed figure rests on a value that is not approved (names them).")
    boolean finalEdition;

    @Option(names = "--by", paramLabel = "USER", description = "Who renders: a user of the workspace who may compute (default: the user your login is mapped to).")
    String by;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        Path dir = OutputPath.folder(out != null ? out : esg.workspace.resolve("out"));
        if (template != null) {
            SourceFile.requireFile(template);
        }
        Path file = template != null ? template : ReportTemplates.workspaceTemplate(esg.workspace, year);
        try (var context = esg.open()) {
            Actor who = context.getBean(Users.class).actor(Optional.ofNullable(by));
            if (template == null && context.getBean(ReportTemplates.class).installStarter(file, year)) {
                Message written = AppMessages.of("report.starterWritten", file.toAbsolutePath().toString());
                w.println(written.zh());
                w.println(written.en());
            }
            Rendering r = context.getBean(Editions.class).render(who, new RenderOptions(year, file, languages, Set.copyOf(formats), dir, strict,
                    finalEdition));
            print(w, year, r);
        }
        return 0;
    }

    static void print(PrintWriter w, int year, Rendering r) {
        w.printf("报告 / Report %d (snapshot #%d): %d figures rendered, %d missing, %d computed but not used, %d findings on rendered figures%n",
                year, r.snapshot(), r.figures(), r.missing().size(), r.unused().size(), r.findings().size());
        r.files().forEach(f -> w.println("  " + f.toAbsolutePath()));
        w.println("  render report: " + r.renderReport().toAbsolutePath());
        w.flush();
    }
}
