package org.esgledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.esgledger.app.StoreTest;
import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.calculation.Calculations;
import org.esgledger.app.calculation.SnapshotView;
import org.esgledger.app.demo.DemoReportTemplate;
import org.esgledger.app.readiness.Readiness;
import org.esgledger.app.readiness.ReadinessReport;
import org.esgledger.app.report.Editions;
import org.esgledger.app.report.Json;
import org.esgledger.app.report.RenderOptions;
import org.esgledger.app.report.ReportFormat;
import org.esgledger.app.report.ReportTemplates;
import org.esgledger.app.report.Rendering;
import org.esgledger.engine.fact.FactStatus;
import org.esgledger.engine.report.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code esg status}: on the demo its numbers are those the demo holds (checked against the store
 * directly and against the render report), on a company workspace with nothing imported every
 * figure is missing, and on a workspace with no set-up at all it still answers.
 */
@StoreTest
class StatusCommandTest {

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    Readiness readiness;
    @Autowired
    Editions editions;
    @Autowired
    Calculations calculations;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemosReadinessIsWhatTheDemoHolds() throws IOException {
        workspaces.demo();
        Path template = DemoReportTemplate.install(Files.createTempDirectory("status-ws"));
        ReadinessReport r = readiness.of(2024, template);

        assertThat(r.entities().count()).isEqualTo(jdbc.sql("select count(*) from entity").query(Integer.class).single());
        assertThat(r.ledgers()).hasSize(9);
        r.ledgers().forEach(l -> assertThat(l.batches()).isEqualTo(jdbc.sql(
                "select count(*) from ledger_batch where kind = ? and superseded_by is null").param(l.kind()).query(Integer.class).single()));
        assertThat(r.ledgers()).filteredOn(l -> l.kind().equals("employees")).singleElement()
                .satisfies(l -> assertThat(l.year(2024).rows()).isPositive().isLessThanOrEqualTo(l.rows()));
        Map<FactStatus, Long> stored = new EnumMap<>(FactStatus.class);
        for (FactStatus s : FactStatus.values()) {
            stored.put(s, jdbc.sql("select count(*) from fact f join period p on p.code = f.period_code where p.fiscal_year = 2024 "
                    + "and f.status = ?").param(s.name().toLowerCase()).query(Long.class).single());
        }
        assertThat(r.facts()).isEqualTo(stored);

        Rendering rendering = editions.render(new RenderOptions(2024, template, List.of(Language.ZH, Language.EN), Set.of(ReportFormat.HTML),
                Files.createTempDirectory("status-out"), false));
        // the three prior-year figures the data cannot give print as published (ReportNotesTest): none missing
        assertThat(r.figures().missing()).isEqualTo(rendering.missing().size()).isZero();
        assertThat(r.figures().total()).isPositive();
        assertThat(r.figures().template()).isEqualTo(template.toString());
        assertThat(r.figures().toWrite()).isZero();
        assertThat(r.figures().chapters().stream().mapToInt(ReadinessReport.Chapter::missing).sum()).isZero();

        SnapshotView snapshot = calculations.current(2024).orElseThrow();
        assertThat(r.snapshot()).hasValueSatisfying(s -> {
            assertThat(s.id()).isEqualTo(snapshot.id());
            assertThat(s.frozen()).isFalse();
        });
        assertThat(r.findings().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(snapshot.findings());

        StringWriter table = new StringWriter();
        StatusTable.print(new PrintWriter(table), r, true);
        assertThat(table.toString()).contains("就绪状态 / Readiness, FY2024", "employees", "无数值 / without value: 0", "未冻结 / not frozen");
        String json = Json.write(StatusJson.of(r));
        assertThat(json).contains("\"year\": 2024", "\"missing\": 0").doesNotContain("\"state\": \"missing\"");
    }

    @Test
    void aCompanyWithNothingImportedMissesEveryFigureOfTheStarterTemplate() {
        workspaces.organisationOnly();
        ReadinessReport r = readiness.of(2024, Path.of("no-such-folder", "template.xml"));
        assertThat(r.figures().template()).isEqualTo(ReportTemplates.STARTER);
        assertThat(r.figures().total()).isPositive();
        assertThat(r.figures().missing()).isEqualTo(r.figures().total());
        assertThat(r.figures().toWrite()).isEqualTo(28);
        assertThat(r.ledgers()).isEmpty();
        assertThat(r.snapshot()).isEmpty();
        assertThat(r.facts().values()).containsOnly(0L);
        assertThat(r.entities().levels()).isPositive();
    }

    @Test
    void aWorkspaceWithNoSetUpStillAnswers() {
        TestWorkspaces.embeddedOnly();
        Path workspace = TestWorkspaces.folder("status-empty");
        CliRun table = CliRun.esg(workspace, "status", "--year", "2024");
        assertThat(table.exit()).as(table.all()).isZero();
        assertThat(table.out()).contains("主体 / Entities: 0", "尚未导入 / none imported", "esg compute --year 2024");
        CliRun json = CliRun.esg(workspace, "status", "--year", "2024", "--format", "json");
        assertThat(json.exit()).as(json.all()).isZero();
        assertThat(json.out()).contains("\"snapshot\": null", "\"template\": \"setup/report/template.xml\"");
        CliRun csv = CliRun.esg(workspace, "status", "--format", "csv");
        assertThat(csv.exit()).isEqualTo(EsgCommand.REFUSED);
        assertThat(csv.all()).contains("esg status 只能输出表格", "esg status prints a table or JSON, not csv");
    }
}
