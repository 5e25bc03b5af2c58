package org.esgledger.app.report.internal;

import java.util.Collection;
import java.util.Map;

import org.esgledger.app.calculation.SnapshotValue;
import org.esgledger.app.fact.FactView;
import org.esgledger.engine.report.template.Markup;

/**
 * The lineage of every figure of the HTML editions, one anchor per fact id: value, how it came
 * about (stored, rolled up, derived with its formula), the facts it was computed from (linked) and,
 * for stored facts, the file and row they were imported from. The same data as {@code esg explain}.
 */
public final class LineagePage {

    private LineagePage() {
    }

    public static String html(int year, Collection<SnapshotValue> values, Map<String, FactView> stored) {
        StringBuilder s = new StringBuilder();
        s.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\"/><title>Lineage ").append(year)
                .append(" · 数据溯源</title><style>").append(Resources.text("report/common.css"))
                .append("body{font-family:sans-serif;max-width:70em;margin:2em auto;padding:0 1em;font-size:10pt}")
                .append("section{border-top:1px solid #ccc;padding:.4em 0}section:target{background:#FFF8D6}code{font-size:9pt}</style></head><body>\n");
        s.append("<h1>数据溯源 / Lineage of the figures, FY").append(year).append("</h1>\n");
        s.append("<p>Each figure of the report links here. Stored facts name the file and row they came from; computed figures name their formula and inputs.</p>\n");
        for (SnapshotValue v : values) {
            s.append("<section id=\"").append(v.factId()).append("\"><h3><code>").append(Markup.escape(v.key())).append("</code></h3>\n<p>");
            s.append(v.value().isPresent() ? "<strong>" + Markup.escape(v.disclosed()) + " " + Markup.escape(v.unit()) + "</strong> (exact "
                    + v.value().get().toPlainString() + ")" : "<span class=\"missing\">not available: " + Markup.escape(v.reasonEn()) + "</span>");
            s.append(" · ").append(Markup.escape(v.derivation()));
            if (!v.formula().isEmpty()) {
                s.append(" · formula <code>").append(Markup.escape(v.formula())).append("</code> v").append(Markup.escape(v.formulaVersion()));
            }
            s.append(" · fact ").append(v.factId()).append("</p>\n");
            FactView f = stored.get(v.factId());
            if (f != null && v.derivation().equals("stored")) {
                s.append("<p>Source: ").append(Markup.escape(f.source()));
                if (!f.sourceFile().isEmpty()) {
                    s.append(" · file <code>").append(Markup.escape(f.sourceFile())).append("</code>");
                }
                if (f.sourceRow() > 0) {
                    s.append(" row ").append(f.sourceRow());
                }
                s.append(" · ").append(Markup.escape(f.origin())).append(", ").append(Markup.escape(f.status()));
                s.append(" · entered by ").append(Markup.escape(f.enteredBy()));
                if (!f.approvedBy().isEmpty()) {
                    s.append(", approved by ").append(Markup.escape(f.approvedBy()));
                }
                s.append("</p>\n");
            }
            if (!v.inputs().isEmpty()) {
                s.append("<p>Inputs: ");
                for (String in : v.inputs()) {
                    s.append("<a href=\"#").append(Markup.escape(in)).append("\">").append(Markup.escape(in)).append("</a> ");
                }
                s.append("</p>\n");
            }
            s.append("</section>\n");
        }
        return s.append("</body></html>\n").toString();
    }
}
