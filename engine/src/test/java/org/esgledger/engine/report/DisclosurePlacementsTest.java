package org.esgledger.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.esgledger.engine.catalogue.Framework;
import org.esgledger.engine.catalogue.FrameworkRef;
import org.esgledger.engine.report.document.Block;
import org.esgledger.engine.report.template.ReportTemplate;
import org.esgledger.engine.report.template.TemplateReader;
import org.junit.jupiter.api.Test;

/**
 * Disclosures are placed where the indicators that carry them in their own references print; a section's
 * references stay the section's (narrative) and are never passed on to the indicators it prints.
 */
class DisclosurePlacementsTest {

    static final String TEMPLATE = """
            <report id="r" entity="group" year="2024">
              <organisation zh="公司" en="Company"/>
              <title zh="报告" en="Report"/>
              <chapter id="people" zh="以人为本" en="People-oriented">
                <section id="staff" zh="员工" en="Employees" gri="2-7 401-1 408-1" szse="49 50">
                  <text>
                    <zh><p>员工{{employees_total@2024}}人。</p></zh>
                    <en><p>{{employees_total@2024}} employees.</p></en>
                  </text>
                </section>
                <section id="safety" zh="安全" en="Safety" gri="403-9" szse="50">
                  <figures><row ref="work_related_injuries@2024"/><row ref="new_hires@2024"/></figures>
                </section>
              </chapter>
              <chapter id="appendix" zh="附录" en="Appendix">
                <section id="index" zh="指标索引" en="Index"><content-index/></section>
                <section id="climate" zh="气候" en="Climate" szse="24"><figures><row ref="ghg_scope1_emissions@2024"/></figures></section>
              </chapter>
            </report>
            """;

    /** Each indicator's own catalogue references, as the catalogue gives them. */
    static final Map<String, List<FrameworkRef>> REFERENCES = Map.of(
            "employees_total", refs("SZSE:Art.50", "GRI:2-7", "GRI:405-1", "SZSE:S09", "SDG:SDG5"),
            "new_hires", refs("SZSE:Art.50", "GRI:401-1"),
            "work_related_injuries", refs("GRI:403-9"),
            "ghg_scope1_emissions", refs("GRI:305-1", "ISSB:S2-29a-i-1", "SZSE:E01-05"));

    static List<FrameworkRef> refs(String... texts) {
        return Arrays.stream(texts).map(FrameworkRef::parse).toList();
    }

    static final class Referenced extends ReportComposerTest.Figures {
        @Override
        public List<FrameworkRef> references(String indicator) {
            return REFERENCES.getOrDefault(indicator, List.of());
        }
    }

    static Block.ContentIndex index(Language language) {
        ReportTemplate t = TemplateReader.read(new ByteArrayInputStream(TEMPLATE.getBytes(StandardCharsets.UTF_8)), "t.xml");
        Composition c = ReportComposer.compose(t, language, new Referenced());
        Block block = c.document().parts().get(1).children().get(0).blocks().get(0);
        return (Block.ContentIndex) block;
    }

    static Block.DisclosureLine line(Block.ContentIndex index, String framework, String code) {
        return index.disclosures().stream().filter(l -> l.framework().equals(framework) && l.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(framework + " " + code + " not in the index"));
    }

    @Test
    void aDisclosureListsThePartsWhereItsIndicatorsPrintNotEverySectionDeclaringIt() {
        Block.ContentIndex en = index(Language.EN);
        assertThat(line(en, "GRI", "401-1").partIds()).as("new hires print in the safety table only").containsExactly("safety");
        assertThat(line(en, "GRI", "401-1").narrative()).isFalse();
        assertThat(line(en, "GRI", "2-7").partIds()).containsExactly("staff");
        assertThat(line(en, "GRI", "405-1").partIds()).as("an indicator's own reference, though no section declares it").containsExactly("staff");
        assertThat(line(en, "SZSE", "Article 50").partIds()).containsExactly("staff", "safety");
    }

    @Test
    void aSectionsDisclosureNoPrintedIndicatorCarriesIsNarrativeOnTheSectionsPages() {
        Block.ContentIndex en = index(Language.EN);
        Block.DisclosureLine childLabour = line(en, "GRI", "408-1");
        assertThat(childLabour.partIds()).containsExactly("staff");
        assertThat(childLabour.narrative()).isTrue();
        assertThat(childLabour.basis()).isEqualTo("Narrative in section");
        assertThat(line(en, "SZSE", "Article 49").narrative()).isTrue();
        assertThat(line(en, "SZSE", "Article 24").partIds()).containsExactly("climate");
    }

    @Test
    void figuresPrintedAfterTheIndexArePlacedAndOnlyDisclosuresAreListed() {
        Block.ContentIndex en = index(Language.EN);
        assertThat(line(en, "GRI", "305-1").partIds()).containsExactly("climate");
        assertThat(line(en, "ISSB", "S2-29a-i-1").partIds()).containsExactly("climate");
        assertThat(en.disclosures()).extracting(Block.DisclosureLine::code).doesNotContain("S09", "SDG5", "E01-05");
        assertThat(en.disclosures()).extracting(l -> l.framework() + " " + l.code()).containsExactly(
                "GRI 2-7", "GRI 305-1", "GRI 401-1", "GRI 403-9", "GRI 405-1", "GRI 408-1",
                "SZSE Article 24", "SZSE Article 49", "SZSE Article 50", "ISSB S2-29a-i-1");
        assertThat(index(Language.ZH).disclosures()).extracting(Block.DisclosureLine::code).contains("第50条");
    }

    @Test
    void codesCompareNumberByNumber() {
        List<FrameworkRef> sorted = refs("GRI:102-1", "SZSE:Art.9", "GRI:2-27", "ISSB:S2-29a", "GRI:2-7", "SZSE:Art.50").stream()
                .sorted(DisclosurePlacements::compare).toList();
        assertThat(sorted).extracting(FrameworkRef::toString)
                .containsExactly("GRI:2-7", "GRI:2-27", "GRI:102-1", "SZSE:Art.9", "SZSE:Art.50", "ISSB:S2-29a");
        assertThat(DisclosurePlacements.disclosure(new FrameworkRef(Framework.SZSE, "S09"))).isFalse();
    }
}
