package org.esgledger.engine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.report.document.Block;
import org.esgledger.engine.report.template.ReportTemplate;
import org.esgledger.engine.report.template.TemplateReader;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Charts composed from figures: none for fewer than three values, and each with its values in words in its edition's language. */
class ChartComposerTest {

    static final String TEMPLATE = """
            <report id="r" entity="group" year="2024">
              <organisation zh="熵基科技股份有限公司" en="ZKTECO CO., LTD."/>
              <title zh="2024年度可持续发展报告" en="2024 Sustainability Report"/>
              <chapter id="people" zh="以人为本" en="People-oriented">
                <section id="staff" zh="员工" en="Staff">
                  <chart type="bar" periods="2023 2024" zh="研发人员" en="R&amp;D staff"><row ref="rd_staff"/></chart>
                  <chart type="line" periods="2022 2023 2024" zh="研发人员趋势" en="R&amp;D staff over time"><row ref="rd_staff"/></chart>
                  <chart type="donut" zh="员工构成" en="Employees"><row ref="employees_total@2024[gender=male]"/>
                    <row ref="employees_total@2024[gender=female]"/><row ref="rd_staff@2024"/></chart>
                </section>
              </chapter>
            </report>
            """;

    static List<Block> blocks(Language language) {
        ReportTemplate t = TemplateReader.read(new ByteArrayInputStream(TEMPLATE.getBytes(StandardCharsets.UTF_8)), "t.xml");
        ReportComposerTest.Figures data = ReportComposerTest.data().put("rd_staff@group@2022", "1125", "person", 0);
        return ReportComposerTest.part(ReportComposer.compose(t, language, data).document(), "staff").blocks();
    }

    @Test
    void aSeriesOfTwoValuesPrintsAsATableNotAChart() {
        Block.Table table = (Block.Table) blocks(Language.ZH).get(0);
        assertThat(table.caption()).isEqualTo("研发人员");
        assertThat(table.header()).containsExactly("指标", "单位", "2023年", "2024年");
        assertThat(table.rows().get(0)).extracting(c -> c.text()).containsExactly("指标rd_staff", "人", "1,226", "1,118");
    }

    @Test
    void aChartNamesItsUnitAndDescribesItsValuesInTheEditionsLanguage() throws Exception {
        Block.Chart zh = (Block.Chart) blocks(Language.ZH).get(1);
        Document doc = SvgText.parse(zh.svg());
        assertThat(doc.getElementsByTagName("desc").item(0).getTextContent())
                .isEqualTo("研发人员趋势（单位：人）。指标rd_staff：2022年 1,125，2023年 1,226，2024年 1,118。");
        assertThat(SvgText.named(zh.svg(), "单位：人")).hasSize(1);
        assertThat(zh.height()).isEqualTo(Integer.parseInt(doc.getDocumentElement().getAttribute("height")));
        Block.Chart en = (Block.Chart) blocks(Language.EN).get(1);
        assertThat(SvgText.parse(en.svg()).getElementsByTagName("desc").item(0).getTextContent())
                .isEqualTo("R&D staff over time (Unit: persons). Indicator rd_staff: 2022 1,125, 2023 1,226, 2024 1,118.");
        SvgText.assertReadable(en.svg());
    }

    @Test
    void aDonutDescribesEachSliceWithItsValueAndShare() throws Exception {
        Block.Chart en = (Block.Chart) blocks(Language.EN).get(2);
        // 2,270 + 1,288 + 1,118 = 4,676
        assertThat(SvgText.parse(en.svg()).getElementsByTagName("desc").item(0).getTextContent()).isEqualTo("Employees: Indicator employees_total "
                + "2,270 persons (48.55%), Indicator employees_total 1,288 persons (27.54%), Indicator rd_staff 1,118 persons (23.91%).");
        assertThat(SvgText.named(en.svg(), "48.55%")).hasSize(1);
        SvgText.assertReadable(en.svg());
    }

    @Test
    void aMatrixIsPlottedByTheRegistersScoresAndABadScoreIsRefusedNamingRowAndColumn() throws Exception {
        String template = """
                <report id="r" entity="group" year="2024">
                  <organisation zh="熵基" en="ZKTeco"/>
                  <title zh="报告" en="Report"/>
                  <chapter id="c" zh="治理" en="Governance">
                    <section id="m" zh="重要性" en="Materiality"><materiality-matrix source="materiality" zh="矩阵" en="Matrix"/></section>
                  </chapter>
                </report>
                """;
        ReportTemplate t = TemplateReader.read(new ByteArrayInputStream(template.getBytes(StandardCharsets.UTF_8)), "t.xml");
        List<Map<String, String>> rows = List.of(Map.of("topic_en", "Climate", "financial_material", "Y", "impact_material", "Y",
                "financial_score", "4.5", "impact_score", "4.8"), Map.of("topic_en", "Ethics", "financial_material", "N", "impact_material", "N",
                "financial_score", "1", "impact_score", "1.5"));
        Block.Chart matrix = (Block.Chart) ReportComposerTest.part(ReportComposer.compose(t, Language.EN, registers(rows)).document(), "m").blocks().get(0);
        assertThat(matrix.svg()).contains("plotted at the scores").contains(">Climate</text>");
        SvgText.assertReadable(matrix.svg());
        List<Map<String, String>> bad = List.of(rows.get(0), Map.of("topic_en", "Ethics", "financial_score", "high", "impact_score", "1"));
        assertThatThrownBy(() -> ReportComposer.compose(t, Language.EN, registers(bad))).isInstanceOf(EsgException.class)
                .hasMessageContaining("registers/materiality.csv, row 3, column financial_score: \"high\" is not a score");
    }

    static ReportComposerTest.Figures registers(List<Map<String, String>> rows) {
        return new ReportComposerTest.Figures() {
            @Override
            public List<Map<String, String>> register(String source) {
                return rows;
            }
        };
    }
}
