package org.esgledger.app.report.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.esgledger.app.i18n.AppMessages;
import org.esgledger.engine.i18n.Message;
import org.esgledger.engine.report.Language;
import org.esgledger.engine.report.document.Cover;
import org.esgledger.engine.report.document.Document;
import org.esgledger.engine.report.template.Picture;

/**
 * The words of a report's cover, in the edition's language: the organisation's name in that
 * language first and in the other below it, the stock code, the report's title and year, the
 * reporting period, the logo (its alt text the organisation's name). No product name: the cover is the company's, not the tool's.
 */
record CoverPage(String name, String otherName, String stockCode, String title, String year, String period, Picture logo) {

    static CoverPage of(Document doc) {
        Cover c = doc.cover();
        boolean zh = doc.language() == Language.ZH;
        String name = zh ? c.nameZh() : c.nameEn();
        String other = zh ? c.nameEn() : c.nameZh();
        if (name.isEmpty()) {
            name = doc.organisation();
        }
        String stock = c.stockCode().isEmpty() ? "" : text("report.cover.stockCode", doc.language(), c.stockCode());
        String period = c.period().isEmpty() ? "" : text("report.cover.period", doc.language(), c.period());
        return new CoverPage(name, other.equals(name) ? "" : other, stock, doc.title(), String.valueOf(c.year()), period, c.logo());
    }

    /** The cover as the edition template's variables. */
    Map<String, Object> variables() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("otherName", otherName);
        m.put("stockCode", stockCode);
        m.put("title", title);
        m.put("year", year);
        m.put("period", period);
        m.put("logo", logo == null ? null : TemplatePictures.dataUri(logo));
        return m;
    }

    /**
     * The PDF's running title, left in the header of every page but the cover: the organisation and
     * the title, as a CSS string (openhtmltopdf has no {@code string-set}, and a running element
     * for it would sit in the cover's flow). A later {@code @top-left} replaces the stylesheet's
     * whole, so it carries its font too.
     */
    String runningTitleCss() {
        String text = (name.isEmpty() ? title : name + " · " + title).replaceAll("\\s+", " ");
        StringBuilder css = new StringBuilder();
        text.codePoints().forEach(cp -> css.append(cp == '"' || cp == '\\' || cp == '<' || cp == '&' ? String.format("\\%x ", cp) : Character.toString(cp)));
        return "\n@page { @top-left { content: \"" + css + "\"; font-family: \"DejaVu Sans\", \"Droid Sans Fallback\"; font-size: 8pt; color: #666;"
                + " vertical-align: middle; } }\n@page :first { @top-left { content: none; } }\n";
    }

    static String text(String key, Language language, String arg) {
        Message m = AppMessages.of(key, arg);
        return language == Language.ZH ? m.zh() : m.en();
    }
}
