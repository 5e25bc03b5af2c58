package org.esgledger.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.esgledger.app.StoreTest;
import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Changes;
import org.esgledger.app.audit.Role;
import org.esgledger.app.audit.Scope;
import org.esgledger.app.calculation.Calculations;
import org.esgledger.app.calculation.ComputeOptions;
import org.esgledger.app.fact.Facts;
import org.esgledger.app.intake.SourceFile;
import org.esgledger.app.review.Reviews;
import org.esgledger.app.review.Selection;
import org.esgledger.engine.report.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A one-person company (the demo's organisation, no data) with the four-eyes rule off: its only user
 * enters and approves the year's headcount and R&D staff; the lineage page and the render report say,
 * per figure and in both languages, that they were approved by the same person who entered them, and
 * the lineage page and the data pack print the same head of the audit chain.
 */
@StoreTest
class OnePersonCompanyReportTest {

    static final Actor SOLO = Actor.user("solo", Set.of(Role.ADMIN, Role.MANAGER), Scope.NONE);
    static final String SAME_ZH = "由录入人本人批准（四眼原则已关闭）";
    static final String SAME_EN = "Approved by the same person who entered it (four-eyes rule off)";

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    Facts facts;
    @Autowired
    Reviews reviews;
    @Autowired
    Calculations calculations;
    @Autowired
    Editions editions;
    @Autowired
    Changes changes;

    Path dir;

    @BeforeEach
    void onePersonCompany() throws IOException {
        workspaces.organisationOnly();
        dir = Files.createTempDirectory("one-person");
        Path file = Files.writeString(dir.resolve("facts.csv"), """
                indicator,entity,period,breakdown,nature,value,unit,status,source,note
                employees_total,group,2024,,actual,40,人,draft,roster,
                rd_staff,group,2024,,actual,10,人,draft,roster,
                """, StandardCharsets.UTF_8);
        facts.load(SourceFile.of(file), SOLO);
        reviews.fourEyes(SOLO, false, "one-person company");
        reviews.submit(SOLO, new Selection.Filter(Optional.of("group"), Optional.empty(), Optional.of(2024)), "");
        reviews.approve(SOLO, new Selection.Filter(Optional.of("group"), Optional.empty(), Optional.of(2024)), "");
        calculations.compute(2024, new ComputeOptions(SOLO, false, false, "one-person company"));
    }

    private Path render() throws IOException {
        Path template = Files.writeString(dir.resolve("template.xml"), """
                <report id="solo" entity="group" year="2024">
                  <title zh="报告" en="Report"/>
                  <chapter id="people" zh="员工" en="People">
                    <text><zh><p>员工{{employees_total@2024}}，研发人员占比{{rd_staff_share@2024}}。</p></zh>
                          <en><p>{{employees_total@2024}} employees, R&amp;D staff {{rd_staff_share@2024}}.</p></en></text>
                  </chapter>
                </report>
                """, StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("registers"));
        Path out = dir.resolve("out");
        editions.render(new RenderOptions(2024, template, List.of(Language.ZH, Language.EN), Set.of("html", "json", "csv"), out, false));
        return out;
    }

    @Test
    void theLineagePageAndTheRenderReportSayTheFiguresWereApprovedByTheSamePerson() throws IOException {
        Path out = render();
        String lineage = Files.readString(out.resolve("lineage-2024.html"), StandardCharsets.UTF_8);
        String employees = section(lineage, "employees_total@group@2024");
        assertThat(employees).contains(SAME_ZH + " / " + SAME_EN);
        String share = section(lineage, "rd_staff_share@group@2024");
        assertThat(share).contains("所依据的数值由录入人本人批准（四眼原则已关闭） / Rests on values approved by the same person who entered them "
                + "(four-eyes rule off):").doesNotContain(SAME_EN);

        String report = Files.readString(out.resolve("render-report-2024.md"), StandardCharsets.UTF_8);
        String same = report.substring(report.indexOf("## 由录入人本人批准的数据"));
        assertThat(same).startsWith("## 由录入人本人批准的数据（四眼原则已关闭） / Figures approved by the same person who entered them "
                + "(four-eyes rule off) (2)");
        assertThat(same.lines().filter(l -> l.startsWith("- ")).toList()).containsExactly(
                "- employees_total@group@2024 (people): Face6866e8059f8be",
                "- rd_staff_share@group@2024 (people): F627483b727457f1b, Face6866e8059f8be");
        assertThat(report).contains("Figures resting on values not approved (0)");
    }

    @Test
    void theLineagePageAndTheDataPackPrintTheHeadOfTheAuditChainAtRender() throws IOException {
        Path out = render();
        String head = changes.head().toString();
        Matcher lineage = Pattern.compile("<p id=\"audit-head\">[^<]*<code>([0-9]+:[0-9a-f]{64})</code>")
                .matcher(Files.readString(out.resolve("lineage-2024.html"), StandardCharsets.UTF_8));
        assertThat(lineage.find()).isTrue();
        assertThat(lineage.group(1)).isEqualTo(head);
        String json = Files.readString(out.resolve("datapack-2024.json"), StandardCharsets.UTF_8);
        assertThat(json).contains("\"audit_head\": {\n    \"seq\": " + changes.head().seq() + ",\n    \"sha256\": \"" + changes.head().sha256() + "\"\n  }");
        List<String> csv = Files.readAllLines(out.resolve("datapack-2024.csv"), StandardCharsets.UTF_8);
        assertThat(csv.get(csv.size() - 1)).startsWith("audit_chain_head,,渲染时的审计链头,audit chain head when written,,,,," + head + ",");
        assertThat(csv.get(csv.size() - 1).split(",", -1)).hasSize(DataPacks.CSV_COLUMNS.size());
    }

    /** The section of the lineage page whose heading names this key. */
    private static String section(String page, String key) {
        int at = page.indexOf("<h3><code>" + key + "</code>");
        assertThat(at).as(key).isPositive();
        return page.substring(at, page.indexOf("</section>", at));
    }
}
