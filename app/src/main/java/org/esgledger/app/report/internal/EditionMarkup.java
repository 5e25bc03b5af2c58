package org.esgledger.app.report.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.esgledger.engine.report.Language;
import org.esgledger.engine.report.document.Block;
import org.esgledger.engine.report.document.Cell;
import org.esgledger.engine.report.document.Document;
import org.esgledger.engine.report.document.Part;
import org.esgledger.engine.report.narrative.Inline;
import org.esgledger.engine.report.narrative.Markup;
import org.esgledger.engine.report.narrative.NarrativeXhtml;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * An edition as XHTML, from the Thymeleaf template {@code report/edition.html}: for the screen (a
 * self-contained page whose every figure links to its lineage) or for print (the input of the PDF:
 * A4 pages, bookmarks, page numbers in the contents and the content index).
 */
public final class EditionMarkup {

    private static final TemplateEngine ENGINE = engine();

    private EditionMarkup() {
    }

    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver r = new ClassLoaderTemplateResolver();
        r.setPrefix("report/");
        r.setSuffix(".html");
        r.setTemplateMode(TemplateMode.XML);
        r.setCharacterEncoding("UTF-8");
        r.setCacheable(true);
        TemplateEngine e = new TemplateEngine();
        e.setTemplateResolver(r);
        return e;
    }

    /**
     * @param lineagePage the lineage file figures link to
     * @param otherEdition the other language's HTML file, or null when only one edition is rendered
     */
    public static String screen(Document doc, String lineagePage, String otherEdition) {
        return render(doc, false, lineagePage, otherEdition);
    }

    public static String print(Document doc) {
        return render(doc, true, null, null);
    }

    private static String render(Document doc, boolean print, String lineagePage, String otherEdition) {
        Context c = new Context();
        c.setVariable("doc", Map.of("title", doc.title(), "organisation", doc.organisation()));
        c.setVariable("lang", doc.language() == Language.ZH ? "zh-CN" : "en");
        c.setVariable("otherLang", doc.language() == Language.ZH ? "en" : "zh-CN");
        c.setVariable("print", print);
        c.setVariable("other", otherEdition == null ? null
                : Map.of("href", otherEdition, "label", doc.language() == Language.ZH ? "English edition" : "中文版"));
        c.setVariable("css", Resources.text("report/common.css") + Resources.text(print ? "report/print.css" : "report/screen.css")
                + (print ? CoverPage.of(doc).runningTitleCss() : ""));
        c.setVariable("cover", CoverPage.of(doc).variables());
        List<Map<String, Object>> parts = new ArrayList<>();
        FigureAnchors anchors = print ? FigureAnchors.print() : FigureAnchors.NONE;
        for (Part p : doc.parts()) {
            parts.add(part(p, print, lineagePage, anchors));
        }
        c.setVariable("parts", parts);
        List<Map<String, Object>> toc = new ArrayList<>();
        for (Part p : doc.contents()) {
            toc.add(Map.of("id", p.id(), "title", p.title(), "level", p.level()));
        }
        c.setVariable("toc", toc);
        return ENGINE.process("edition", c);
    }

    private static Map<String, Object> part(Part p, boolean print, String lineage, FigureAnchors anchors) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", p.id());
        m.put("level", p.level());
        m.put("title", p.title());
        m.put("keep", print ? PageKeeps.css(PageKeeps.heading(p)) : null);
        m.put("running", print && p.level() == 1 && p.blocks().stream().noneMatch(b -> b instanceof Block.Contents) ? p.title() : null);
        List<Map<String, Object>> blocks = new ArrayList<>();
        for (Block b : p.blocks()) {
            blocks.add(block(b, print, lineage, anchors));
        }
        m.put("blocks", blocks);
        List<Map<String, Object>> children = new ArrayList<>();
        for (Part c : p.children()) {
            children.add(part(c, print, lineage, anchors));
        }
        m.put("children", children);
        return m;
    }

    private static Map<String, Object> block(Block b, boolean print, String lineage, FigureAnchors anchors) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (b instanceof Block.Prose prose) {
            m.put("kind", "prose");
            m.put("html", NarrativeXhtml.write(prose.narrative(), figures(print, lineage, anchors)));
        } else if (b instanceof Block.Table t) {
            table(m, t, print, lineage, anchors);
        } else if (b instanceof Block.Notes n) {
            m.put("kind", "notes");
            m.put("lines", n.lines());
        } else if (b instanceof Block.KeyFigures k) {
            keyFigures(m, k, print, lineage, anchors);
        } else if (b instanceof Block.Chart chart) {
            m.put("kind", "chart");
            m.put("title", chart.title());
            m.put("svg", print ? FigureAlt.onSvg(chart.svg()) : chart.svg());
            String width = ColumnWidths.Layout.css(PageKeeps.chartPermille(chart));
            m.put("frame", print ? "margin-left: auto; margin-right: auto; width: " + width : null);
        } else if (b instanceof Block.CaseBox box) {
            m.put("kind", "case");
            m.put("title", box.title());
            m.put("html", NarrativeXhtml.write(box.narrative(), figures(print, lineage, anchors)));
        } else if (b instanceof Block.ToWrite w) {
            m.put("kind", "towrite");
            m.put("label", w.label());
            m.put("html", NarrativeXhtml.write(w.guidance(), figures(print, lineage, anchors)));
        } else if (b instanceof Block.Image image) {
            m.putAll(TemplatePictures.markup(image));
        } else if (b instanceof Block.Contents) {
            m.put("kind", "contents");
        } else if (b instanceof Block.ContentIndex index) {
            m.put("kind", "index");
            m.put("header", index.header());
            m.put("widths", ColumnWidths.of(index).permille().stream().map(ColumnWidths.Layout::css).toList());
            m.put("lines", index.lines().stream().map(l -> Map.of("id", l.partId(), "chapter", l.chapter(), "section", l.section(),
                    "gri", l.gri(), "szse", l.szse())).toList());
            m.put("disclosureHeader", index.disclosureHeader());
            m.put("disclosureWidths", ColumnWidths.disclosures(index).permille().stream().map(ColumnWidths.Layout::css).toList());
            m.put("disclosures", index.disclosures().stream().map(l -> Map.of("framework", l.framework(), "code", l.code(),
                    "basis", l.basis(), "ids", l.partIds())).toList());
        } else if (b instanceof Block.Feedback f) {
            m.put("kind", "feedback");
            m.put("intro", f.intro());
            m.put("questions", f.questions());
            m.put("choices", f.choices());
        }
        return m;
    }

    private static void table(Map<String, Object> m, Block.Table t, boolean print, String lineage, FigureAnchors anchors) {
        m.put("kind", "table");
        m.put("caption", t.caption());
        m.put("header", t.header());
        ColumnWidths.Layout layout = ColumnWidths.of(t);
        m.put("css", layout.dense() ? "table dense" : "table");
        m.put("widths", layout.permille().stream().map(ColumnWidths.Layout::css).toList());
        m.put("keep", print ? PageKeeps.css(PageKeeps.table(t, layout)) : null);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<Cell> row : t.rows()) {
            List<Map<String, Object>> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                cells.add(cell(row.get(i), i >= t.labelColumns(), print, lineage, anchors));
            }
            Map<String, Object> r = new HashMap<>();
            r.put("cells", cells);
            r.put("css", print && PageKeeps.tall(row, layout) ? "tall" : null);
            rows.add(r);
        }
        m.put("rows", rows);
    }

    private static void keyFigures(Map<String, Object> m, Block.KeyFigures k, boolean print, String lineage, FigureAnchors anchors) {
        m.put("kind", "keyfigures");
        m.put("caption", k.caption());
        List<Map<String, Object>> items = new ArrayList<>();
        for (Block.KeyFigure f : k.figures()) {
            Map<String, Object> item = cell(f.value(), false, print, lineage, anchors);
            item.put("css", f.value().missing() ? "kf-value missing" : "kf-value");
            KeyFigureTile tile = KeyFigureTile.of(f.value().text());
            item.put("lead", tile.lead());
            item.put("number", tile.number());
            item.put("tail", tile.tail());
            item.put("numberSize", "font-size: " + KeyFigureTile.css(tile.numberSize()));
            item.put("wordSize", "font-size: " + KeyFigureTile.css(tile.wordSize()));
            item.put("label", f.label());
            items.add(item);
        }
        m.put("items", items);
    }

    /** On screen a figure links to its lineage; in print a printed figure (not a missing one's marker) is anchored. */
    private static Map<String, Object> cell(Cell c, boolean numeric, boolean print, String lineage, FigureAnchors anchors) {
        Map<String, Object> m = new HashMap<>();
        m.put("text", c.text());
        m.put("href", !print && c.figure() ? lineage + "#" + c.factId() : null);
        m.put("anchor", c.missing() ? null : anchors.next(c.factId()));
        m.put("fact", m.get("anchor") == null ? null : c.factId());
        m.put("css", c.missing() ? "missing" : numeric ? "num" : "text");
        return m;
    }

    /** In the screen edition a figure in running text links to its lineage; in print it is a span anchored with its fact id. */
    private static Function<Inline.Figure, String> figures(boolean print, String lineage, FigureAnchors anchors) {
        if (print) {
            return anchors::span;
        }
        return f -> "<a class=\"fig\" href=\"" + Markup.escape(lineage + "#" + f.factId()) + "\">" + Markup.escape(f.text()) + "</a>";
    }
}
