package org.esgledger.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.report.document.Block;
import org.esgledger.engine.report.document.Part;
import org.esgledger.engine.report.template.FigureRef;
import org.esgledger.engine.report.template.ReportTemplate;
import org.esgledger.engine.report.template.TemplateReader;
import org.junit.jupiter.api.Test;

/** Honest notes: a figure that differs from what was published, one that only was published, and a declared-only target status. */
class FigureNotesTest {

    static final String TEMPLATE = """
            <report id="r" entity="group" year="2024">
              <title zh="报告" en="Report"/>
              <chapter id="people" zh="以人为本" en="People">
                <section id="staff" zh="员工" en="Staff">
                  <text><zh><p>员工{{employees_total@2024}}，研发{{rd_staff@2024}}。</p></zh><en><p>{{employees_total@2024}}; R&amp;D {{rd_staff@2024}}.</p></en></text>
                  <figures periods="2023 2024"><row ref="rd_staff"/><row ref="employees_total"/></figures>
                  <targets ids="T002 T003 T004" zh="目标" en="Targets">
                    <column key="department" zh="部门" en="Department"/>
                    <column key="metric" zh="指标" en="Metric"/>
                    <column key="target" zh="目标" en="Target"/>
                    <column key="result" zh="评估结果" en="Result"/>
                    <column key="status" zh="达成情况" en="Status"/>
                  </targets>
                </section>
              </chapter>
            </report>
            """;

    static final class Published extends ReportComposerTest.Figures {
        @Override
        public Optional<ReportData.Published> published(FigureRef ref) {
            String key = ref.indicator() + "@" + ref.entity() + "@" + ref.period();
            Bilingual report = Bilingual.of("《2024年报告》", "the 2024 report");
            return switch (key) {
                case "rd_staff@group@2024" -> Optional.of(new ReportData.Published(new BigDecimal("1120"), "person", 0, report,
                        Bilingual.of("按名册重新计算", "recomputed from the roster")));
                case "employees_total@group@2023" -> Optional.of(new ReportData.Published(new BigDecimal("4106"), "person", 0, report,
                        Bilingual.of("", "")));
                case "employees_total@group@2024" -> Optional.of(new ReportData.Published(new BigDecimal("3558"), "person", 0, report,
                        Bilingual.of("", "")));
                default -> Optional.empty();
            };
        }

        @Override
        public Optional<TargetLine> target(String id) {
            Bilingual achieved = Bilingual.of("达成", "Achieved");
            return Optional.of(new TargetLine(id, Bilingual.of("质量部", "Quality"), Bilingual.of("投诉", "Complaints"),
                    Bilingual.of("每月少于2次", "fewer than 2 a month"), Bilingual.of("—", "—"), achieved, !id.equals("T004")));
        }
    }

    static Composition compose(Language language) {
        ReportTemplate t = TemplateReader.read(new ByteArrayInputStream(TEMPLATE.getBytes(StandardCharsets.UTF_8)), "t.xml");
        Published data = new Published();
        ReportComposerTest.data().figures.forEach(data.figures::put);
        return ReportComposer.compose(t, language, data);
    }

    static Part staff(Language language) {
        return compose(language).document().allParts().stream().filter(p -> p.id().equals("staff")).findFirst().orElseThrow();
    }

    @Test
    void aFigurePrintedAsPublishedIsListedAsSuchAndNotAsMissing() {
        Composition c = compose(Language.ZH);
        assertThat(c.missing()).isEmpty();
        assertThat(c.asPublished()).extracting(u -> u.ref().toString()).containsExactly("employees_total@group@2023|number");
    }

    @Test
    void aFigureThatDiffersFromThePublishedOneCarriesAMarkerAndOneNoteStatingBothValuesAndWhy() {
        Part en = staff(Language.EN);
        assertThat(((Block.Prose) en.blocks().get(0)).xhtml()).contains("1,118 persons¹").doesNotContain("3,558 persons¹");
        assertThat(en.blocks().get(1)).isEqualTo(new Block.Notes(List.of("¹ the 2024 report printed 1,120 persons; recomputed from the roster, 1,118 persons.")));
        Block.Table table = (Block.Table) en.blocks().get(2);
        assertThat(table.rows().get(0)).extracting(c -> c.text()).containsExactly("Indicator rd_staff", "persons", "1,226", "1,118¹");
        // the one that cannot be computed prints the published value, marked as published
        assertThat(table.rows().get(1).get(2).text()).isEqualTo("4,106 (as published)²");
        assertThat(table.rows().get(1).get(2).missing()).isFalse();
        assertThat(((Block.Notes) en.blocks().get(3)).lines()).containsExactly(
                "² 2023: it cannot be computed from the data in the system; the figure the 2024 report printed, 4,106 persons, is shown as published.");
    }

    @Test
    void aDeclaredOnlyStatusIsMarkedOnItsRowAndExplainedOnceUnderTheTable() {
        Part zh = staff(Language.ZH);
        Block.Table targets = (Block.Table) zh.blocks().get(4);
        assertThat(targets.header()).containsExactly("部门", "指标", "目标", "评估结果", "达成情况");
        assertThat(targets.rows()).extracting(r -> r.get(4).text()).containsExactly("达成*", "达成*", "达成");
        assertThat(targets.rows().get(0).get(0).text()).isEqualTo("质量部");
        assertThat(zh.blocks().get(5)).isEqualTo(new Block.Notes(List.of("* 据申报，暂无数据核验。")));
        assertThat(zh.blocks()).hasSize(6);
    }
}
