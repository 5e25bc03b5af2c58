package org.esgledger.app.report.internal;

import java.util.Collection;
import java.util.SortedSet;
import java.util.function.Function;

import org.esgledger.app.audit.ChainHead;
import org.esgledger.app.calculation.ExplainNode;
import org.esgledger.app.evidence.Annotations;
import org.esgledger.app.fact.FactView;
import org.esgledger.engine.catalogue.Codes;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.Provenance;
import org.esgledger.engine.report.narrative.Markup;

/**
 * The lineage of every figure of the HTML editions, one anchor per fact id, with what
 * {@code esg explain} prints: the value, how it came about (stored with its file and row, rolled up,
 * derived by a formula), and the facts it was computed from, each linked to its own entry; approved
 * entries that no calculation carries (policies, plans, targets) with their source; for each, the
 * evidence (file name, short SHA-256, size, who, when) and comments (who, when, text) on it and on the
 * ledger batches and rows it counts, when there are any. A figure resting on values approved by the
 * person who entered them (the four-eyes rule off) says so, in Chinese and English; the head of the
 * audit chain at render is printed at the top, to keep outside the database.
 */
public final class LineagePage {

    private LineagePage() {
    }

    /**
     * @param annotations the evidence and comments of a stored entry, by fact id
     * @param byEntrant   the stored facts under a figure (its own, or those it is computed from) approved by the person who entered them
     * @param head        the audit chain's head at render
     */
    public static String html(int year, Collection<ExplainNode> explained, Collection<FactView> entries,
                              Function<String, Annotations> annotations, Function<String, SortedSet<String>> byEntrant,
                              ChainHead head) {
        StringBuilder s = new StringBuilder();
        s.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\"/><title>Lineage ").append(year)
                .append(" · 数据溯源</title><style>")
                .append("body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;max-width:70em;margin:2em auto;padding:0 1em;font-size:10pt;color:#222}")
                .append("h1{color:#1F6F8B}section{border-top:1px solid #ccc;padding:.4em 0}section:target{background:#FFF8D6}code{font-size:9pt}")
                .append("h3{margin:.2em 0;font-size:10.5pt}ul{margin:.2em 0}</style></head><body>\n");
        s.append("<h1>数据溯源 / Lineage of the figures, FY").append(year).append("</h1>\n");
        s.append("<p>每个数字都链接到这里：存储的数据注明来源文件和行，计算的数据注明公式和输入。 / Each figure of the report links here. ")
                .append("Stored facts name the file and row they came from; computed figures name their formula and inputs.</p>\n");
        s.append("<p id=\"audit-head\">渲染时的审计链头 / Audit chain head at render: <code>").append(head)
                .append("</code>（在数据库之外留存，以 <code>esg audit verify --head ").append(head).append("</code> 核验 / keep it outside the ")
                .append("database; check it with <code>esg audit verify --head ").append(head).append("</code>)</p>\n");
        for (ExplainNode n : explained) {
            s.append("<section id=\"").append(Markup.escape(n.factId())).append("\"><h3><code>").append(Markup.escape(n.key())).append("</code> = ")
                    .append(Markup.escape(n.value())).append("</h3>\n<p>").append(Markup.escape(n.how())).append("</p>\n<ul>");
            n.details().forEach(d -> s.append("<li>").append(Markup.escape(d)).append("</li>"));
            s.append("</ul>\n");
            annotations(s, n.annotations());
            samePerson(s, n.factId(), byEntrant.apply(n.factId()));
            if (!n.children().isEmpty()) {
                s.append("<p>Inputs / 输入：</p><ul>");
                for (ExplainNode c : n.children()) {
                    s.append("<li><a href=\"#").append(Markup.escape(c.factId())).append("\"><code>").append(Markup.escape(c.key()))
                            .append("</code></a> = ").append(Markup.escape(c.value())).append(" (").append(Markup.escape(c.how())).append(")</li>");
                }
                s.append("</ul>\n");
            }
            s.append("</section>\n");
        }
        for (FactView f : entries) {
            FactKey k = f.key();
            Provenance p = f.provenance();
            s.append("<section id=\"").append(f.id()).append("\"><h3><code>").append(Markup.escape(k.indicator() + "@" + k.entity() + "@"
                    + k.period().code() + (k.breakdown().isTotal() ? "" : "[" + k.breakdown().code() + "]"))).append("</code> = ")
                    .append(Markup.escape(f.plain())).append(' ').append(Markup.escape(f.unitCode())).append("</h3>\n<p>approved entry (")
                    .append(Markup.escape(Codes.code(k.nature()))).append(")</p>\n<ul><li>fact ").append(f.id()).append("</li><li>")
                    .append(Markup.escape(Codes.code(f.origin()))).append(", status ").append(Markup.escape(Codes.code(f.status())))
                    .append("; entered by ").append(Markup.escape(p.enteredBy()))
                    .append(p.approvedBy().map(by -> "; approved by " + Markup.escape(by)).orElse("")).append("</li><li>source: ")
                    .append(Markup.escape(p.source())).append("</li></ul>\n");
            annotations(s, annotations.apply(f.id()));
            samePerson(s, f.id(), byEntrant.apply(f.id()));
            s.append("</section>\n");
        }
        return s.append("</body></html>\n").toString();
    }

    /** Nothing when there are none: a report without evidence or comments has the lineage page it always had. */
    private static void annotations(StringBuilder s, Annotations a) {
        if (a.isEmpty()) {
            return;
        }
        s.append("<p>证据与评论 / Evidence and comments：</p><ul>");
        a.lines().forEach(line -> s.append("<li>").append(Markup.escape(line)).append("</li>"));
        s.append("</ul>\n");
    }

    /** The figure's own value, or values it is computed from, approved by the person who entered them: said in zh and en. */
    private static void samePerson(StringBuilder s, String id, SortedSet<String> facts) {
        if (facts.isEmpty()) {
            return;
        }
        s.append("<p class=\"same-person\">");
        if (facts.size() == 1 && facts.first().equals(id)) {
            s.append("由录入人本人批准（四眼原则已关闭） / Approved by the same person who entered it (four-eyes rule off)");
        } else {
            s.append("所依据的数值由录入人本人批准（四眼原则已关闭） / Rests on values approved by the same person who entered them ")
                    .append("(four-eyes rule off):");
            facts.forEach(f -> s.append(" <a href=\"#").append(f).append("\">").append(f).append("</a>"));
        }
        s.append("</p>\n");
    }
}
