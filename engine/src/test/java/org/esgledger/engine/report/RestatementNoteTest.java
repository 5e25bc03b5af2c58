package org.esgledger.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.report.document.Block;
import org.esgledger.engine.report.document.Cell;
import org.esgledger.engine.report.template.ReportTemplate;
import org.esgledger.engine.report.template.TemplateReader;
import org.junit.jupiter.api.Test;

/**
 * The restatement note (GRI 2-4) lists every figure restated after its year's report was published
 * (its year locked): of an earlier year, and of the report's own year when that report is rendered
 * again (a corrected reissue prints the restated value, marked, and the note says what was published).
 */
class RestatementNoteTest {

    static final String TEMPLATE = """
            <report id="r" entity="group" year="2024">
              <title zh="报告" en="Report"/>
              <chapter id="about" zh="关于本报告" en="About this report">
                <section id="staff" zh="员工" en="Staff">
                  <figures periods="2023 2024"><row ref="rd_staff"/></figures>
                  <restatements/>
                </section>
              </chapter>
            </report>
            """;

    private static List<Block.Table> tables(ReportData data, Language language) {
        ReportTemplate t = TemplateReader.read(new ByteArrayInputStream(TEMPLATE.getBytes(StandardCharsets.UTF_8)), "t.xml");
        return ReportComposerTest.part(ReportComposer.compose(t, language, data).document(), "staff").blocks().stream()
                .filter(Block.Table.class::isInstance).map(Block.Table.class::cast).toList();
    }

    private static ReportData.Restated restated(ReportComposerTest.Figures data, String key, int year, String before, String reason) {
        return new ReportData.Restated(data.figures.get(key).factId(), Bilingual.of("研发人员", "R&D staff"), Bilingual.of("集团", "Group"),
                year, Optional.of(new BigDecimal(before)), "person", Optional.of(data.figures.get(key).value()), "person", 0, reason);
    }

    @Test
    void theNoteListsRestatementsOfEarlierYearsAndOfTheReportsOwnYear() {
        ReportComposerTest.Figures data = ReportComposerTest.data();
        data.restated.add(restated(data, "rd_staff@group@2023", 2023, "1200", "a subsidiary was left out"));
        data.restated.add(restated(data, "rd_staff@group@2024", 2024, "1100", "corrected after publication"));
        List<Block.Table> en = tables(data, Language.EN);
        assertThat(en.get(0).rows().get(0)).extracting(Cell::text).containsExactly("Indicator rd_staff", "persons", "1,226 (restated)",
                "1,118 (restated)");
        Block.Table note = en.get(1);
        assertThat(note.caption()).isEqualTo("Restatements of information (GRI 2-4)");
        assertThat(note.rows()).extracting(r -> r.get(2).text() + " " + r.get(3).text() + " → " + r.get(4).text() + ": " + r.get(5).text())
                .containsExactly("2023 1,200 persons → 1,226 persons: a subsidiary was left out",
                        "2024 1,100 persons → 1,118 persons: corrected after publication");
        assertThat(tables(data, Language.ZH).get(1).rows()).hasSize(2);
    }

    @Test
    void withoutRestatementsTheNoteSaysSo() {
        Block.Table note = tables(ReportComposerTest.data(), Language.ZH).get(1);
        assertThat(note.rows()).singleElement().satisfies(r -> assertThat(r.get(0).text()).isEqualTo("本报告未重述以往报告的数据。"));
    }
}
