package org.esgledger.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.report.document.Block;
import org.esgledger.engine.report.document.Document;
import org.esgledger.engine.report.document.Part;
import org.esgledger.engine.report.template.FigureRef;
import org.esgledger.engine.report.template.ReportTemplate;
import org.esgledger.engine.report.template.TemplateReader;
import org.esgledger.engine.unit.UnitCatalogue;
import org.esgledger.engine.unit.UnitTable;
import org.junit.jupiter.api.Test;

/** Composing editions from a template and figures: formatting per language, the missing marker, tables, the content index. */
class ReportComposerTest {

    static final String TEMPLATE = """
            <report id="r" entity="group" year="2024">
              <organisation zh="熵基科技股份有限公司" en="ZKTECO CO., LTD."/>
              <title zh="2024年度可持续发展报告" en="2024 Sustainability Report"/>
              <chapter id="people" zh="以人为本" en="People-oriented">
                <section id="staff" zh="员工权益保障" en="Employee rights" gri="2-7 401-1" szse="49 50">
                  <text>
                    <zh><p>共有员工{{employees_total@2024}}，女性占比{{female_employee_share@2024}}，用水{{water_withdrawal@2024}}。</p><p>{{year}}年新增网点12个。</p></zh>
                    <en><p>{{employees_total@2024}}; women {{female_employee_share@2024}}; water {{water_withdrawal@2024}}.</p><p>In {{year}}, 12 new outlets.</p></en>
                  </text>
                  <figures periods="2023 2024"><row ref="rd_staff"/></figures>
                  <figures><row ref="rd_investment@2024"/><row ref="hazardous_waste_quantity@tangxia@2024"/></figures>
                  <chart type="donut" zh="性别" en="Gender"><row ref="employees_total@2024[gender=male]"/><row ref="employees_total@2024[gender=female]"/></chart>
                  <targets ids="T002 T999"/>
                </section>
                <section id="resources" zh="资源管理" en="Resource management" szse="34 35 36 38"/>
                <section id="sdgs" zh="可持续发展目标" en="SDGs"/>
              </chapter>
              <chapter id="appendix" zh="附录" en="Appendix">
                <section id="index" zh="指标索引" en="Index"><content-index/></section>
              </chapter>
            </report>
            """;

    /** Figures by resolved reference (style ignored), as a snapshot would give them. */
    static class Figures implements ReportData {
        final Map<String, Figure> figures = new HashMap<>();
        final UnitCatalogue units = UnitTable.standard();
        final List<Restated> restated = new ArrayList<>();

        @Override
        public List<Restated> restatements() {
            return restated;
        }

        Figures put(String key, String value, String unit, int decimals) {
            figures.put(key, new Figure(new BigDecimal(value), unit, decimals, "F" + Integer.toHexString(key.hashCode())));
            return this;
        }

        static String key(FigureRef r) {
            return r.indicator() + "@" + r.entity() + "@" + r.period() + (r.breakdown().isEmpty() ? "" : "[" + r.breakdown() + "]");
        }

        @Override
        public Optional<Figure> figure(FigureRef ref) {
            return Optional.ofNullable(figures.get(key(ref)));
        }

        @Override
        public String factId(FigureRef ref) {
            return "";
        }

        @Override
        public Optional<Bilingual> label(FigureRef ref) {
            return Optional.of(Bilingual.of("指标" + ref.indicator(), "Indicator " + ref.indicator()));
        }

        @Override
        public Bilingual entityName(String entity) {
            return Bilingual.of("塘厦分公司", "Tangxia Branch");
        }

        @Override
        public Optional<String> unit(String indicator) {
            return Optional.of(indicator.startsWith("rd_investment") ? "CNY_10k" : "person");
        }

        @Override
        public UnitCatalogue units() {
            return units;
        }

        @Override
        public List<Map<String, String>> register(String source) {
            return List.of();
        }

        @Override
        public Optional<TargetLine> target(String id) {
            return id.equals("T002") ? Optional.of(new TargetLine("T002", Bilingual.of("", ""), Bilingual.of("废水排放", "Wastewater discharge"),
                    Bilingual.of("达标排放", "Up-to-standard discharge"), Bilingual.of("—", "—"), Bilingual.of("达成", "Achieved"), false))
                    : Optional.empty();
        }

        @Override
        public Bilingual article(int number) {
            return Bilingual.of("第" + number + "条", "Article " + number);
        }
    }

    static Figures data() {
        return new Figures()
                .put("employees_total@group@2024", "3558", "person", 0)
                .put("female_employee_share@group@2024", "36.20011242270938729623383923552558", "percent", 2)
                .put("rd_staff@group@2023", "1226", "person", 0)
                .put("rd_staff@group@2024", "1118", "person", 0)
                .put("rd_investment@group@2024", "21547.10", "CNY_10k", 2)
                .put("hazardous_waste_quantity@tangxia@2024", "9.4", "t", 2)
                .put("employees_total@group@2024[gender=male]", "2270", "person", 0)
                .put("employees_total@group@2024[gender=female]", "1288", "person", 0);
    }

    static Composition compose(Language language) {
        ReportTemplate t = TemplateReader.read(new ByteArrayInputStream(TEMPLATE.getBytes(StandardCharsets.UTF_8)), "t.xml");
        return ReportComposer.compose(t, language, data());
    }

    static Part part(Document d, String id) {
        return d.allParts().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void bothEditionsWriteTheSameFactsInTheirLanguageAndMarkWhatIsMissing() {
        Composition zh = compose(Language.ZH);
        Composition en = compose(Language.EN);
        String zhText = ((Block.Prose) part(zh.document(), "staff").blocks().get(0)).xhtml();
        String enText = ((Block.Prose) part(en.document(), "staff").blocks().get(0)).xhtml();
        String id = data().figures.get("employees_total@group@2024").factId();
        assertThat(zhText).isEqualTo("<p>共有员工<span class=\"fig\" data-fact=\"" + id + "\">3,558 人</span>，女性占比"
                + "<span class=\"fig\" data-fact=\"" + data().figures.get("female_employee_share@group@2024").factId() + "\">36.20%</span>，"
                + "用水<span class=\"missing\">【数据缺失】</span>。</p><p>2024年新增网点12个。</p>");
        assertThat(enText).contains(">3,558 persons</span>").contains(">36.20%</span>").contains("<span class=\"missing\">[data not available]</span>");
        assertThat(zh.missing()).extracting(u -> u.ref().indicator()).containsExactly("water_withdrawal");
        // {{year}} is the report's year; a number typed into the text is listed for the owner to check
        assertThat(zh.typed()).extracting(Composition.Typed::text).containsExactly("年新增网点12个。");
        assertThat(en.typed()).extracting(Composition.Typed::text).containsExactly("12");
        assertThat(zh.used()).hasSize(en.used().size());
        assertThat(zh.document().title()).isEqualTo("2024年度可持续发展报告");
    }

    @Test
    void narrativeToBeWrittenIsMarkedInBothLanguagesAndCountedPerBlock() {
        String template = """
                <report id="r" entity="group" year="2024">
                  <title zh="报告" en="Report"/>
                  <chapter id="env" zh="环境" en="Environment">
                    <section id="energy" zh="能源利用" en="Energy">
                      <to-write><zh><p>请说明{{year}}年的节能措施。</p></zh><en><p>Describe the energy savings of {{year}}.</p></en></to-write>
                      <to-write><zh><p>请说明用能结构。</p></zh><en><p>Describe the energy mix.</p></en></to-write>
                    </section>
                  </chapter>
                </report>
                """;
        ReportTemplate t = TemplateReader.read(new ByteArrayInputStream(template.getBytes(StandardCharsets.UTF_8)), "t.xml");
        Composition zh = ReportComposer.compose(t, Language.ZH, data());
        Composition en = ReportComposer.compose(t, Language.EN, data());
        Block.ToWrite first = (Block.ToWrite) part(zh.document(), "energy").blocks().get(0);
        assertThat(first.label()).isEqualTo("待填写");
        assertThat(first.guidance().xhtml()).isEqualTo("<p>请说明2024年的节能措施。</p>");
        assertThat(((Block.ToWrite) part(en.document(), "energy").blocks().get(1)).label()).isEqualTo("To be written");
        assertThat(zh.toWrite()).containsExactly("energy", "energy");
        assertThat(en.toWrite()).hasSize(2);
        assertThat(zh.typed()).isEmpty();
    }

    @Test
    void tablesPrintTheNumberWithItsUnitInAColumnForEachPeriod() {
        Part staff = part(compose(Language.ZH).document(), "staff");
        Block.Table multi = (Block.Table) staff.blocks().get(1);
        assertThat(multi.header()).containsExactly("指标", "单位", "2023年", "2024年");
        assertThat(multi.rows().get(0)).extracting(c -> c.text()).containsExactly("指标rd_staff", "人", "1,226", "1,118");
        Block.Table single = (Block.Table) staff.blocks().get(2);
        assertThat(single.rows().get(0)).extracting(c -> c.text()).containsExactly("指标rd_investment", "万元", "21,547.10");
        assertThat(single.rows().get(1).get(0).text()).as("another entity's figure names the entity").isEqualTo("塘厦分公司：指标hazardous_waste_quantity");
        Block.Table en = (Block.Table) part(compose(Language.EN).document(), "staff").blocks().get(2);
        assertThat(en.rows().get(1)).extracting(c -> c.text()).containsExactly("Tangxia Branch: Indicator hazardous_waste_quantity", "persons", "9.40");
    }

    @Test
    void chartsAndTargetsAreDrawnFromTheSameFigures() {
        Part staff = part(compose(Language.EN).document(), "staff");
        Block.Table twoSlices = (Block.Table) staff.blocks().get(3);
        assertThat(twoSlices.caption()).as("a chart of two values prints as a table under its title").isEqualTo("Gender");
        assertThat(twoSlices.rows()).extracting(r -> r.get(2).text()).containsExactly("2,270", "1,288");
        Block.Table targets = (Block.Table) staff.blocks().get(4);
        assertThat(targets.rows().get(0)).extracting(c -> c.text()).containsExactly("Wastewater discharge", "Up-to-standard discharge", "Achieved");
        assertThat(targets.rows().get(1).get(1).missing()).as("an unknown target is visible, not dropped").isTrue();
    }

    @Test
    void contentIndexListsSectionsWithTheirDisclosuresAndCollapsesArticleRuns() {
        Block.ContentIndex zh = (Block.ContentIndex) part(compose(Language.ZH).document(), "index").blocks().get(0);
        Block.ContentIndex en = (Block.ContentIndex) part(compose(Language.EN).document(), "index").blocks().get(0);
        assertThat(en.lines()).extracting(Block.IndexLine::section).containsExactly("Employee rights", "Resource management", "SDGs", "Index");
        assertThat(en.lines().get(0).gri()).isEqualTo("2-7/401-1");
        assertThat(en.lines().get(0).szse()).isEqualTo("Article 49/Article 50");
        assertThat(en.lines().get(1).szse()).isEqualTo("Articles 34 to 36/Article 38");
        assertThat(zh.lines().get(1).szse()).isEqualTo("第34条至第36条/第38条");
        assertThat(en.lines().get(2).gri()).isEqualTo("/");
        assertThat(en.lines().get(0).chapter()).isEqualTo("People-oriented");
    }
}
