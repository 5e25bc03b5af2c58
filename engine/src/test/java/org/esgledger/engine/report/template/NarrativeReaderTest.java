package org.esgledger.engine.report.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.esgledger.engine.report.narrative.Flow;
import org.esgledger.engine.report.narrative.Inline;
import org.esgledger.engine.report.narrative.Narrative;
import org.junit.jupiter.api.Test;

/** A template's narrative read into paragraphs, lists and inline content, and refused where it is not that shape. */
class NarrativeReaderTest {

    static Component.Prose prose(String zh) {
        String xml = "<report id=\"r\" entity=\"group\" year=\"2024\"><title zh=\"t\" en=\"t\"/><chapter id=\"c\" zh=\"章\" en=\"C\">"
                + "<text><zh>" + zh + "</zh><en><p>x</p></en></text></chapter></report>";
        ReportTemplate t = TemplateReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "t.xml");
        return (Component.Prose) t.chapters().get(0).components().get(0);
    }

    static Narrative zh(String zh) {
        return prose(zh).zh();
    }

    @Test
    void paragraphsListsAndEmphasisBecomeTypedAndReadBackAsWritten() {
        String written = "<p>员工<strong>{{employees_total@2024}}</strong>，CO<sub>2</sub><br/>排放</p><ol><li>一</li><li><em>二</em></li></ol>";
        Narrative n = zh(written);
        assertThat(n.flows()).hasSize(2);
        Flow.Paragraph p = (Flow.Paragraph) n.flows().get(0);
        assertThat(p.content()).containsExactly(new Inline.Text("员工"),
                new Inline.Emphasis(Inline.Mark.STRONG, List.of(new Inline.Text("{{employees_total@2024}}"))), new Inline.Text("，CO"),
                new Inline.Emphasis(Inline.Mark.SUBSCRIPT, List.of(new Inline.Text("2"))), new Inline.Break(), new Inline.Text("排放"));
        Flow.Items list = (Flow.Items) n.flows().get(1);
        assertThat(list.numbered()).isTrue();
        assertThat(list.items()).hasSize(2);
        assertThat(prose(written).xhtml().zh()).isEqualTo(written);
    }

    @Test
    void textBetweenParagraphsIsKeptAndTheEndsAreStripped() {
        Narrative n = zh("\n   loose <b>bold</b> text <p>para</p>\n   <p>two</p>\n  ");
        assertThat(n.flows()).hasSize(4);
        assertThat(n.flows().get(0)).isEqualTo(new Flow.Loose(List.of(new Inline.Text("loose "),
                new Inline.Emphasis(Inline.Mark.BOLD, List.of(new Inline.Text("bold"))), new Inline.Text(" text "))));
        assertThat(n.flows().get(2)).isEqualTo(new Flow.Loose(List.of(new Inline.Text("\n   "))));
        assertThat(n.xhtml()).isEqualTo("loose <b>bold</b> text <p>para</p>\n   <p>two</p>");
    }

    @Test
    void whitespaceBetweenListItemsIsNotContent() {
        Flow.Items list = (Flow.Items) zh("<ul>\n <li>a</li>\n <li>b</li>\n</ul>").flows().get(0);
        assertThat(list.items()).containsExactly(List.of(new Inline.Text("a")), List.of(new Inline.Text("b")));
    }

    @Test
    void blocksInsideInlineContentTextInAListAndContentInABreakAreRefusedWithTheirLine() {
        assertThatThrownBy(() -> zh("<ul><li><p>x</p></li></ul>")).isInstanceOf(TemplateException.class)
                .hasMessageContaining("<p> cannot stand inside <li>").hasMessageContaining("t.xml");
        assertThatThrownBy(() -> zh("<p><ul><li>x</li></ul></p>")).hasMessageContaining("<ul> cannot stand inside <p>");
        assertThatThrownBy(() -> zh("<li>x</li>")).hasMessageContaining("<li> cannot stand inside <zh>");
        assertThatThrownBy(() -> zh("<ol><b>x</b></ol>")).hasMessageContaining("<b> cannot stand inside <ol>");
        assertThatThrownBy(() -> zh("<ul>x<li>y</li></ul>")).hasMessageContaining("Text in <ul> must stand inside an <li>");
        assertThatThrownBy(() -> zh("<p>a<br>b</br></p>")).hasMessageContaining("write <br/>");
        assertThatThrownBy(() -> zh("<p><span>x</span></p>")).hasMessageContaining("<span> is not allowed in narrative");
        assertThatThrownBy(() -> zh("<ul><li class=\"x\">y</li></ul>")).hasMessageContaining("<li> may not carry attributes");
    }

    @Test
    void aCaseBoxHoldsItsTextAsNarrativeToo() {
        String xml = "<report id=\"r\" entity=\"group\" year=\"2024\"><title zh=\"t\" en=\"t\"/><chapter id=\"c\" zh=\"章\" en=\"C\">"
                + "<case zh=\"案例\" en=\"Case\"><text><zh><p>甲</p></zh><en><p>A</p></en></text></case></chapter></report>";
        ReportTemplate t = TemplateReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "t.xml");
        Component.CaseBox box = (Component.CaseBox) t.chapters().get(0).components().get(0);
        assertThat(box.text().en().flows()).containsExactly(new Flow.Paragraph(List.of(new Inline.Text("A"))));
    }
}
