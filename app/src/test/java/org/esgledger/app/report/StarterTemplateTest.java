package org.esgledger.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

import org.esgledger.app.StoreTest;
import org.esgledger.app.TestActors;
import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.calculation.Calculations;
import org.esgledger.app.calculation.ComputeOptions;
import org.esgledger.app.catalogue.Catalogue;
import org.esgledger.app.intake.SourceFile;
import org.esgledger.app.ledger.ImportOptions;
import org.esgledger.app.ledger.Ledgers;
import org.esgledger.engine.catalogue.Framework;
import org.esgledger.engine.catalogue.FrameworkItem;
import org.esgledger.engine.report.Language;
import org.esgledger.engine.report.template.Component;
import org.esgledger.engine.report.template.ReportTemplate;
import org.esgledger.engine.report.template.Row;
import org.esgledger.engine.report.template.Section;
import org.esgledger.engine.report.template.TemplateReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The starter report template of a company workspace: it names only indicators of the production
 * set-up and every Guideline No. 17 topic and pillar, and on a workspace with nothing but the set-up,
 * an organisation and one small ledger it renders both editions, with the ledger's figures, the
 * missing marker for the rest, and its blocks to be written marked in both languages.
 */
@StoreTest
class StarterTemplateTest {

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    ReportTemplates templates;
    @Autowired
    Catalogue catalogue;
    @Autowired
    Ledgers ledgers;
    @Autowired
    Calculations calculations;
    @Autowired
    Editions editions;

    @Test
    void everyReferenceNamesAnIndicatorOfTheSetUpAndEveryDisclosureIsKnown() {
        workspaces.organisationOnly();
        ReportTemplate t = templates.starter(2024);
        List<String> refs = refs(t);
        assertThat(refs).hasSizeGreaterThan(50);
        assertThat(refs).allSatisfy(r -> assertThat(catalogue.indicator(r)).as("indicator " + r).isPresent());
        Set<String> gri = new HashSet<>();
        for (FrameworkItem i : catalogue.frameworkItems()) {
            if (i.framework() == Framework.GRI) {
                gri.add(i.code());
            }
        }
        assertThat(t.sections().stream().flatMap(s -> s.gri().stream())).allSatisfy(g -> assertThat(gri).as("GRI " + g).contains(g));
        assertThat(t.entity()).isEqualTo("group");
        assertThat(t.organisation().en()).isEqualTo("ZKTECO CO., LTD. (consolidated)");
    }

    @Test
    void everyTopicAndPillarOfTheGuidelineHasItsSection() {
        workspaces.organisationOnly();
        ReportTemplate t = templates.starter(2024);
        List<List<String>> topics = new String(SourceFile.resource("reference/szse-g17-topics.csv").bytes(), StandardCharsets.UTF_8)
                .lines().skip(1).map(l -> List.of(l.split(","))).toList();
        assertThat(topics).hasSize(21);
        for (List<String> topic : topics) {
            List<Integer> articles = new ArrayList<>();
            for (String a : topic.get(12).split(";")) {
                articles.add(Integer.parseInt(a));
            }
            assertThat(t.sections()).as("topic " + topic.get(0)).anySatisfy(s -> {
                assertThat(s.title().zh()).isEqualTo(topic.get(10));
                assertThat(s.szse()).containsAll(articles);
            });
        }
        for (int pillar : List.of(12, 13, 18, 19)) {
            assertThat(t.sections()).as("pillar article " + pillar).anySatisfy(s -> assertThat(s.szse()).contains(pillar));
        }
        assertThat(t.sections().stream().filter(s -> s.components().stream().anyMatch(c -> c instanceof Component.ToWrite)).count())
                .isGreaterThanOrEqualTo(25);
    }

    @Test
    void rendersBothEditionsOfACompanyWithOneSmallLedger() throws IOException, InterruptedException {
        workspaces.organisationOnly();
        String energy = String.join("\n", "月份,所属主体,能源/水种类,用量,计量单位,金额,绿电比例",
                "2024-01,塘厦分公司,电力,12000,千瓦时,,",
                "2024-02,塘厦分公司,电力,10000,千瓦时,,",
                "2024-03,塘厦分公司,自来水,1500,吨,,");
        ledgers.importFile("energy", new SourceFile("energy-2024.csv", energy.getBytes(StandardCharsets.UTF_8)),
                new ImportOptions(false, false, TestActors.manager("test")));
        calculations.compute(2024, new ComputeOptions(TestActors.manager("test"), false, false, "starter"));
        Path workspace = Files.createTempDirectory("starter-ws");
        Path out = Files.createTempDirectory("starter-out");
        Path file = workspace.resolve("report").resolve("template.xml");
        assertThat(templates.installStarter(file, 2024)).isTrue();
        assertThat(templates.installStarter(file, 2024)).as("an existing template is kept").isFalse();
        Rendering r = editions.render(new RenderOptions(2024, file, List.of(Language.ZH, Language.EN),
                Set.of(ReportFormat.HTML, ReportFormat.PDF), out, false));
        assertThat(r.missing()).isNotEmpty();
        // pdftotext read back NFKC-normalised: full-width brackets come back as ( )
        String zh = Poppler.text(out.resolve("report-2024-zh.pdf"), 0, 0);
        String en = Poppler.text(out.resolve("report-2024-en.pdf"), 0, 0);
        assertThat(zh).contains("熵基科技股份有限公司(合并)", "2024年度可持续发展报告", "【数据缺失】", "待填写", "应对气候变化", "22,000");
        assertThat(en).contains("ZKTECO CO., LTD. (consolidated)", "2024 Sustainability Report", "[data not available]", "To be written",
                "22,000");
        String html = Files.readString(out.resolve("report-2024-en.html"));
        assertThat(html).contains("class=\"towrite\"", "To be written");
        String report = Files.readString(r.renderReport());
        assertThat(report).contains("待填写 / to be written: " + countToWrite(file));
    }

    private static long countToWrite(Path file) throws IOException {
        return Files.readString(file).lines().filter(l -> l.strip().equals("<to-write>")).count();
    }

    /** Every indicator code the template references, in rows and in narrative. */
    private static List<String> refs(ReportTemplate t) {
        List<String> out = new ArrayList<>();
        for (Section s : t.sections()) {
            for (Component c : s.components()) {
                List<Row> rows = c instanceof Component.Figures f ? f.rows() : c instanceof Component.KeyFigures k ? k.rows() : List.of();
                rows.forEach(r -> out.add(r.ref().indicator()));
                String text = c instanceof Component.Prose p ? p.xhtml().zh() + p.xhtml().en()
                        : c instanceof Component.ToWrite w ? w.guidance().xhtml().zh() + w.guidance().xhtml().en() : "";
                Matcher m = TemplateReader.INLINE.matcher(text);
                while (m.find()) {
                    String indicator = m.group(1).strip().replaceAll("[@\\[|].*", "");
                    if (!indicator.equals("year")) {
                        out.add(indicator);
                    }
                }
            }
        }
        return out;
    }
}
