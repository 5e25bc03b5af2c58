package org.esgledger.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.esgledger.engine.report.document.Block;
import org.esgledger.engine.report.document.Part;
import org.esgledger.engine.report.narrative.Flow;
import org.esgledger.engine.report.narrative.Inline;
import org.esgledger.engine.report.template.TemplateReader;
import org.junit.jupiter.api.Test;

/** Narrative composed for an edition: references inside emphasis, lists and case boxes become typed figures and markers. */
class NarrativeComposerTest {

    static final String TEMPLATE = """
            <report id="r" entity="group" year="2024">
              <title zh="报告" en="Report"/>
              <chapter id="people" zh="员工" en="People">
                <text>
                  <zh><ul><li>员工<strong>{{employees_total@2024}}</strong></li><li>用水{{water_withdrawal@2024}}</li></ul></zh>
                  <en><p>In {{ year }}: <em>{{rd_staff@2023|number}} in R&amp;D, 95/100</em></p></en>
                </text>
                <case zh="案例" en="Case"><text><zh><p>研发{{rd_staff@2024|raw}}人</p></zh><en><p>{{rd_staff@2024|raw}}</p></en></text></case>
              </chapter>
            </report>
            """;

    static Composition compose(Language language) {
        return ReportComposer.compose(TemplateReader.read(new ByteArrayInputStream(TEMPLATE.getBytes(StandardCharsets.UTF_8)), "t.xml"),
                language, ReportComposerTest.data());
    }

    static String id(String key) {
        return ReportComposerTest.data().figures.get(key).factId();
    }

    @Test
    void aReferenceInsideAListItemAndEmphasisBecomesAFigureAndAMissingOneTheMarker() {
        Part people = compose(Language.ZH).document().parts().get(0);
        Flow.Items list = (Flow.Items) ((Block.Prose) people.blocks().get(0)).narrative().flows().get(0);
        assertThat(list.items().get(0)).containsExactly(new Inline.Text("员工"),
                new Inline.Emphasis(Inline.Mark.STRONG, List.of(new Inline.Figure("3,558 人", id("employees_total@group@2024")))));
        assertThat(list.items().get(1)).containsExactly(new Inline.Text("用水"), new Inline.Missing("【数据缺失】"));
        Block.CaseBox box = (Block.CaseBox) people.blocks().get(1);
        assertThat(box.narrative().xhtml()).isEqualTo("<p>研发<span class=\"fig\" data-fact=\"" + id("rd_staff@group@2024") + "\">1118</span>人</p>");
    }

    @Test
    void theYearIsFilledInAndNumbersTypedIntoTheTextAreListed() {
        Composition en = compose(Language.EN);
        Block.Prose prose = (Block.Prose) en.document().parts().get(0).blocks().get(0);
        assertThat(prose.xhtml()).isEqualTo("<p>In 2024: <em><span class=\"fig\" data-fact=\"" + id("rd_staff@group@2023")
                + "\">1,226</span> in R&amp;D, 95/100</em></p>");
        assertThat(en.typed()).extracting(Composition.Typed::text).containsExactly("95/100");
        assertThat(en.used()).extracting(u -> u.ref().indicator()).containsExactly("rd_staff", "rd_staff");
        assertThat(compose(Language.ZH).typed()).as("a reference is not a typed number").isEmpty();
    }
}
