package org.esgledger.app.report.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.esgledger.app.audit.ChainHead;
import org.esgledger.app.calculation.FindingView;
import org.esgledger.engine.catalogue.Codes;
import org.esgledger.engine.report.Language;
import org.esgledger.engine.report.narrative.Markup;

/**
 * The auditor's lineage page of a render (ADR 0028), one for both editions: the head of the audit chain at render, to keep
 * outside the database; a reconciliation of the printed figures (how many, computed, imported, entered, taken from a
 * published report, draft, differing from the published value; the consistency findings about them, in Chinese and
 * English); then every printed figure under the section that prints it first, in the order the report prints its
 * sections, with the page of each PDF edition that section begins on ({@link LineageEntries} writes each figure); a
 * figure printed again in a later section is named there with a link; last, an appendix of the values computed for the
 * report's years that no edition prints.
 */
public final class LineagePage {

    private LineagePage() {
    }

    /**
     * @param appendix the fact ids of the values explained that no edition prints, in the snapshots' order
     * @param findings the consistency findings about the printed figures
     */
    public static String html(int year, LineageEntries entries, FigurePlaces places, FigureStandings standings, List<String> appendix,
                              List<FindingView> findings, ChainHead head) {
        StringBuilder s = new StringBuilder();
        s.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"/><title>Lineage ").append(year)
                .append(" · 数据溯源</title><style>")
                .append("body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;max-width:70em;margin:2em auto;padding:0 1em;font-size:10pt;color:#222}")
                .append("h1{color:#1F6F8B}h2{color:#1F6F8B;font-size:12pt;margin-top:1.4em}section{border-top:1px solid #ccc;padding:.4em 0}")
                .append("section:target{background:#FFF8D6}code{font-size:9pt}h3{margin:.2em 0;font-size:10.5pt}ul{margin:.2em 0}")
                .append("table.summary td{text-align:right;padding:0 1em}.draft{background:#FDECEA}.draft-flag,.differs{color:#B3261E}")
                .append("</style></head><body>\n");
        s.append("<h1>数据溯源 / Lineage of the figures, FY").append(year).append("</h1>\n");
        s.append("<p>每个数字都链接到这里：存储的数据注明来源文件和行，计算的数据注明公式和输入。 / Each figure of the report links here. ")
                .append("Stored facts name the file and row they came from; computed figures name their formula and inputs.</p>\n");
        s.append("<p id=\"audit-head\">渲染时的审计链头 / Audit chain head at render: <code>").append(head)
                .append("</code>（在数据库之外留存，以 <code>esg audit verify --head ").append(head).append("</code> 核验 / keep it outside the ")
                .append("database; check it with <code>esg audit verify --head ").append(head).append("</code>)</p>\n");
        LineageSummary.write(s, LineageSummary.of(places, standings, findings.size()), findings);
        Set<String> listed = new HashSet<>();
        for (FigurePlaces.Place p : places.places()) {
            place(s, p, places, entries, listed);
        }
        List<String> rest = new ArrayList<>(appendix.stream().filter(id -> !listed.contains(id) && entries.has(id)).toList());
        s.append("<div class=\"appendix\" id=\"appendix\"><h2>").append(Markup.escape(LineageLabels.text("report.lineage.appendix", rest.size())))
                .append("</h2>\n");
        rest.forEach(id -> entries.write(s, id));
        return s.append("</div>\n</body></html>\n").toString();
    }

    /** A section's heading (chapter and section, the pages it begins on) and its figures, each entry written where it first prints. */
    private static void place(StringBuilder s, FigurePlaces.Place p, FigurePlaces places, LineageEntries entries, Set<String> listed) {
        s.append("<div class=\"place\" data-part=\"").append(Markup.escape(p.partId())).append('"');
        for (Language l : places.paged()) {
            s.append(" data-page-").append(l.code()).append("=\"").append(places.page(p.partId(), l).map(String::valueOf).orElse("")).append('"');
        }
        s.append("><h2><span lang=\"zh-CN\">").append(Markup.escape(title(p.chapter().zh(), p.title().zh()))).append("</span> / <span lang=\"en\">")
                .append(Markup.escape(title(p.chapter().en(), p.title().en()))).append("</span></h2>\n<p class=\"place-pages\">")
                .append(Markup.escape(LineageLabels.text("report.lineage.section", p.partId())));
        for (Language l : places.paged()) {
            s.append(" · ").append(Markup.escape(LineageLabels.edition(l))).append(' ')
                    .append(places.page(p.partId(), l).map(String::valueOf).orElse("–"));
        }
        s.append("</p>\n");
        for (String id : p.factIds()) {
            if (!entries.has(id)) {
                continue;
            }
            if (listed.add(id)) {
                entries.write(s, id);
            } else {
                s.append("<p class=\"again\"><a href=\"#").append(Markup.escape(id)).append("\"><code>").append(Markup.escape(entries.key(id)))
                        .append("</code></a> ").append(Markup.escape(LineageLabels.text("report.lineage.again"))).append("</p>\n");
            }
        }
        s.append("</div>\n");
    }

    private static String title(String chapter, String own) {
        return chapter.equals(own) ? own : chapter + " › " + own;
    }

    /** A finding as the page lists it: rule, severity, subject, its message in Chinese and English. */
    static String finding(FindingView f) {
        return f.rule() + " [" + Codes.code(f.severity()) + "] " + f.subject() + ": " + f.message().zh() + " / " + f.message().en();
    }
}
