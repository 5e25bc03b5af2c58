package org.esgledger.engine.report.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Narrative written as XHTML: the template's subset, text escaped, figures as the caller writes them. */
class NarrativeXhtmlTest {

    static final Narrative COMPOSED = new Narrative(List.of(
            new Flow.Paragraph(List.of(new Inline.Text("R&D <staff> "), new Inline.Figure("1,118 人", "F01"), new Inline.Text("，用水"),
                    new Inline.Missing("【数据缺失】"), new Inline.Text("。"))),
            new Flow.Loose(List.of(new Inline.Text("\n  "))),
            new Flow.Items(true, List.of(List.of(new Inline.Emphasis(Inline.Mark.STRONG, List.of(new Inline.Text("CO"),
                    new Inline.Emphasis(Inline.Mark.SUBSCRIPT, List.of(new Inline.Text("2")))))), List.of(new Inline.Break()))),
            new Flow.Paragraph(List.of())));

    @Test
    void printFormWritesFiguresAsSpansWithTheirFactAndTheMarkerAsMissing() {
        assertThat(COMPOSED.xhtml()).isEqualTo("<p>R&amp;D &lt;staff&gt; <span class=\"fig\" data-fact=\"F01\">1,118 人</span>，用水"
                + "<span class=\"missing\">【数据缺失】</span>。</p>\n  <ol><li><strong>CO<sub>2</sub></strong></li><li><br/></li></ol><p/>");
    }

    @Test
    void theCallerDecidesHowAFigureIsWritten() {
        String screen = NarrativeXhtml.write(COMPOSED, f -> "<a href=\"lineage.html#" + f.factId() + "\">" + f.text() + "</a>");
        assertThat(screen).contains("<a href=\"lineage.html#F01\">1,118 人</a>").doesNotContain("data-fact");
    }

    @Test
    void aBulletedListIsUlAndAnEmptyOneClosesAtOnce() {
        Narrative lists = new Narrative(List.of(new Flow.Items(false, List.of(List.of(new Inline.Text("a")))), new Flow.Items(false, List.of())));
        assertThat(lists.xhtml()).isEqualTo("<ul><li>a</li></ul><ul/>");
    }
}
