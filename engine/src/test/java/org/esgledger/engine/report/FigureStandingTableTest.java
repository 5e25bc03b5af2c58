package org.esgledger.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.esgledger.engine.report.document.Block;
import org.esgledger.engine.report.document.Cell;
import org.esgledger.engine.report.template.ReportTemplate;
import org.esgledger.engine.report.template.TemplateReader;
import org.junit.jupiter.api.Test;

/**
 * The figure-standing table counts each printed figure once, by its fact, as approved, draft or unknown, placed before the
 * figures it counts are composed (it is filled once every figure is placed), and says no assurance is on record.
 */
class FigureStandingTableTest {

    static final String TEMPLATE = """
            <report id="r" entity="group" year="2024">
              <title zh="报告" en="Report"/>
              <chapter id="about" zh="关于本报告" en="About this report">
                <section id="standing" zh="数据状态" en="Standing">
                  <figure-standing/>
                </section>
                <section id="staff" zh="员工" en="Staff">
                  <text><zh><p>研发人员{{rd_staff@2024}}人，去年{{rd_staff@2023}}人；再提一次：{{rd_staff@2024}}。</p></zh>
                  <en><p>R&amp;D staff {{rd_staff@2024}}, a year before {{rd_staff@2023}}; once more: {{rd_staff@2024}}.</p></en></text>
                  <figures periods="2022 2023 2024"><row ref="rd_staff"/></figures>
                </section>
              </chapter>
            </report>
            """;

    /** The demo figures with a review standing per fact: 2024 approved, 2023 draft, 2022 not known. */
    static final class Reviewed extends ReportComposerTest.Figures {
        final Map<String, Review> reviews = new HashMap<>();

        @Override
        public Optional<Review> review(String factId) {
            return Optional.ofNullable(reviews.get(factId));
        }
    }

    private static Block.Table table(ReportData data, Language language) {
        ReportTemplate t = TemplateReader.read(new ByteArrayInputStream(TEMPLATE.getBytes(StandardCharsets.UTF_8)), "t.xml");
        return (Block.Table) ReportComposerTest.part(ReportComposer.compose(t, language, data).document(), "standing").blocks().get(0);
    }

    private static Reviewed data() {
        Reviewed data = new Reviewed();
        ReportComposerTest.data().figures.forEach(data.figures::put);
        data.put("rd_staff@group@2022", "1100", "person", 0);
        data.reviews.put(data.figures.get("rd_staff@group@2024").factId(), ReportData.Review.APPROVED);
        data.reviews.put(data.figures.get("rd_staff@group@2023").factId(), ReportData.Review.DRAFT);
        return data;
    }

    @Test
    void eachPrintedFigureIsCountedOnceByItsStandingAndTheRowsAddUp() {
        Reviewed data = data();
        assertThat(data.figures).containsKeys("rd_staff@group@2022", "rd_staff@group@2023", "rd_staff@group@2024");
        Block.Table en = table(data, Language.EN);
        assertThat(en.caption()).isEqualTo("Standing of the figures in this report");
        assertThat(en.rows()).extracting(r -> r.get(0).text() + ": " + r.get(1).text()).containsExactly(
                "Backed by approved values (every stored value they rest on reviewed and approved): 1",
                "Resting on draft values (not all reviewed yet): 1",
                "Printed as an earlier report published them (not computable from the data): 0",
                "Review standing not known: 1",
                "Assured by a third party (no assurance is recorded in ESG Ledger): 0",
                "Figures this edition prints: 3");
        assertThat(table(data, Language.ZH).rows()).extracting(r -> r.get(0).text()).first().asString().startsWith("由已审核数值支撑");
    }

    @Test
    void whenEveryReviewIsKnownThereIsNoUnknownRow() {
        Reviewed data = data();
        data.reviews.put(data.figures.get("rd_staff@group@2022").factId(), ReportData.Review.APPROVED);
        List<String> rows = table(data, Language.EN).rows().stream().map(r -> r.get(0).text() + ": " + r.get(1).text()).toList();
        assertThat(rows).hasSize(5).contains("Backed by approved values (every stored value they rest on reviewed and approved): 2")
                .noneMatch(r -> r.startsWith("Review standing not known"));
        assertThat(table(data, Language.EN).rows()).allSatisfy(r -> assertThat(r).extracting(Cell::figure).containsOnly(false));
    }
}
