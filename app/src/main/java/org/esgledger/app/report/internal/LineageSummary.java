package org.esgledger.app.report.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.esgledger.app.calculation.FindingView;
import org.esgledger.engine.catalogue.Codes;
import org.esgledger.engine.report.narrative.Markup;

/**
 * The reconciliation at the top of the lineage page: the figures the editions print (each fact id once) and, of them, how
 * many the system computed, were imported, entered or taken from a published report, how many are draft and how many
 * differ from what the company published before; the consistency findings about them, listed.
 */
record LineageSummary(int printed, Map<FigureOrigin, Integer> byOrigin, int draft, int differs, int findings) {

    LineageSummary {
        byOrigin = Map.copyOf(byOrigin);
    }

    static LineageSummary of(FigurePlaces places, FigureStandings standings, int findings) {
        Map<FigureOrigin, Integer> byOrigin = new EnumMap<>(FigureOrigin.class);
        for (FigureOrigin o : FigureOrigin.values()) {
            byOrigin.put(o, 0);
        }
        int[] counts = new int[3];
        places.sections().keySet().forEach(id -> standings.of(id).ifPresent(st -> {
            counts[0]++;
            byOrigin.merge(st.origin(), 1, Integer::sum);
            counts[1] += st.draft() ? 1 : 0;
            counts[2] += st.differs() ? 1 : 0;
        }));
        return new LineageSummary(counts[0], byOrigin, counts[1], counts[2], findings);
    }

    /** The counts as a table, each row's id naming what it counts ({@code count-printed}, {@code count-draft}, …); the findings listed. */
    static void write(StringBuilder s, LineageSummary sum, List<FindingView> findings) {
        s.append("<div class=\"reconciliation\" id=\"reconciliation\"><h2>").append(Markup.escape(LineageLabels.text("report.lineage.summary")))
                .append("</h2>\n<table class=\"summary\">");
        row(s, "printed", sum.printed());
        for (FigureOrigin o : FigureOrigin.values()) {
            row(s, Codes.code(o), sum.byOrigin().get(o));
        }
        row(s, "draft", sum.draft());
        row(s, "differs", sum.differs());
        row(s, "findings", sum.findings());
        s.append("</table>\n<ul class=\"findings\">");
        findings.forEach(f -> s.append("<li class=\"finding\" data-rule=\"").append(Markup.escape(f.rule())).append("\" data-severity=\"")
                .append(Codes.code(f.severity())).append("\">")
                .append(Markup.escape(LineagePage.finding(f))).append("</li>"));
        s.append("</ul></div>\n");
    }

    private static void row(StringBuilder s, String what, int count) {
        s.append("<tr id=\"count-").append(what).append("\"><th>").append(Markup.escape(LineageLabels.text("report.lineage.count." + what)))
                .append("</th><td>").append(count).append("</td></tr>");
    }
}
