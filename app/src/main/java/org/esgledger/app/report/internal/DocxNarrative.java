package org.esgledger.app.report.internal;

import java.util.List;
import java.util.function.Supplier;

import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.esgledger.engine.report.narrative.Flow;
import org.esgledger.engine.report.narrative.Inline;
import org.esgledger.engine.report.narrative.Narrative;

/**
 * Narrative as Word paragraphs and runs: paragraphs, bullet and numbered lists, bold, italic, sub-
 * and superscript, line breaks; text flowed (runs of white space become one space); figures as
 * plain runs and missing-data markers bold in red. Inline content between paragraphs gets a
 * paragraph of its own unless it is only white space.
 */
final class DocxNarrative {

    static final String MISSING_RED = "B00020";

    /** The formatting a run inherits from its enclosing emphasis. */
    private record Style(boolean bold, boolean italic, VerticalAlign align, boolean missing) {
        static final Style PLAIN = new Style(false, false, VerticalAlign.BASELINE, false);

        Style with(Inline.Mark mark) {
            return switch (mark) {
                case STRONG, BOLD -> new Style(true, italic, align, missing);
                case EMPHASIS, ITALIC -> new Style(bold, true, align, missing);
                case SUBSCRIPT -> new Style(bold, italic, VerticalAlign.SUBSCRIPT, missing);
                case SUPERSCRIPT -> new Style(bold, italic, VerticalAlign.SUPERSCRIPT, missing);
            };
        }

        Style missingMarker() {
            return new Style(true, italic, align, true);
        }
    }

    private DocxNarrative() {
    }

    static void write(Supplier<XWPFParagraph> paragraphs, Narrative narrative) {
        for (Flow f : narrative.flows()) {
            if (f instanceof Flow.Paragraph p) {
                inlines(paragraphs.get(), p.content(), Style.PLAIN);
            } else if (f instanceof Flow.Items list) {
                list(paragraphs, list);
            } else {
                loose(paragraphs, ((Flow.Loose) f).content());
            }
        }
    }

    private static void list(Supplier<XWPFParagraph> paragraphs, Flow.Items list) {
        int n = 1;
        for (List<Inline> item : list.items()) {
            XWPFParagraph p = paragraphs.get();
            p.setIndentationLeft(360);
            p.setIndentationHanging(240);
            p.createRun().setText(list.numbered() ? n++ + ". " : "• ");
            inlines(p, item, Style.PLAIN);
        }
    }

    private static void loose(Supplier<XWPFParagraph> paragraphs, List<Inline> content) {
        XWPFParagraph p = null;
        for (Inline i : content) {
            if (i instanceof Inline.Text t && t.text().isBlank()) {
                continue;
            }
            if (p == null) {
                p = paragraphs.get();
            }
            inline(p, i, Style.PLAIN);
        }
    }

    private static void inlines(XWPFParagraph p, List<Inline> content, Style style) {
        for (Inline i : content) {
            inline(p, i, style);
        }
    }

    private static void inline(XWPFParagraph p, Inline i, Style style) {
        if (i instanceof Inline.Text t) {
            run(p, t.text(), style);
        } else if (i instanceof Inline.Figure f) {
            run(p, f.text(), style);
        } else if (i instanceof Inline.Missing m) {
            run(p, m.marker(), style.missingMarker());
        } else if (i instanceof Inline.Emphasis e) {
            inlines(p, e.content(), style.with(e.mark()));
        } else {
            p.createRun().addBreak();
        }
    }

    private static void run(XWPFParagraph p, String text, Style style) {
        String flowed = text.replaceAll("\\s+", " ");
        if (flowed.isEmpty()) {
            return;
        }
        XWPFRun r = p.createRun();
        r.setText(flowed);
        r.setBold(style.bold());
        r.setItalic(style.italic());
        if (style.align() != VerticalAlign.BASELINE) {
            r.setVerticalAlignment(style.align() == VerticalAlign.SUBSCRIPT ? "subscript" : "superscript");
        }
        if (style.missing()) {
            r.setColor(MISSING_RED);
        }
    }
}
