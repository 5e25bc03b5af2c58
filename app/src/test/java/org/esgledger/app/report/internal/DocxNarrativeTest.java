package org.esgledger.app.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.esgledger.engine.report.narrative.Flow;
import org.esgledger.engine.report.narrative.Inline;
import org.esgledger.engine.report.narrative.Narrative;
import org.junit.jupiter.api.Test;

/** Narrative laid out as Word paragraphs and runs, from the typed model, with no markup read back. */
class DocxNarrativeTest {

    static List<XWPFParagraph> write(Flow... flows) {
        XWPFDocument docx = new XWPFDocument();
        DocxNarrative.write(docx::createParagraph, new Narrative(List.of(flows)));
        return docx.getParagraphs();
    }

    @Test
    void figuresArePlainRunsTheMarkerIsBoldRedAndEmphasisIsInherited() {
        List<XWPFParagraph> ps = write(new Flow.Paragraph(List.of(new Inline.Text("员工\n   总数 "), new Inline.Figure("3,558 人", "F01"),
                new Inline.Emphasis(Inline.Mark.STRONG, List.of(new Inline.Text("CO"), new Inline.Emphasis(Inline.Mark.SUBSCRIPT,
                        List.of(new Inline.Text("2"))), new Inline.Missing("【数据缺失】"))))));
        assertThat(ps).hasSize(1);
        List<XWPFRun> runs = ps.get(0).getRuns();
        assertThat(runs).extracting(XWPFRun::text).containsExactly("员工 总数 ", "3,558 人", "CO", "2", "【数据缺失】");
        assertThat(runs.get(1).isBold()).isFalse();
        assertThat(runs.get(2).isBold()).isTrue();
        assertThat(runs.get(3).getVerticalAlignment()).hasToString("subscript");
        assertThat(runs.get(4).isBold()).isTrue();
        assertThat(runs.get(4).getColor()).isEqualTo(DocxNarrative.MISSING_RED);
        assertThat(runs.get(2).getColor()).isNull();
    }

    @Test
    void listItemsAreIndentedParagraphsWithBulletsOrNumbers() {
        List<XWPFParagraph> ps = write(new Flow.Items(true, List.of(List.of(new Inline.Text("一")), List.of(new Inline.Emphasis(Inline.Mark.ITALIC,
                List.of(new Inline.Text("二")))))), new Flow.Items(false, List.of(List.of(new Inline.Text("点")))));
        assertThat(ps).extracting(XWPFParagraph::getText).containsExactly("1. 一", "2. 二", "• 点");
        assertThat(ps.get(1).getRuns().get(1).isItalic()).isTrue();
        assertThat(ps.get(0).getIndentationLeft()).isEqualTo(360);
    }

    @Test
    void contentBetweenParagraphsGetsItsOwnParagraphUnlessItIsOnlyWhiteSpace() {
        List<XWPFParagraph> ps = write(new Flow.Paragraph(List.of(new Inline.Text("a"))), new Flow.Loose(List.of(new Inline.Text("\n  "))),
                new Flow.Paragraph(List.of(new Inline.Text("b"))), new Flow.Loose(List.of(new Inline.Text("c"), new Inline.Break(),
                        new Inline.Text(" "), new Inline.Text("d"))));
        assertThat(ps).extracting(XWPFParagraph::getText).containsExactly("a", "b", "c\nd");
    }
}
